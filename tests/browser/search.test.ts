/**
 * What a journalist does on /search/, in a real Chromium: typing (typos, references, sums), every
 * filter, sorting, restoring a search from its URL, Back and Forward, copying the link, downloading
 * the results, and 50 XSS payloads in the box and in the URL that must be shown, never run.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { openSearch, resultIds, settleResults } from '../helpers/search-page.ts';
import { parse } from 'csv-parse/sync';
import { axeViolations, closePage, newPage, VIEWPORTS, useBrowserAndSite } from '../helpers/browser.ts';
import { FULL_TEXT_DIST as DIST, ROOT } from '../helpers/site.ts';
import { fullTextDecisions as realDecisions } from '../helpers/content.ts';
import { parseAmount } from '../../src/lib/core/money.ts';
import { parseQuery } from '../../src/lib/search/query.ts';
import { hasStem, loadStemmer, stemOf, wordsIn } from '../../src/lib/search/words.ts';

const PAYLOADS = readFileSync(path.join(ROOT, 'tests', 'fixtures', 'xss-payloads.txt'), 'utf8').split('\n').filter(Boolean);

// The five decisions published in full, built alone by npm test: these questions have fixed answers.
const site = useBrowserAndSite(DIST);
beforeAll(loadStemmer);

const open = (query = '', options: BrowserContextOptions = {}) => openSearch(site, query, options);
const settle = settleResults;

describe('typing a search', () => {
  test('lists every decision, newest first, before anything is typed', async () => {
    const { page, problems } = await open();
    try {
      expect(await page.locator('#result-count').textContent()).toBe('5 decisions');
      expect(await resultIds(page)).toEqual(['ocs-grant-2023-2027', 'pcd-1092', 'pcd-911', 'pcd-785', 'pcd-386']);
      expect(problems).toEqual([]);
    } finally {
      await closePage(page);
    }
  });

  test('finds Operation Orochi from the typo "Orochy" and announces the count', async () => {
    const { page } = await open();
    try {
      await page.locator('#q').pressSequentially('Orochy', { delay: 30 });
      await settle(page);
      expect((await resultIds(page)).slice(0, 2).sort()).toEqual(['pcd-1092', 'pcd-785']);
      expect(await page.locator('#result-count').getAttribute('aria-live')).toBe('polite');
      expect(await page.locator('#result-count').textContent()).toMatch(/decisions? for “Orochy”/);
      expect(await page.locator('#results mark').count()).toBeGreaterThan(0);
    } finally {
      await closePage(page);
    }
  });

  test.each(['PCD 1092', 'PCD1092', 'pcd-1092', '1092'])('puts PCD 1092 first for "%s"', async (query) => {
    const { page } = await open();
    try {
      await page.locator('#q').fill(query);
      await settle(page);
      expect((await resultIds(page))[0]).toBe('pcd-1092');
    } finally {
      await closePage(page);
    }
  });

  test.each([
    ['£1.36m', ['pcd-1092'], ['£1.36m']],
    ['1.36 million', ['pcd-1092'], ['£1.36m']],
    ['1,360,000', ['pcd-1092'], ['£1.36m']],
    ['£135k', ['pcd-911'], ['£135,000']],
  ])('finds exactly the decisions stating %s, and marks the sum, whole, in their summaries', async (query, ids, marked) => {
    const { page } = await open();
    try {
      await page.locator('#q').fill(query);
      await settle(page);
      expect(await resultIds(page)).toEqual(ids);
      // The summaries write the sum in their own way; it is marked whole, as written.
      const marks = await page.locator('#results .result__snippet mark').allTextContents();
      expect(marks).toEqual(marked);
      expect(marks.map((m) => parseAmount(m))).toEqual(marks.map(() => parseQuery(query).amountPence));
    } finally {
      await closePage(page);
    }
  });

  test('finds a word that appears only in the body of a decision (full text)', async () => {
    const { page } = await open();
    try {
      // "MoRiLE" (a risk-scoring system) appears only in the published text of PCD 911.
      await page.locator('#q').fill('MoRiLE');
      await settle(page);
      expect(await resultIds(page)).toEqual(['pcd-911']);
      expect(await page.locator('#results .result__snippet mark').first().textContent()).toMatch(/morile/i);
    } finally {
      await closePage(page);
    }
  });

  test('finds the singular for a plural: "criminals" lists the decisions that write only "criminal"', async () => {
    // From the published text the search indexes: which decisions hold either form, and which only one.
    const holding = (match: (word: string) => boolean) =>
      readdirSync(path.join(DIST, 'search', 'text'))
        .filter((file) => wordsIn(readFileSync(path.join(DIST, 'search', 'text', file), 'utf8')).some(match))
        .map((file) => file.replace(/\.txt$/, ''));
    // Every word of its stem ("criminal", "criminality"…), as the search reads it.
    const either = holding((w) => w === 'criminals' || hasStem(w, stemOf('criminals') as string));
    const plural = holding((w) => w === 'criminals');
    const singularOnly = holding((w) => w === 'criminal').filter((id) => !plural.includes(id));
    expect(singularOnly.length).toBeGreaterThan(0);
    const { page } = await open();
    try {
      await page.locator('#q').fill('criminals');
      await settle(page);
      expect((await resultIds(page)).sort()).toEqual([...either].sort());
      const marks = (id: string) =>
        page.locator('#results li').filter({ has: page.locator(`a[href$="/${id}/"]`) }).locator('mark').allTextContents();
      expect((await marks(singularOnly[0] as string)).map((t) => t.toLowerCase())).toContain('criminal');
      // A decision that writes the word as typed shows it in its excerpt, though it writes "criminal" first.
      expect((await marks(plural[0] as string)).map((t) => t.toLowerCase())).toContain('criminals');
    } finally {
      await closePage(page);
    }
  });

  test('finds PCD 990, which is only cited, through the decision that cites it', async () => {
    const { page } = await open('?q=PCD+990');
    try {
      await settle(page);
      expect(await resultIds(page)).toContain('pcd-1092');
    } finally {
      await closePage(page);
    }
  });
});

describe('summaries, loaded after the first results', () => {
  const summaryOf = (id: string) => realDecisions().find((d) => d.id === id)?.summary;
  const snippetOf = (page: Page, id: string) =>
    page.locator(`#results li:has(a[href$="/${id}/"]) .result__snippet`).textContent({ timeout: 15_000 });

  test('each result shows its summary, and a sum query shows the sum as the document writes it', async () => {
    const { page, problems } = await open('?q=6600000');
    try {
      await settle(page);
      expect(await snippetOf(page, 'pcd-1092')).toBe(summaryOf('pcd-1092'));
      // As PCD 1092 writes it, not as the site would (£6,600,000).
      expect(await page.locator('#results li .note').first().textContent()).toMatch(/^States £6\.6m \(/);
      expect(await page.locator('[data-part="problem"]').isHidden()).toBe(true);
      expect(problems).toEqual([]);
    } finally {
      await closePage(page);
    }
  });

  test('asks for the records and its script\'s chunks while the page is parsed, and for each only once', async () => {
    const page = await newPage(site.browser, { viewport: VIEWPORTS.desktop });
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    try {
      await page.goto(new URL('search/?q=Orochi', site.server.url).href);
      await settle(page);
      // The preloads are used, not fetched a second time (a preload whose mode differs from the fetch is).
      // Not the full-text search and its stemmer, which come with the full text after the first results (loaders.ts).
      const lazy = /\/(stemmer|text-search)\./;
      const scripts = requested.filter((p) => p.endsWith('.js') && !lazy.test(p));
      expect(scripts.length).toBeGreaterThan(1);
      expect(requested.filter((p) => p.endsWith('/search/records.json'))).toHaveLength(1);
      expect(new Set(scripts).size).toBe(scripts.length);
      // Both were asked for before the parser reached the end of the page, not after the script ran.
      const early = await page.evaluate(() => {
        const interactive = (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domInteractive;
        return (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
          .filter((r) => (r.name.endsWith('.js') && !/\/(stemmer|text-search)\./.test(r.name)) || r.name.endsWith('/search/records.json'))
          .map((r) => ({ file: new URL(r.name).pathname, early: r.startTime < interactive }));
      });
      expect(early.filter((r) => !r.early)).toEqual([]);
      expect(early.length).toBe(scripts.length + 1);
    } finally {
      await closePage(page);
    }
  });

  test('when the records cannot be loaded, the page says so and keeps the static listings', async () => {
    const page = await newPage(site.browser, { viewport: VIEWPORTS.desktop });
    const uncaught: string[] = [];
    page.on('pageerror', (error) => uncaught.push(error.message));
    try {
      await page.route('**/search/records.json', (route) => route.fulfill({ status: 503, body: 'unavailable' }));
      await page.goto(new URL('search/?q=Orochi', site.server.url).href);
      await expect.poll(() => page.locator('#result-count').textContent(), { timeout: 15_000 }).toMatch(/search could not be loaded/);
      expect(await page.locator('decision-search form').isHidden()).toBe(true);
      expect(await page.locator('#results').getAttribute('aria-busy')).toBe('false');
      expect(await page.getByRole('link', { name: '2021' }).count()).toBeGreaterThan(0);
      expect(uncaught).toEqual([]);
    } finally {
      await closePage(page);
    }
  });

  test('when the summaries cannot be loaded, the results are still listed and the page says why', async () => {
    const page = await newPage(site.browser, { viewport: VIEWPORTS.desktop });
    try {
      await page.route('**/search/details.json', (route) => route.fulfill({ status: 503, body: 'unavailable' }));
      await page.goto(new URL('search/?q=Orochi', site.server.url).href);
      await settle(page);
      expect(await resultIds(page)).toEqual(expect.arrayContaining(['pcd-785', 'pcd-1092']));
      expect(await page.locator('#results .result__snippet').count()).toBe(0);
      expect(await page.locator('[data-part="problem"]').textContent()).toMatch(/summaries of the results could not be loaded/);
      expect(await page.locator('[data-part="problem"]').isVisible()).toBe(true);
    } finally {
      await closePage(page);
    }
  });
});

