/**
 * The whole record in a real Chromium: a decision known from the register is found by its
 * reference, and every funding view's headline, year-by-year table and chart bars are one figure.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { closePage, newPage, VIEWPORTS, watchPage, useBrowserAndSite } from '../helpers/browser.ts';
import { FUNDING_VIEWS } from '../../src/lib/funding/funding.ts';

const site = useBrowserAndSite();

async function open(path: string): Promise<{ page: Page; problems: string[] }> {
  const page = await newPage(site.browser, { viewport: VIEWPORTS.desktop });
  const { problems } = watchPage(page, new URL(site.server.url).origin);
  await page.goto(new URL(path, site.server.url).href);
  return { page, problems };
}

describe('search over the whole record', () => {
  test.each([
    ['PCD 990', 'PCD 990'],
    ['PCD 726', 'PCD 726'],
    ['1216', 'PCD 1216'],
  ])('"%s" finds %s first, and says what its record rests on', async (query, reference) => {
    const { page, problems } = await open(`search/?q=${encodeURIComponent(query)}`);
    try {
      const first = page.locator('#results .result').first();
      await expect.poll(() => first.locator('.result__ref').textContent()).toBe(reference);
      expect(await first.locator('.result__meta').textContent()).toMatch(/From the public register|Known only from a citation/);
      expect(problems).toEqual([]);
    } finally {
      await closePage(page);
    }
  });
});

describe.each(FUNDING_VIEWS.map((view) => [view.id]))('the %s funding view', (view) => {
  test('shows one figure as its headline, its year-by-year total and the sum of its chart’s bars', async () => {
    const { page, problems } = await open(view === 'all' ? 'funding/' : `funding/${view}/`);
    try {
      const headline = Number(await page.locator('.total__figure data').getAttribute('value'));
      const yearTotals = await page.locator('#table-years [data-total]').evaluateAll((cells) => cells.map((c) => Number(c.getAttribute('data-total'))));
      const grants = await page.locator('#table-years td[data-pence]').evaluateAll((cells) => cells.map((c) => Number(c.getAttribute('data-pence'))));
      const canvas = page.locator('#chart-by-year');
      await expect.poll(() => canvas.getAttribute('data-drawn')).not.toBeNull();
      const drawn = JSON.parse((await canvas.getAttribute('data-drawn')) ?? '{}') as { datasets: { pence: number[] }[] };
      const bars = drawn.datasets.flatMap((d) => d.pence).reduce((a, b) => a + b, 0);
      expect(headline).toBeGreaterThan(0);
      expect(yearTotals.reduce((a, b) => a + b, 0)).toBe(headline);
      expect(grants.reduce((a, b) => a + b, 0)).toBe(headline);
      expect(bars).toBe(headline);
      expect(problems).toEqual([]);
    } finally {
      await closePage(page);
    }
  });
});
