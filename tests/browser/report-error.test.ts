/**
 * The report page, which every "Report an error" link leads to when the build sets no
 * REPORT_ERROR_URL (the root build): without JavaScript it is a report to fill in and copy; with
 * it, the page the reader came from is written in and a button copies the report. At phone and
 * desktop widths, clean in axe, and usable from the keyboard.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, closePage, newPage, VIEWPORTS, watchPage, useBrowserAndSite } from '../helpers/browser.ts';
import { reportText } from '../../src/lib/site/report-error.ts';

const site = useBrowserAndSite();
const BLANK = reportText({ label: '[the decision’s reference, or the page’s title]', url: '[the page’s address]' });

async function open(path: string, options: Parameters<typeof newPage>[1]): Promise<{ page: Page; problems: string[] }> {
  const page = await newPage(site.browser, options);
  const { problems } = watchPage(page, new URL(site.server.url).origin);
  await page.goto(new URL(path, site.server.url).href, { waitUntil: 'load' });
  return { page, problems };
}

/** The decision page's own "report it" link, followed; returns the report page and the decision's name and address. */
async function followReportLink(page: Page): Promise<{ label: string; url: string }> {
  const label = (await page.locator('h1').innerText()).trim();
  const reference = (await page.locator('.eyebrow').first().innerText()).trim();
  const url = (await page.locator('link[rel="canonical"]').getAttribute('href')) ?? '';
  await page.locator('a[data-report-link]').click();
  await page.waitForURL(/\/report-an-error\/\?/);
  return { label: `${reference}: ${label}`, url };
}

describe.each(Object.entries(VIEWPORTS))('the report page at %s width', (_, viewport) => {
  test('without JavaScript: the report is there to fill in and copy, and the page says where it can go', async () => {
    const { page, problems } = await open('decisions/pcd-1092/', { viewport, javaScriptEnabled: false });
    try {
      await followReportLink(page);
      const report = page.getByLabel('Your report');
      expect(await report.inputValue()).toBe(BLANK);
      // Nothing but the text box: the copy button is the script's.
      expect(await page.getByRole('button', { name: 'Copy the report' }).count()).toBe(0);
      await report.fill(`${BLANK}The total is £5.6m, not £56,000.`);
      expect(await report.inputValue()).toContain('£5.6m');
      const text = await page.locator('main').innerText();
      expect(text).toContain('built without an address for reports');
      expect(await page.getByRole('link', { name: 'About the Mayor’s Office for Policing and Crime' }).getAttribute('href')).toMatch(
        /^https:\/\/london\.gov\.uk\//,
      );
      // axe-core and the width check run scripts in the page, so they check it with JavaScript on, below.
      expect(problems).toEqual([]);
    } finally {
      await closePage(page);
    }
  });

  test('with JavaScript: the decision is written into the report, and the button copies it', async () => {
    const { page, problems } = await open('decisions/pcd-1092/', { viewport });
    try {
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site.server.url).origin });
      const decision = await followReportLink(page);
      const report = page.getByLabel('Your report');
      await expect.poll(() => report.inputValue()).toBe(reportText(decision));
      await report.press('End');
      await report.pressSequentially('The total is wrong.');
      const copy = page.getByRole('button', { name: 'Copy the report' });
      // From the keyboard: the button is the next stop after the text box.
      await page.keyboard.press('Tab');
      expect(await copy.evaluate((button) => button === document.activeElement)).toBe(true);
      await page.keyboard.press('Enter');
      await expect.poll(() => page.getByRole('status').innerText()).toMatch(/^Copied/);
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toBe(`${reportText(decision)}The total is wrong.`);
      expect(await axeViolations(page)).toEqual([]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, 'the page scrolls sideways').toBeLessThanOrEqual(0);
      expect(problems).toEqual([]);
    } finally {
      await closePage(page);
    }
  });
});
