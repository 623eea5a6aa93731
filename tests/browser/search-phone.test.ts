/**
 * The search page on a phone (issue 16, points 3 and 6), in a real Chromium at 360 px: the results
 * come straight after the search box, the filters fold behind a "Filters (n active)" disclosure, a
 * submitted search moves the focus to the result count with the first result on screen, and the
 * totals under the count are those of the decisions listed. Runs on the five decisions published in
 * full, as search.test.ts does.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { openSearch, settleResults } from '../helpers/search-page.ts';
import { parse } from 'csv-parse/sync';
import { axeViolations, closePage, newPage, useBrowserAndSite } from '../helpers/browser.ts';
import { FULL_TEXT_DIST as DIST } from '../helpers/site.ts';
import { parseAmount } from '../../src/lib/core/money.ts';

const PHONE = { width: 360, height: 740 };
const WIDE = { width: 1280, height: 900 };

const site = useBrowserAndSite(DIST);

const open = (
  query = '',
  viewport: { width: number; height: number } = PHONE,
  reducedMotion: 'reduce' | 'no-preference' = 'no-preference',
) => openSearch(site, query, { viewport, reducedMotion });
const settle = settleResults;

/** Where an element is on the screen, in CSS pixels of the viewport. */
const boxOf = (page: Page, selector: string) =>
  page.locator(selector).first().evaluate((el) => {
    const { top, bottom } = el.getBoundingClientRect();
    return { top, bottom };
  });

const summary = (page: Page) => page.locator('[data-part="filters"] > summary');

describe('a search on a phone', () => {
  const enter = (page: Page) => page.locator('#q').press('Enter');
  const button = (page: Page) => page.getByRole('button', { name: 'Search', exact: true }).click();
  test.each([
    ['pressing Enter in the box', enter, 'no-preference'],
    ['pressing the Search button', button, 'no-preference'],
    ['pressing Enter in the box, with reduced motion', enter, 'reduce'],
  ] as const)('after %s, the focus is on the result count and the first result is on screen', async (_how, submit, motion) => {
    const { page, problems } = await open('', PHONE, motion);
    try {
      await page.locator('#q').fill('Orochi');
      await submit(page);
      await settle(page);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('result-count');
      expect(await page.locator('#result-count').textContent()).toMatch(/^\d+ decisions? for “Orochi”$/);
      // With motion on, the page scrolls smoothly to the count: wait for it to arrive.
      await expect.poll(async () => (await boxOf(page, '#results .result__title a')).bottom).toBeLessThanOrEqual(PHONE.height);
      expect((await boxOf(page, '#results .result__title a')).top).toBeGreaterThanOrEqual(0);
      expect(problems).toEqual([]);
    } finally {
      await closePage(page);
    }
  });

  test('the results follow the search box: the filters are folded, and the count is on the first screen', async () => {
    const { page } = await open();
    try {
      expect(await page.locator('[data-part="filters"]').evaluate((d: HTMLDetailsElement) => d.open)).toBe(false);
      expect(await page.locator('#filter-year').isVisible()).toBe(false);
      const count = await boxOf(page, '#result-count');
      expect(count.bottom).toBeLessThanOrEqual(PHONE.height);
      expect(count.top).toBeGreaterThan((await boxOf(page, '#q')).bottom);
    } finally {
      await closePage(page);
    }
  });

  test('typing and changing a filter leave the focus where the reader is; the count, a polite live region, says the number', async () => {
    const { page } = await open();
    try {
      await page.locator('#q').pressSequentially('Orochi', { delay: 20 });
      await settle(page);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('q');
      await summary(page).click();
      // On Windows and Linux an arrow key on a closed list chooses the next option at once, firing
      // "change": moving the focus then would take the list away from a reader still choosing.
      await page.locator('#filter-year').focus();
      await page.keyboard.press('ArrowDown');
      await settle(page);
      expect(await page.locator('#filter-year').inputValue()).not.toBe('');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('filter-year');
      await page.keyboard.press('ArrowDown');
      await settle(page);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('filter-year');
      expect(await summary(page).textContent()).toBe('Filters (1 active)');
      expect(await page.locator('#result-count').getAttribute('aria-live')).toBe('polite');
    } finally {
      await closePage(page);
    }
  });
});

