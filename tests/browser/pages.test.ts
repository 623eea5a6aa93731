/**
 * What a person sees and does, in a real Chromium: every page type loads without console errors or
 * requests to other origins, passes axe-core (WCAG 2.2 A/AA and best practice) at desktop and
 * phone widths, fits a 320 px screen, and the interactive parts work by mouse and keyboard.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { startStaticServer } from '../../scripts/lib/static-server.ts';
import { axeViolations, closePage, newPage, VIEWPORTS, watchPage, useBrowserAndSite } from '../helpers/browser.ts';
import { contentFiles, SUBPATH_BASE, SUBPATH_DIST } from '../helpers/site.ts';

const decisions = contentFiles();
const PAGES = [
  '',
  'decisions/',
  ...decisions.map((d) => `decisions/${d.id}/`),
  'funding/',
  'funding/operation-orochi/',
  'funding/county-lines/',
  'funding/nclcc/',
  'funding/smin/',
  'timeline/',
  'timeline/operation-orochi/',
  'about/',
  'accessibility/',
  'data/',
  'no-such-page/',
];

const site = useBrowserAndSite();

async function open(path: string, viewport: { width: number; height: number }): Promise<{ page: Page; problems: string[] }> {
  const page = await newPage(site.browser, { viewport });
  const { problems } = watchPage(page, new URL(site.server.url).origin);
  await page.goto(new URL(path, site.server.url).href, { waitUntil: 'load' });
  return { page, problems };
}

describe.each(Object.entries(VIEWPORTS))('at %s width', (_, viewport) => {
  test.each(PAGES)('/%s loads cleanly and has no accessibility violations', async (path) => {
    const { page, problems } = await open(path, viewport);
    try {
      expect(await page.locator('h1').count()).toBe(1);
      expect(await axeViolations(page)).toEqual([]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, 'the page scrolls sideways').toBeLessThanOrEqual(0);
      // The 404 page is served with status 404, which Chromium reports as a failed resource.
      const expected = path === 'no-such-page/' ? /^console error: Failed to load resource: .* 404/ : null;
      expect(problems.filter((p) => !expected?.test(p))).toEqual([]);
    } finally {
      await closePage(page);
    }
  });
});

describe('the decisions index', () => {
  test('lists every decision, newest first, without JavaScript', async () => {
    const page = await newPage(site.browser, { javaScriptEnabled: false });
    try {
      await page.goto(new URL('decisions/', site.server.url).href);
      const dates = await page.locator('.decision-table tbody td:first-child').evaluateAll((cells) =>
        cells.map((cell) => cell.getAttribute('data-value') ?? ''),
      );
      expect(dates).toHaveLength(decisions.length);
      expect([...dates].sort().reverse()).toEqual(dates);
    } finally {
      await closePage(page);
    }
  });

  test('sorts by headline amount, largest first, when its heading is clicked, and back when clicked again; the caption follows', async () => {
    const { page, problems } = await open('decisions/', VIEWPORTS.desktop);
    try {
      const amounts = () =>
        page.locator('.decision-table tbody td.num').evaluateAll((cells) => cells.map((c) => Number(c.getAttribute('data-value'))));
      const caption = page.locator('.decision-table caption');
      expect(await caption.textContent()).toBe('Decisions, newest first');
      const heading = page.locator('th', { hasText: 'Headline amount' });
      await heading.getByRole('button').click();
      expect(await heading.getAttribute('aria-sort')).toBe('descending');
      const descending = await amounts();
      expect(descending).toEqual([...descending].sort((a, b) => b - a));
      expect(await caption.textContent()).toBe('Decisions, sorted by headline amount, largest first');
      await expect.poll(() => page.locator('[aria-live="polite"]').textContent()).toBe('Table sorted by headline amount, largest first.');
      await heading.getByRole('button').click();
      expect(await heading.getAttribute('aria-sort')).toBe('ascending');
      expect(await amounts()).toEqual([...descending].reverse());
      expect(await caption.textContent()).toBe('Decisions, sorted by headline amount, smallest first');
      await page.locator('th', { hasText: 'Date' }).getByRole('button').click();
      expect(await caption.textContent()).toBe('Decisions, newest first');
      expect(problems).toEqual([]);
    } finally {
      await closePage(page);
    }
  });

  test('sorts from the keyboard alone', async () => {
    const { page } = await open('decisions/', VIEWPORTS.desktop);
    try {
      const heading = page.locator('th', { hasText: 'Reference' });
      await heading.getByRole('button').focus();
      await page.keyboard.press('Enter');
      expect(await heading.getAttribute('aria-sort')).toBe('ascending');
      const refs = await page.locator('.decision-table tbody tr td:nth-child(2)').evaluateAll((cells) =>
        cells.map((c) => Number(c.getAttribute('data-value'))),
      );
      expect(refs).toEqual([...refs].sort((a, b) => a - b));
    } finally {
      await closePage(page);
    }
  });
});

describe('a decision page', () => {
  test('the skip link is the first thing a keyboard reaches and moves focus to the content', async () => {
    const { page } = await open('decisions/pcd-1092/', VIEWPORTS.desktop);
    try {
      await page.keyboard.press('Tab');
      const focused = page.locator(':focus');
      expect(await focused.textContent()).toBe('Skip to main content');
      expect(await focused.isVisible()).toBe(true);
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    } finally {
      await closePage(page);
    }
  });

  test.each(decisions.filter((d) => d.data.evidence === 'full-text').flatMap((d) => d.data.amounts.map((a, i) => [d.id, i, a.asWritten] as const)))(
    '%s: "Read the sentence" for sum %i leads to the sentence that prints %s, highlighted',
    async (id, index, asWritten) => {
      const { page } = await open(`decisions/${id}/`, VIEWPORTS.desktop);
      try {
        await page.locator('table.sums tbody tr').nth(index).getByRole('link', { name: /Read the sentence/ }).click();
        expect(new URL(page.url()).hash).toBe(`#sum-${index + 1}`);
        const block = page.locator(`.prose :is(p, li, td, th):has(> #sum-${index + 1})`);
        expect(await block.textContent()).toContain(asWritten);
        expect(await block.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
        expect(await block.isVisible()).toBe(true);
      } finally {
        await closePage(page);
      }
    },
  );

  test.each(decisions.filter((d) => d.data.evidence === 'register').map((d) => [d.id, d] as const))(
    '%s, a register record: each figure links the register page at its place, and the page says what it rests on',
    async (id, entry) => {
      const { page } = await open(`decisions/${id}/`, VIEWPORTS.desktop);
      try {
        expect(await page.locator('.evidence__level').textContent()).toBe('From the public register.');
        const links = page.locator('table.sums tbody tr td:last-child a');
        expect(await links.count()).toBe(entry.data.amounts.length);
        for (const [index, amount] of entry.data.amounts.entries()) {
          expect(await links.nth(index).getAttribute('href')).toBe(entry.data.register?.page);
          expect(await links.nth(index).textContent()).toContain(amount.location);
        }
        expect(await page.locator('.published-text').count()).toBe(0);
      } finally {
        await closePage(page);
      }
    },
  );

  test('prints its facts and full text without the site navigation', async () => {
    const { page } = await open('decisions/pcd-1092/', VIEWPORTS.desktop);
    try {
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('.site-header').isVisible()).toBe(false);
      expect(await page.locator('.breadcrumbs').isVisible()).toBe(false);
      expect(await page.locator('.facts').isVisible()).toBe(true);
      expect(await page.locator('.prose').isVisible()).toBe(true);
      const pdf = await page.pdf({ format: 'A4' });
      expect(pdf.byteLength).toBeGreaterThan(10_000);
    } finally {
      await closePage(page);
    }
  });
});

describe('the site under a sub-path', () => {
  test('loads its styles and links from the base path', async () => {
    const sub = await startStaticServer(SUBPATH_DIST, SUBPATH_BASE, { headers: true });
    const page = await newPage(site.browser);
    const { problems } = watchPage(page, new URL(sub.url).origin);
    try {
      await page.goto(sub.url);
      expect(await page.locator('.site-header').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(11, 61, 104)');
      await page.getByRole('link', { name: 'See all decisions' }).click();
      expect(new URL(page.url()).pathname).toBe(`${SUBPATH_BASE}decisions/`);
      await page.locator('.decision-table a').first().click();
      expect(new URL(page.url()).pathname).toMatch(new RegExp(`^${SUBPATH_BASE}decisions/[a-z0-9-]+/$`));
      expect(problems).toEqual([]);
    } finally {
      await closePage(page);
      await sub.close();
    }
  });

  test('serves the 404 page, styled, for an unknown address', async () => {
    const sub = await startStaticServer(SUBPATH_DIST, SUBPATH_BASE, { headers: true });
    const page = await newPage(site.browser);
    try {
      const response = await page.goto(`${sub.url}nowhere/`);
      expect(response?.status()).toBe(404);
      expect(await page.locator('h1').textContent()).toBe('Page not found');
      expect(await page.locator('.site-header').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(11, 61, 104)');
    } finally {
      await closePage(page);
      await sub.close();
    }
  });
});
