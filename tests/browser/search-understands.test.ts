/**
 * The search box as journalists type into it, in a real Chromium: a year, a financial year and a range
 * of sums become filters, said in a polite status line, shown in the form's controls and the address,
 * and undone by "Search for … as words instead"; what it cannot read stays words; "exploitation" finds
 * every decision holding a word of its stem; a reference finds its decision first, cited or
 * register-only ones included.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { openSearch, resultIds, settleResults } from '../helpers/search-page.ts';
import { axeViolations, closePage, newPage, VIEWPORTS, useBrowserAndSite } from '../helpers/browser.ts';
import { DIST as FULL_DIST, FULL_TEXT_DIST as DIST } from '../helpers/site.ts';
import { fullTextDecisions } from '../helpers/content.ts';
import { searchRecords, type SearchRecord } from '../../src/lib/search/records.ts';
import { wordsIn } from '../../src/lib/search/words.ts';

// The five decisions published in full, built alone by npm test: the questions have fixed answers.
const site = useBrowserAndSite(DIST);
const records = searchRecords(fullTextDecisions());

const open = (query = '', viewport: { width: number; height: number } = VIEWPORTS.desktop) => openSearch(site, query, { viewport });
const settle = settleResults;

const status = (page: Page) => page.locator('[data-part="understood"]');
const undo = (page: Page) => page.locator('[data-part="understood-undo"]');

/** The decisions with a sum (not a context figure) in the range, as the amount filter reads it. */
const withSum = (min: number | null, max: number | null) => (r: SearchRecord) =>
  r.sums.some((s) => s.role !== 'context' && (min === null || s.pence >= min) && (max === null || s.pence <= max));
const M = 100_000_000;

describe('a phrase the box understands', () => {
  test.each<[string, string, Record<string, string>, Record<string, string>, (r: SearchRecord) => boolean]>([
    ['2021', 'Showing decisions of 2021', { 'filter-year': '2021' }, { year: '2021' }, (r) => r.year === 2021],
    ['2021/22', 'Showing decisions of financial year 2021/22', { 'filter-fy': '2021/22' }, { fy: '2021/22' }, (r) => r.financialYears.includes('2021/22')],
    ['over £1m', 'Showing decisions with a sum of £1m or more', { 'filter-min': '1m' }, { min: '1m' }, withSum(M, null)],
    ['above £1 million', 'Showing decisions with a sum of £1m or more', { 'filter-min': '1m' }, { min: '1m' }, withSum(M, null)],
    ['more than 500k', 'Showing decisions with a sum of £500,000 or more', { 'filter-min': '500000' }, { min: '500000' }, withSum(M / 2, null)],
    ['between £100k and £2m', 'Showing decisions with a sum from £100,000 to £2m', { 'filter-min': '100000', 'filter-max': '2m' }, { min: '100000', max: '2m' }, withSum(M / 10, 2 * M)],
    ['under £200,000', 'Showing decisions with a sum of £200,000 or less', { 'filter-max': '200000' }, { max: '200000' }, withSum(null, M / 5)],
    ['at least 1.5m in 2021', 'Showing decisions with a sum of £1.5m or more · of 2021', { 'filter-min': '1.5m', 'filter-year': '2021' }, { min: '1.5m', year: '2021' }, (r) => r.year === 2021 && withSum(1.5 * M, null)(r)],
  ])('%j: lists the decisions it means, says so, and shows it in the form and the address', async (query, sentence, controls, params, keep) => {
    const { page, problems } = await open();
    try {
      await page.locator('#q').pressSequentially(query, { delay: 20 });
      await settle(page);
      const expected = records.filter(keep).map((r) => r.id);
      expect(expected.length).toBeGreaterThan(0);
      expect((await resultIds(page)).sort()).toEqual(expected.sort());
      expect(await page.locator('#result-count').textContent()).toBe(`${expected.length} ${expected.length === 1 ? 'decision' : 'decisions'}`);
      expect(await status(page).textContent()).toBe(sentence);
      expect(await status(page).getAttribute('role')).toBe('status');
      expect(await undo(page).textContent()).toBe(`Search for “${query}” as words instead`);
      // The box keeps the words as typed; the controls show the filters.
      expect(await page.locator('#q').inputValue()).toBe(query);
      for (const [id, value] of Object.entries(controls)) expect(await page.locator(`#${id}`).inputValue()).toBe(value);
      await page.locator('#q').blur();
      await expect.poll(() => Object.fromEntries(new URL(page.url()).searchParams)).toEqual({ q: query, ...params });
      expect(problems).toEqual([]);
    } finally {
      await closePage(page);
    }
  });

  test('"Search … as words instead" searches the query word for word and puts the filters back', async () => {
    const { page } = await open();
    try {
      await page.locator('#q').fill('2021');
      await settle(page);
      await undo(page).click();
      await settle(page);
      expect(await page.locator('#q').inputValue()).toBe('"2021"');
      expect(await page.locator('#q').evaluate((q) => q === document.activeElement)).toBe(true);
      expect(await page.locator('#filter-year').inputValue()).toBe('');
      expect(await status(page).textContent()).toBe('');
      expect(await undo(page).isHidden()).toBe(true);
      // Every decision whose text writes 2021, whatever its year.
      const writing2021 = readdirSync(path.join(DIST, 'search', 'text'))
        .filter((file) => wordsIn(readFileSync(path.join(DIST, 'search', 'text', file), 'utf8')).includes('2021'))
        .map((file) => file.replace(/\.txt$/, ''));
      expect(writing2021.some((id) => records.find((r) => r.id === id)?.year !== 2021)).toBe(true);
      expect((await resultIds(page)).sort()).toEqual(writing2021.sort());
      expect(new URL(page.url()).searchParams.get('year')).toBeNull();
    } finally {
      await closePage(page);
    }
  });

  test('a shared address reads the same: the box, the sentence and the filter', async () => {
    const { page } = await open('?q=over+%C2%A31m&min=1m');
    try {
      await settle(page);
      expect(await page.locator('#q').inputValue()).toBe('over £1m');
      expect(await status(page).textContent()).toBe('Showing decisions with a sum of £1m or more');
      expect(await page.locator('#filter-min').inputValue()).toBe('1m');
      expect((await resultIds(page)).sort()).toEqual(records.filter(withSum(M, null)).map((r) => r.id).sort());
      // Taking the phrase out of the box takes its filter away.
      await page.locator('#q').fill('');
      await settle(page);
      expect(await page.locator('#filter-min').inputValue()).toBe('');
      expect(await resultIds(page)).toHaveLength(records.length);
    } finally {
      await closePage(page);
    }
  });

  test('a filter changed by hand wins over the box, which then reads the phrase as words', async () => {
    const { page } = await open();
    try {
      await page.locator('#q').fill('2021');
      await settle(page);
      await page.locator('#filter-year').selectOption('2020');
      await settle(page);
      expect(await page.locator('#filter-year').inputValue()).toBe('2020');
      expect(await status(page).textContent()).toBe('');
      expect(await page.locator('#result-count').textContent()).toMatch(/for “2021”$/);
    } finally {
      await closePage(page);
    }
  });

  test.each(['over £', 'between 5 and', 'under -3', 'children under 18', '2019'])('%j is searched as words, with no filter and no error', async (query) => {
    const { page, problems } = await open();
    try {
      await page.locator('#q').pressSequentially(query, { delay: 20 });
      await settle(page);
      expect(await status(page).textContent()).toBe('');
      expect(await undo(page).isHidden()).toBe(true);
      for (const id of ['filter-year', 'filter-fy', 'filter-min', 'filter-max']) expect(await page.locator(`#${id}`).inputValue()).toBe('');
      expect(await page.locator('#result-count').textContent()).toMatch(new RegExp(`for “${query.replace(/[.*+?^${}()|[\]\\£-]/g, '\\$&')}”$`));
      expect(problems).toEqual([]);
    } finally {
      await closePage(page);
    }
  });

  test('the sentence and its button pass axe at 320 and 1280 px', async () => {
    for (const viewport of [VIEWPORTS.mobile, VIEWPORTS.desktop]) {
      const { page } = await open('?q=2021+over+%C2%A3500k', viewport);
      try {
        await settle(page);
        expect(await status(page).isVisible()).toBe(true);
        expect(await axeViolations(page)).toEqual([]);
      } finally {
        await closePage(page);
      }
    }
  });
});