describe('while the full text loads', () => {
  test('the list says it is busy from its first results until the full-text hits are merged', async () => {
    const page = await newPage(site.browser, { viewport: VIEWPORTS.desktop });
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    try {
      // Hold the full-text shards back, so the record matches are drawn and the full text is still to come.
      await page.route('**/search/words/*.json', async (route) => {
        await gate;
        await route.continue();
      });
      // Every state of the list, from before the page's own script runs.
      await page.addInitScript(() => {
        const seen: string[] = [];
        (window as unknown as { __listStates: string[] }).__listStates = seen;
        new MutationObserver(() => {
          const list = document.getElementById('results');
          if (list && list.children.length > 0) seen.push(list.getAttribute('aria-busy') ?? 'none');
        }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-busy'] });
      });
      await page.goto(new URL('search/?q=Orochi', site.server.url).href);
      await expect.poll(() => page.locator('#results li').count(), { timeout: 15_000 }).toBeGreaterThan(0);
      await page.waitForTimeout(300);
      const states = () => page.evaluate(() => (window as unknown as { __listStates: string[] }).__listStates);
      expect(await states()).not.toContain('false');
      expect((await states()).length).toBeGreaterThan(0);
      release();
      await settle(page);
      expect(await page.locator('#results').getAttribute('aria-busy')).toBe('false');
    } finally {
      release();
      await closePage(page);
    }
  });
});

describe('a search typed while the page is still loading', () => {
  test('the list stays busy until that search\'s full text is merged, whatever finishes loading meanwhile', async () => {
    const page = await newPage(site.browser, { viewport: VIEWPORTS.desktop });
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    try {
      // The summaries arrive only after the reader has typed, as on a slow connection.
      await page.route('**/search/details.json', async (route) => {
        await gate;
        await route.continue();
      });
      await page.goto(new URL('search/', site.server.url).href);
      await expect.poll(() => page.locator('#results li').count(), { timeout: 15_000 }).toBeGreaterThan(0);
      await page.locator('#q').fill('MoRiLE');
      release();
      await settle(page);
      expect(await resultIds(page)).toEqual(['pcd-911']);
    } finally {
      release();
      await closePage(page);
    }
  });
});

describe('filters and sorting', () => {
  test('each filter narrows the list, shows its count on every option, and can be removed on its own', async () => {
    const { page } = await open();
    try {
      expect(await page.locator('#filter-year option[value="2021"]').textContent()).toBe('2021 (2)');
      await page.selectOption('#filter-year', '2021');
      await settle(page);
      expect((await resultIds(page)).sort()).toEqual(['pcd-1092', 'pcd-911']);
      await page.selectOption('#filter-programme', 'operation-orochi');
      await settle(page);
      expect(await resultIds(page)).toEqual(['pcd-1092']);
      expect(new URL(page.url()).search).toBe('?year=2021&programme=operation-orochi');
      const chips = page.locator('[data-part="active-filters"] .chip');
      expect(await chips.count()).toBe(2);
      await chips.filter({ hasText: 'Year' }).click();
      await settle(page);
      expect((await resultIds(page)).sort()).toEqual(['pcd-1092', 'pcd-785']);
      expect(new URL(page.url()).search).toBe('?programme=operation-orochi');
    } finally {
      await closePage(page);
    }
  });

  test.each([
    ['?fy=2020/21', ['pcd-785', 'pcd-911']],
    ['?funder=East+Midlands+Special+Operations+Unit+(EMSOU)', ['ocs-grant-2023-2027']],
    ['?role=bid', ['pcd-386']],
    ['?min=1m&role=accepted', ['ocs-grant-2023-2027', 'pcd-1092', 'pcd-785']],
    ['?max=200k&role=accepted', ['pcd-911']],
  ])('restores %s from the URL', async (query, ids) => {
    const { page } = await open(query);
    try {
      await settle(page);
      expect((await resultIds(page)).sort()).toEqual([...ids].sort());
    } finally {
      await closePage(page);
    }
  });

  test('typed amounts in any form set the range, and a bad one is refused with a message', async () => {
    const { page } = await open();
    try {
      await page.fill('#filter-min', '£1m');
      await page.fill('#filter-max', '5,000,000');
      await page.locator('#filter-max').press('Enter');
      await settle(page);
      // £5.6m (PCD 785) is above the range, and its £800m is a market size, not a sum of money paid.
      expect((await resultIds(page)).sort()).toEqual(['ocs-grant-2023-2027', 'pcd-1092', 'pcd-386']);
      await page.fill('#filter-min', 'lots');
      await page.locator('#filter-min').press('Enter');
      expect(await page.locator('[data-part="amount-error"]').isVisible()).toBe(true);
      expect(await page.locator('#filter-min').getAttribute('aria-invalid')).toBe('true');
    } finally {
      await closePage(page);
    }
  });

  test.each([
    ['largest', ['pcd-785', 'pcd-386', 'ocs-grant-2023-2027', 'pcd-1092', 'pcd-911']],
    ['smallest', ['pcd-911', 'pcd-1092', 'ocs-grant-2023-2027', 'pcd-386', 'pcd-785']],
    ['oldest', ['pcd-386', 'pcd-785', 'pcd-911', 'pcd-1092', 'ocs-grant-2023-2027']],
  ])('sorts by %s', async (sort, ids) => {
    const { page } = await open();
    try {
      await page.selectOption('#sort', sort);
      await settle(page);
      expect(await resultIds(page)).toEqual(ids);
      expect(new URL(page.url()).searchParams.get('sort')).toBe(sort);
    } finally {
      await closePage(page);
    }
  });

  test('ignores malformed parameters with a visible note instead of failing', async () => {
    const { page, problems } = await open('?year=abc&fy=2021/23&min=lots&programme=nope&sort=sideways&q=ANPR');
    try {
      await settle(page);
      const note = await page.locator('[data-part="notes"]').textContent();
      for (const key of ['year', 'fy', 'min', 'programme', 'sort']) expect(note).toContain(`Ignored ${key}=`);
      expect(await resultIds(page)).toContain('pcd-1092');
      expect(problems).toEqual([]);
    } finally {
      await closePage(page);
    }
  });
});

describe('sharing a search', () => {
  test('Back and Forward step through searches', async () => {
    const { page } = await open();
    try {
      await page.selectOption('#filter-year', '2021');
      await settle(page);
      await page.selectOption('#filter-year', '2018');
      await settle(page);
      expect(await resultIds(page)).toEqual(['pcd-386']);
      await page.goBack();
      await settle(page);
      expect(await page.locator('#filter-year').inputValue()).toBe('2021');
      expect((await resultIds(page)).sort()).toEqual(['pcd-1092', 'pcd-911']);
      await page.goForward();
      await settle(page);
      expect(await resultIds(page)).toEqual(['pcd-386']);
    } finally {
      await closePage(page);
    }
  });

  test('typing writes the address after a pause, as one new entry that Back leaves', async () => {
    const { page } = await open('?year=2021');
    try {
      await page.locator('#q').pressSequentially('Orochi', { delay: 40 });
      await expect.poll(() => new URL(page.url()).search, { timeout: 5_000 }).toBe('?q=Orochi&year=2021');
      await settle(page);
      await page.goBack();
      await settle(page);
      expect(new URL(page.url()).search).toBe('?year=2021');
      expect(await page.locator('#q').inputValue()).toBe('');
    } finally {
      await closePage(page);
    }
  });

  test('copies the words just typed, before the address has caught up', async () => {
    const { page } = await open();
    try {
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site.server.url).origin });
      await page.locator('#q').fill('ANPR');
      // Pressed without the box losing focus (leaving the box writes the address too).
      await page.evaluate(() => (document.querySelector('[data-part="copy-link"]') as HTMLButtonElement).click());
      await expect.poll(() => page.locator('[data-part="copy-status"]').textContent()).toBe('Link copied.');
      expect(new URL(await page.evaluate(() => navigator.clipboard.readText())).search).toBe('?q=ANPR');
    } finally {
      await closePage(page);
    }
  });

  test('copies the link of the current search', async () => {
    const { page } = await open('?q=ANPR&year=2021');
    try {
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site.server.url).origin });
      await page.getByRole('button', { name: 'Copy link to this search' }).click();
      await expect.poll(() => page.locator('[data-part="copy-status"]').textContent()).toBe('Link copied.');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
    } finally {
      await closePage(page);
    }
  });

  test('downloads the current results as CSV', async () => {
    const { page } = await open('?programme=operation-orochi');
    try {
      await settle(page);
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download these results as CSV' }).click()]);
      const file = await download.path();
      const rows = parse(readFileSync(file), { columns: true, bom: true }) as Record<string, string>[];
      // The last row is the total of the rows above (search-phone.test.ts checks it).
      expect(rows.slice(0, -1).map((r) => r['reference'])).toEqual(['PCD 1092', 'PCD 785']);
      expect(rows[0]?.['headline_pence']).toBe('136000000');
    } finally {
      await closePage(page);
    }
  });
});

