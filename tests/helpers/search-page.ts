/**
 * The search page as the browser tests open it: the page at an address, its first count drawn, and
 * the wait until the full-text results are merged in. One copy for every search test file.
 */
import { expect } from 'vitest';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { newPage, VIEWPORTS, watchPage } from './browser.ts';

/** Opens `search/<query>` on the served site and waits for the result count; `problems` collects page errors. */
export async function openSearch(
  site: { browser: Browser; server: { url: string } },
  query = '',
  options: BrowserContextOptions = {},
): Promise<{ page: Page; problems: string[] }> {
  const page = await newPage(site.browser, { viewport: VIEWPORTS.desktop, ...options });
  const { problems } = watchPage(page, new URL(site.server.url).origin);
  await page.goto(new URL(`search/${query}`, site.server.url).href);
  await expect.poll(() => page.locator('#result-count').textContent(), { timeout: 15_000 }).toMatch(/decision/);
  return { page, problems };
}

/** Waits until the list is no longer busy: full-text results arrive after the first render and are merged in. */
export async function settleResults(page: Page): Promise<void> {
  await page.waitForTimeout(50);
  await expect.poll(() => page.locator('#results').getAttribute('aria-busy'), { timeout: 15_000 }).toBe('false');
}

/** The decision ids of the results, in the order shown. */
export const resultIds = (page: Page) =>
  page.locator('#results .result__title a').evaluateAll((links) => links.map((a) => a.getAttribute('href')?.split('/').at(-2) ?? ''));
