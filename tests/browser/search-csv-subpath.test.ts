/**
 * The search page's "Download these results as CSV" on a site served under a sub-path
 * (/mopac-decisions/): every decision's address in the file must be under that sub-path, where
 * its page is, not at the domain root, where a reader following it would find nothing.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'csv-parse/sync';
import { closePage, useBrowserAndSite } from '../helpers/browser.ts';
import { openSearch, settleResults } from '../helpers/search-page.ts';
import { contentFiles, SUBPATH_BASE, SUBPATH_DIST } from '../helpers/site.ts';

const site = useBrowserAndSite(SUBPATH_DIST, SUBPATH_BASE);

describe('the results CSV of a site served under a sub-path', () => {
  test('links every decision to its page under the sub-path, and each of those pages exists', async () => {
    expect(new URL(site.server.url).pathname).toBe(SUBPATH_BASE);
    const { page, problems } = await openSearch(site);
    try {
      await settleResults(page);
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download these results as CSV' }).click()]);
      const rows = parse(readFileSync(await download.path()), { columns: true, bom: true }) as Record<string, string>[];
      // The last row is the total, with no address.
      const results = rows.slice(0, -1);
      expect(rows.at(-1)?.['url']).toBe('');
      expect(results.length).toBe(contentFiles().length);

      const urls = results.map((row) => row['url'] ?? '');
      expect(urls.filter((url) => !url.startsWith(site.server.url))).toEqual([]);

      // Each address is a decision page of the sub-path build, and the server gives it.
      const missing: string[] = [];
      for (const url of urls) {
        const pathname = new URL(url).pathname;
        expect(pathname).toMatch(new RegExp(`^${SUBPATH_BASE}decisions/[a-z0-9-]+/$`));
        const file = path.join(SUBPATH_DIST, pathname.slice(SUBPATH_BASE.length), 'index.html');
        if (!existsSync(file)) missing.push(`${url} (no ${file})`);
        const response = await page.request.get(url);
        if (response.status() !== 200) missing.push(`${url} (HTTP ${response.status()})`);
      }
      expect(missing).toEqual([]);
      // Every decision appears once.
      expect(new Set(urls.map((url) => new URL(url).pathname.split('/').at(-2))).size).toBe(results.length);
      expect(problems).toEqual([]);
    } finally {
      await closePage(page);
    }
  });
});