describe('hostile input', () => {
  test('none of 50 XSS payloads typed into the box runs, and each is shown as typed', async () => {
    const { page } = await open();
    const dialogs: string[] = [];
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    try {
      for (const payload of PAYLOADS) {
        await page.locator('#q').fill(payload);
        await expect.poll(() => page.locator('#result-count').textContent()).toContain(`“${payload.trim().replace(/\s+/g, ' ')}”`);
      }
      await page.waitForTimeout(300);
      expect(dialogs).toEqual([]);
      expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
    } finally {
      await closePage(page);
    }
  });

  test('none of 50 XSS payloads in the URL runs', async () => {
    const page = await newPage(site.browser, { viewport: VIEWPORTS.desktop });
    const dialogs: string[] = [];
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    try {
      for (const payload of PAYLOADS) {
        const params = new URLSearchParams({ q: payload, programme: payload, year: payload, min: payload });
        await page.goto(new URL(`search/?${params}`, site.server.url).href);
        await expect.poll(() => page.locator('#result-count').textContent()).toMatch(/decision/);
        expect(await page.locator('#q').inputValue()).toBe(payload.slice(0, 200));
      }
      expect(dialogs).toEqual([]);
      expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
    } finally {
      await closePage(page);
    }
  });
});

describe('accessibility of the search page', () => {
  test.each([
    ['with every decision listed', ''],
    ['with results for a query', '?q=Orochi'],
    ['with no results', '?q=zzzzqqqq'],
    ['with a malformed parameter noted', '?year=abc'],
  ])('has no axe violations %s', async (_, query) => {
    for (const viewport of Object.values(VIEWPORTS)) {
      const { page } = await open(query, { viewport });
      try {
        await settle(page);
        expect(await axeViolations(page)).toEqual([]);
      } finally {
        await closePage(page);
      }
    }
  });

  test('without JavaScript says so and offers the static listings', async () => {
    const page = await newPage(site.browser, { javaScriptEnabled: false });
    try {
      await page.goto(new URL('search/', site.server.url).href);
      expect(await page.getByText('Search needs JavaScript').isVisible()).toBe(true);
      expect(await page.locator('decision-search form').isVisible()).toBe(false);
      await page.getByRole('link', { name: '2021' }).first().click();
      expect(new URL(page.url()).pathname).toBe('/decisions/year/2021/');
      expect(await page.locator('.decision-table tbody tr').count()).toBe(2);
    } finally {
      await closePage(page);
    }
  });
});
