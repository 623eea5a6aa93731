/**
 * The glossary in Chromium: /glossary/ and a decision page with glossary links pass axe-core at
 * desktop and phone widths and fit a 320 px screen; a keyboard user reaches the first glossary
 * link with Tab, hears what the abbreviation stands for and opens its entry with Enter; a tap on a
 * touch screen opens the entry; hovering shows no pop-up to dismiss; the links work under a sub-path.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { startStaticServer } from '../../scripts/lib/static-server.ts';
import { GLOSSARY } from '../../src/lib/markdown/glossary.ts';
import { axeViolations, closePage, newPage, useBrowserAndSite, VIEWPORTS, watchPage } from '../helpers/browser.ts';
import { SUBPATH_BASE, SUBPATH_DIST } from '../helpers/site.ts';

const site = useBrowserAndSite();
const DECISION = 'decisions/pcd-1092/';

async function open(path: string, options: Parameters<typeof newPage>[1]): Promise<{ page: Page; problems: string[] }> {
  const page = await newPage(site.browser, options);
  const { problems } = watchPage(page, new URL(site.server.url).origin);
  await page.goto(new URL(path, site.server.url).href, { waitUntil: 'load' });
  return { page, problems };
}

/** The glossary entry a glossary link points at. */
function entryOf(href: string) {
  const entry = GLOSSARY.find((e) => e.id === href.split('#')[1]);
  if (!entry) throw new Error(`no glossary entry for ${href}`);
  return entry;
}

describe.each(Object.entries(VIEWPORTS))('at %s width', (_, viewport) => {
  test.each(['glossary/', 'glossary/#anpr', DECISION])('/%s has no accessibility violations and does not scroll sideways', async (path) => {
    const { page, problems } = await open(path, { viewport });
    try {
      expect(await axeViolations(page)).toEqual([]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, 'the page scrolls sideways').toBeLessThanOrEqual(0);
      expect(problems).toEqual([]);
    } finally {
      await closePage(page);
    }
  });
});

describe('a glossary link on a decision page', () => {
  test('is reached with Tab, named with what it stands for, visibly focused, and opens its entry with Enter', async () => {
    const { page, problems } = await open(DECISION, { viewport: VIEWPORTS.desktop });
    try {
      let reached = false;
      for (let presses = 0; presses < 200 && !reached; presses += 1) {
        await page.keyboard.press('Tab');
        reached = await page.evaluate(() => document.activeElement?.classList.contains('gloss') ?? false);
      }
      expect(reached, 'Tab never reached a glossary link').toBe(true);
      const focused = page.locator(':focus');
      expect(await focused.evaluate((el) => el === document.querySelector('a.gloss')), 'the first glossary link').toBe(true);

      const href = (await focused.getAttribute('href')) ?? '';
      const entry = entryOf(href);
      const shown = (await focused.textContent()) ?? '';
      expect(shown).toBe(entry.term);
      // The name assistive technology gets, computed from the accessibility tree: the focused link is the one so named.
      const named = page.getByRole('link', { name: `${entry.term}, ${entry.expansion}: glossary`, exact: true });
      expect(await named.evaluate((el) => el === document.activeElement)).toBe(true);
      // Focus shows as the site's yellow behind the abbreviation, with a dark bar beneath it.
      expect(await focused.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(255, 221, 0)');
      expect(await focused.evaluate((el) => getComputedStyle(el).boxShadow)).toContain('rgb(11, 12, 12)');

      await page.keyboard.press('Enter');
      await page.waitForURL((url) => url.pathname === '/glossary/' && url.hash === `#${entry.id}`);
      const target = page.locator(`[id="${entry.id}"]`);
      expect(await target.evaluate((el) => el.matches(':target'))).toBe(true);
      expect(await target.textContent()).toContain(entry.expansion);
      expect(await target.textContent()).toContain(entry.explanation);
      expect(problems).toEqual([]);
    } finally {
      await closePage(page);
    }
  });

  test('opens its entry, in view, when tapped on a touch screen', async () => {
    const { page, problems } = await open(DECISION, { viewport: VIEWPORTS.mobile, hasTouch: true, isMobile: true });
    try {
      const link = page.locator('.prose a.gloss').nth(1);
      const entry = entryOf((await link.getAttribute('href')) ?? '');
      await link.tap();
      await page.waitForURL((url) => url.pathname === '/glossary/' && url.hash === `#${entry.id}`);
      // Polled: the site scrolls smoothly unless the reader asks for reduced motion.
      const inView = () =>
        page.locator(`[id="${entry.id}"]`).evaluate((el) => {
          const top = el.getBoundingClientRect().top;
          return top >= 0 && top < window.innerHeight;
        });
      await expect.poll(inView, { timeout: 5000 }).toBe(true);
      expect(problems).toEqual([]);
    } finally {
      await closePage(page);
    }
  });

  test('shows no pop-up on hover or focus, so there is nothing to dismiss (WCAG 1.4.13)', async () => {
    const { page } = await open(DECISION, { viewport: VIEWPORTS.desktop });
    try {
      const text = () => page.locator('main').innerText();
      const before = await text();
      const link = page.locator('.prose a.gloss').first();
      await link.hover();
      await link.focus();
      expect(await text()).toBe(before);
      expect(await link.evaluate((el) => getComputedStyle(el, '::after').content)).toBe('none');
    } finally {
      await closePage(page);
    }
  });

  test('reaches the glossary under a sub-path', async () => {
    const sub = await startStaticServer(SUBPATH_DIST, SUBPATH_BASE, { headers: true });
    const page = await newPage(site.browser);
    const { problems } = watchPage(page, new URL(sub.url).origin);
    try {
      await page.goto(new URL(DECISION, sub.url).href);
      const link = page.locator('.prose a.gloss').first();
      const entry = entryOf((await link.getAttribute('href')) ?? '');
      await link.click();
      await page.waitForURL((url) => url.pathname === `${SUBPATH_BASE}glossary/` && url.hash === `#${entry.id}`);
      expect(await page.locator(`[id="${entry.id}"] dt`).textContent()).toBe(entry.term);
      expect(problems).toEqual([]);
    } finally {
      await closePage(page);
      await sub.close();
    }
  });
});
