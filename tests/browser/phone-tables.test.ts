/**
 * Every data table of the built site read on a 320 px phone: no cell lies off screen (its box within
 * the viewport, with no sideways scrolling), every cell keeps its label (the heading of its column,
 * on screen either as the table's header row or drawn above the cell), and the table is still a
 * table to a screen reader, its cells under their column headers.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { closePage, newPage, useBrowserAndSite } from '../helpers/browser.ts';
import { DIST, htmlFiles, readHtml } from '../helpers/site.ts';

const PHONE = { width: 320, height: 640 };

/** Every page of the build with a table in its <main>, as a path under the site ("decisions/pcd-1092/"). */
const PAGES = htmlFiles(DIST)
  .filter((file) => /<main[\s\S]*<table[\s\S]*<\/main>/.test(readHtml(DIST, file).html))
  .map((file) => file.replace(/index\.html$/, ''));

const site = useBrowserAndSite();

interface CellProblem {
  table: string;
  cell: string;
  problem: string;
}

/** What is wrong with the tables of the open page: cells off screen, and cells without their label in sight. */
function tableProblems(page: Page): Promise<CellProblem[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    /** Drawn for no one: display none, or clipped away as a visually hidden header row is. */
    const unseen = (el: Element): boolean => {
      for (let e: Element | null = el; e; e = e.parentElement) {
        const style = getComputedStyle(e);
        if (style.display === 'none' || style.visibility === 'hidden' || style.clipPath !== 'none') return true;
      }
      return false;
    };
    /** The drawn label of a cell: the string its ::before shows (`"Date" / ""` gives Date, its alternative text left aside). */
    const drawnLabel = (cell: Element): string => {
      const shown = /^"((?:[^"\\]|\\.)*)"/.exec(getComputedStyle(cell, '::before').content);
      return (shown?.[1] ?? '').replace(/\\(.)/g, '$1').trim();
    };
    const clean = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();
    const problems: CellProblem[] = [];
    for (const table of document.querySelectorAll('main table')) {
      const name = clean(table.querySelector('caption')?.textContent ?? table.closest('[aria-label]')?.getAttribute('aria-label') ?? '');
      const headerRow = table.querySelector('thead tr');
      const headings: HTMLTableCellElement[] = [];
      for (const th of headerRow ? [...(headerRow as HTMLTableRowElement).cells] : []) {
        for (let i = 0; i < th.colSpan; i += 1) headings.push(th);
      }
      for (const row of (table as HTMLTableElement).tBodies.length ? [...(table as HTMLTableElement).tBodies].flatMap((b) => [...b.rows]) : []) {
        let column = 0;
        for (const cell of row.cells) {
          const at = column;
          column += cell.colSpan;
          const text = clean(cell.textContent).slice(0, 40);
          if (unseen(cell)) continue;
          const box = cell.getBoundingClientRect();
          if (box.left < -0.5 || box.right > width + 0.5) {
            problems.push({ table: name, cell: text, problem: `lies at ${Math.round(box.left)}–${Math.round(box.right)} px, off a ${width} px screen` });
          }
          // A heading of a group of rows (a year above its grants) is a label itself.
          if (cell.getAttribute('scope') === 'rowgroup' || cell.colSpan === headings.length) continue;
          const heading = headings[at];
          const label = clean(heading?.textContent ?? '');
          if (!heading || !label) continue;
          const headingBox = heading.getBoundingClientRect();
          const headingShown = !unseen(heading) && headingBox.width > 1 && headingBox.left >= -0.5 && headingBox.right <= width + 0.5;
          if (!headingShown && drawnLabel(cell) !== label) {
            problems.push({ table: name, cell: text, problem: `shows neither its heading "${label}" nor a label (drew "${drawnLabel(cell)}")` });
          }
        }
      }
    }
    return problems;
  });
}

describe('tables on a 320 px phone', () => {
  test('the pages with tables are found', () => {
    expect(PAGES).toEqual(expect.arrayContaining(['decisions/', 'decisions/pcd-1092/', 'funding/', 'data/']));
  });

  test.each(PAGES)('/%s: every cell is on screen and keeps its label', async (path) => {
    for (const javaScriptEnabled of [true, false]) {
      const page = await newPage(site.browser, { viewport: PHONE, javaScriptEnabled });
      try {
        await page.goto(new URL(path, site.server.url).href, { waitUntil: 'load' });
        expect(await tableProblems(page), javaScriptEnabled ? 'with JavaScript' : 'without JavaScript').toEqual([]);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, 'the page scrolls sideways').toBeLessThanOrEqual(0);
      } finally {
        await closePage(page);
      }
    }
  });

  test.each(['decisions/pcd-1092/', 'funding/', 'decisions/ocs-grant-2023-2027/', 'decisions/'])(
    '/%s: its stacked tables are still tables to a screen reader, each cell under its column header',
    async (path) => {
      const page = await newPage(site.browser, { viewport: PHONE });
      try {
        await page.goto(new URL(path, site.server.url).href, { waitUntil: 'load' });
        const client = await page.context().newCDPSession(page);
        const { nodes } = (await client.send('Accessibility.getFullAXTree')) as {
          nodes: { role?: { value?: string }; ignored?: boolean; name?: { value?: string } }[];
        };
        const roles = nodes.filter((n) => !n.ignored).map((n) => n.role?.value ?? '');
        const stacked = await page.locator('table.stack, .chart-section table').count();
        expect(stacked).toBeGreaterThan(0);
        expect(roles.filter((r) => r === 'table').length).toBeGreaterThanOrEqual(stacked);
        expect(roles).toContain('columnheader');
        expect(roles).toContain('cell');
        for (const table of await page.locator(':is(table.stack, .chart-section table)').all()) {
          const tree = await table.ariaSnapshot();
          expect(tree).toMatch(/^- table/);
          expect(tree).toContain('- columnheader');
          expect(tree).toMatch(/- row[^\n]*\n\s+- (cell|rowheader)/);
        }
      } finally {
        await closePage(page);
      }
    },
  );
});