describe('word forms', () => {
  test('"exploitation" finds every decision holding a word that starts "exploit", the word typed first, and marks the forms', async () => {
    const texts = readdirSync(path.join(DIST, 'search', 'text')).map((file) => ({
      id: file.replace(/\.txt$/, ''),
      words: wordsIn(readFileSync(path.join(DIST, 'search', 'text', file), 'utf8')),
    }));
    const holding = texts.filter((t) => t.words.some((w) => w.startsWith('exploit'))).map((t) => t.id);
    const onlyOtherForms = texts.filter((t) => t.words.some((w) => w.startsWith('exploit')) && !t.words.includes('exploitation')).map((t) => t.id);
    expect(onlyOtherForms).toContain('pcd-911');
    const { page } = await open();
    try {
      await page.locator('#q').fill('exploitation');
      await settle(page);
      const ids = await resultIds(page);
      expect([...ids].sort()).toEqual([...holding].sort());
      // Those writing "exploitation" itself come before those writing only another form of it.
      expect(ids.slice(-onlyOtherForms.length).sort()).toEqual([...onlyOtherForms].sort());
      const marks = await page.locator('#results li').filter({ has: page.locator('a[href$="/pcd-911/"]') }).locator('mark').allTextContents();
      expect(marks.map((m) => m.toLowerCase())).toContain('exploiting');
    } finally {
      await closePage(page);
    }
  });
});

describe('a reference, on the whole site', () => {
  // The site with its register and citation records: PCD 990 is a register entry, PCD 726 a citation.
  const whole = useBrowserAndSite(FULL_DIST);

  test.each([
    ['PCD 990', 'pcd-990'],
    ['PCD990', 'pcd-990'],
    ['pcd-990', 'pcd-990'],
    ['990', 'pcd-990'],
    ['PCD 726', 'pcd-726'],
  ])('%j puts %s first', async (query, id) => {
    const page = await newPage(whole.browser, { viewport: VIEWPORTS.desktop });
    try {
      await page.goto(new URL(`search/?q=${encodeURIComponent(query)}`, whole.server.url).href);
      await settle(page);
      expect((await resultIds(page))[0]).toBe(id);
      expect(await status(page).textContent()).toBe('');
    } finally {
      await closePage(page);
    }
  });
});
