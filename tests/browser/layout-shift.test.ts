/**
 * Layout shift (issue 16, point 7): every page of the build, loaded in Chromium at 1280 and 360 px,
 * moves less than 0.05 while it loads and runs its scripts. Lighthouse measured 0.25–0.74 on
 * /search/ when its form was unhidden by the script and pushed the page down.
 *
 * The score is every layout-shift entry without recent input added up, which is never less than
 * Lighthouse's CLS (the worst one-second session window), so a page under 0.05 here is under it there.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { closePage, newPage, useBrowserAndSite } from '../helpers/browser.ts';
import { DIST, htmlFiles, readHtml } from '../helpers/site.ts';

/** The most a page may move, as Lighthouse and Core Web Vitals count it ("good" is 0.1). */
const MOST_SHIFT = 0.05;

/** How long a page is watched after it has loaded (and the search has drawn its results): charts animate. */
const SETTLE_MS = 400;

const VIEWPORTS = [
  { width: 1280, height: 900 },
  { width: 360, height: 740 },
];

/** The address of each page of the build; a redirect page is left out, as it shows nothing of its own. */
const PAGES = htmlFiles(DIST)
  .filter((file) => !/<meta[^>]+http-equiv=["']?refresh/i.test(readHtml(DIST, file).html))
  .map((file) => file.replace(/(^|\/)index\.html$/, '$1'));

/** Shared searches land with filters and a query set, which draw more than a bare /search/. */
const SEARCHES = [
  'search/?q=Orochi',
  'search/?q=exploitation&fy=2021%2F22&sort=largest',
  'search/?year=2021&programme=operation-orochi&min=100k',
  // A phrase the box reads as a filter, and spans: the line saying what was read, and the chips.
  'search/?q=county+lines+2021&fy=2020%2F21&fy-to=2021%2F22&signed-from=2020-01-01',
];

const site = useBrowserAndSite();

/** Adds up the layout shifts of the page since it started loading, as a PerformanceObserver sees them. */
function shiftOf(page: Page): Promise<{ total: number; worst: string }> {
  return page.evaluate(
    () =>
      new Promise<{ total: number; worst: string }>((resolve) => {
        interface Shift extends PerformanceEntry {
          value: number;
          hadRecentInput: boolean;
          sources?: { node?: Node | null }[];
        }
        let total = 0;
        let worst = { value: 0, what: '' };
        const describe = (node: Node | null | undefined) =>
          node instanceof Element ? `${node.tagName.toLowerCase()}${node.className ? `.${String(node.className).split(' ').join('.')}` : ''}` : String(node?.nodeName ?? '');
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as Shift[]) {
            if (entry.hadRecentInput) continue;
            total += entry.value;
            if (entry.value > worst.value) worst = { value: entry.value, what: (entry.sources ?? []).map((s) => describe(s.node)).join(', ') };
          }
        }).observe({ type: 'layout-shift', buffered: true });
        // Buffered entries arrive in the observer's first callback, queued as a task.
        setTimeout(() => resolve({ total, worst: worst.what }), 100);
      }),
  );
}

describe.each(VIEWPORTS)('at $width px', (viewport) => {
  // One tab per width, each page a new document in it: a layout-shift entry belongs to its document.
  let page: Page;
  beforeAll(async () => {
    page = await newPage(site.browser, { viewport });
  });
  afterAll(async () => {
    await closePage(page);
  });

  test.each([...PAGES, ...SEARCHES])('/%s moves less than 0.05 while it loads', async (path) => {
    await page.goto(new URL(path, site.server.url).href, { waitUntil: 'load' });
    // The search draws its results after the load event, then merges in the full text's.
    if (path.startsWith('search/')) {
      await page.waitForFunction(() => document.getElementById('results')?.getAttribute('aria-busy') === 'false' && document.getElementById('results')?.children.length);
    }
    await page.waitForTimeout(SETTLE_MS);
    const { total, worst } = await shiftOf(page);
    expect(total, `/${path} at ${viewport.width} px shifted ${total.toFixed(3)} (most: ${worst || 'nothing'})`).toBeLessThan(MOST_SHIFT);
  });

  test('measures something: a page that moves is caught', async () => {
    await page.goto(new URL('about/', site.server.url).href, { waitUntil: 'load' });
    // Half a screen of space pushed in above the content, as an unhidden form would.
    await page.evaluate(() => {
      const block = document.createElement('div');
      block.style.height = `${Math.round(innerHeight / 2)}px`;
      document.querySelector('main')?.prepend(block);
    });
    await page.waitForTimeout(200);
    expect((await shiftOf(page)).total).toBeGreaterThan(MOST_SHIFT);
  });
});