describe('the filters disclosure', () => {
  test('opens and closes from the keyboard, and says how many filters are active as they are chosen', async () => {
    const { page } = await open();
    try {
      expect((await summary(page).textContent())?.trim()).toBe('Filters');
      await summary(page).focus();
      await page.keyboard.press('Enter');
      expect(await page.locator('#filter-year').isVisible()).toBe(true);
      await page.locator('#filter-year').selectOption('2021');
      await expect.poll(() => summary(page).textContent()).toBe('Filters (1 active)');
      await page.locator('#filter-fy').selectOption('2020/21');
      await page.locator('#filter-fy-to').selectOption('2021/22');
      await page.locator('#filter-signed-from').fill('2021-01-01');
      await page.locator('#filter-signed-to').fill('2021-12-31');
      // A span of years is one filter, and so is a span of dates.
      await expect.poll(() => summary(page).textContent()).toBe('Filters (3 active)');
      await expect.poll(() => page.locator('[data-part="active-filters"] .chip').count()).toBe(3);
      await summary(page).focus();
      await page.keyboard.press('Space');
      expect(await page.locator('#filter-year').isVisible()).toBe(false);
      // The count stays in the summary, which is all a reader sees of the filters now.
      expect(await summary(page).textContent()).toBe('Filters (3 active)');
      await page.getByRole('button', { name: /^Financial years: 2020\/21 to 2021\/22/ }).click();
      await expect.poll(() => summary(page).textContent()).toBe('Filters (2 active)');
      expect(new URL(page.url()).searchParams.get('fy')).toBeNull();
      expect(new URL(page.url()).searchParams.get('fy-to')).toBeNull();
    } finally {
      await closePage(page);
    }
  });

  test('counts the filters a shared address sets, and "Show results" folds them and shows the answer', async () => {
    const { page } = await open('?year=2021&fy=2020%2F21&fy-to=2021%2F22&min=100k&sort=largest');
    try {
      expect(await summary(page).textContent()).toBe('Filters (3 active)');
      await summary(page).click();
      await page.getByRole('button', { name: 'Show results' }).click();
      await settle(page);
      expect(await page.locator('[data-part="filters"]').evaluate((d: HTMLDetailsElement) => d.open)).toBe(false);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('result-count');
      expect((await boxOf(page, '#results .result__title a')).bottom).toBeLessThanOrEqual(PHONE.height);
    } finally {
      await closePage(page);
    }
  });

  test('has no axe violations at 320 px with the filters open and some chosen', async () => {
    const { page } = await open('?fy=2020%2F21&fy-to=2021%2F22&signed-from=2020-01-01&min=100k', { width: 320, height: 640 });
    try {
      await settle(page);
      await summary(page).click();
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await closePage(page);
    }
  });

  test('on a wide screen the filters are open, in a column beside the results', async () => {
    const { page } = await open('', WIDE);
    try {
      expect(await page.locator('#filter-year').isVisible()).toBe(true);
      const filters = await page.locator('#filter-year').boundingBox();
      const count = await page.locator('#result-count').boundingBox();
      expect(filters && count && filters.x + filters.width).toBeLessThan(count?.x ?? 0);
    } finally {
      await closePage(page);
    }
  });

  test('without JavaScript the page offers the listings and its notice, not a form that cannot search', async () => {
    const page = await newPage(site.browser, { viewport: PHONE, javaScriptEnabled: false });
    try {
      await page.goto(new URL('search/', site.server.url).href);
      expect(await page.locator('form[role="search"]').isVisible()).toBe(false);
      expect(await page.locator('#result-count').isVisible()).toBe(false);
      expect(await page.locator('[data-part="no-script"]').isVisible()).toBe(true);
      expect(await page.getByRole('link', { name: 'the list of all decisions' }).isVisible()).toBe(true);
    } finally {
      await closePage(page);
    }
  });
});

describe('what the results add up to', () => {
  /** The accepted total of each decision, as the site's open data gives it (core's acceptedPenceOf at build time). */
  const acceptedByUrlPath = new Map(
    (parse(readFileSync(path.join(DIST, 'data', 'decisions.csv')), { columns: true, bom: true }) as Record<string, string>[]).map((row) => [
      new URL(row['url'] as string).pathname,
      Number(row['accepted_pence']),
    ]),
  );

  async function downloaded(page: Page): Promise<Record<string, string>[]> {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download these results as CSV' }).click()]);
    return parse(readFileSync(await download.path()), { columns: true, bom: true }) as Record<string, string>[];
  }

  test.each(['', '?programme=operation-orochi', '?q=county+lines&fy=2020%2F21&fy-to=2021%2F22', '?role=bid'])(
    'the totals under the count of /search/%s are those of the decisions listed, and the CSV ends with the same',
    async (query) => {
      const { page } = await open(query);
      try {
        await settle(page);
        const listed = await page.locator('#results .result__title a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
        const expected = listed.reduce((sum, p) => sum + (acceptedByUrlPath.get(p) ?? Number.NaN), 0);
        const totals = (await page.locator('[data-part="totals"]').textContent()) ?? '';
        const accepted = /^(£[\d,.]+m?) accepted/.exec(totals)?.[1] ?? '';
        expect(parseAmount(accepted)).toBe(expected);
        const rows = await downloaded(page);
        const total = rows.at(-1) as Record<string, string>;
        expect(rows.slice(0, -1).map((row) => new URL(row['url'] as string).pathname)).toEqual(listed);
        expect(Number(total['accepted_pence'])).toBe(expected);
        expect(Number(total['bid_pence'])).toBe(rows.slice(0, -1).reduce((sum, row) => sum + Number(row['bid_pence']), 0));
        const bid = /· (£[\d,.]+m?) bid/.exec(totals)?.[1];
        expect(bid ? parseAmount(bid) : 0).toBe(Number(total['bid_pence']));
      } finally {
        await closePage(page);
      }
    },
  );

  test('says how many decisions the signing dates left out for having no signing date', async () => {
    const { page } = await open('?signed-from=2000-01-01');
    try {
      await settle(page);
      const { page: all } = await open('');
      const unsigned = await all.locator('#results .result__meta', { hasText: 'no signing date' }).count();
      await closePage(all);
      expect(unsigned).toBeGreaterThan(0);
      expect(await page.locator('#results .result__meta', { hasText: 'no signing date' }).count()).toBe(0);
      expect(await page.locator('[data-part="totals"]').textContent()).toContain(
        `${unsigned} ${unsigned === 1 ? 'decision' : 'decisions'} with no signing date left out`,
      );
    } finally {
      await closePage(page);
    }
  });
});
