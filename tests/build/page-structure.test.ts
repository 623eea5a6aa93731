/**
 * The structure a screen reader announces on the built pages, which no browser test reads as built:
 * every decision page's outline of headings and its breadcrumb, every year-by-year table's header
 * cells on the funding pages, and the sort order the decisions index declares before any script runs.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import type { Element, Root } from 'hast';
import { placingDate } from '../../src/lib/core/decisions.ts';
import { contentFiles, DIST, htmlFiles, readHtml } from '../helpers/site.ts';

const entries = contentFiles();
const byId = new Map(entries.map((entry) => [entry.id, entry]));

const text = (node: Element | Root) => toText(node).replace(/\s+/g, ' ').trim();
const attribute = (element: Element, name: string) => {
  const value = element.properties[name];
  return value === undefined || value === null ? undefined : Array.isArray(value) ? value.join(' ') : String(value);
};

/** The decision pages as built: every folder under decisions/ but the listings and the redirects of typed addresses. */
function builtDecisionPages(): string[] {
  const listings = new Set(['year', 'financial-year', 'programme']);
  return readdirSync(path.join(DIST, 'decisions'), { withFileTypes: true })
    .filter((d) => d.isDirectory() && !listings.has(d.name))
    .map((d) => d.name)
    .filter((name) => !/http-equiv="refresh"/.test(readHtml(DIST, `decisions/${name}/index.html`).html))
    .sort();
}

const decisionPages = builtDecisionPages();

describe('decision pages: headings and breadcrumb', () => {
  test('every decision in content/ has a built page to check', () => {
    expect(decisionPages).toEqual(entries.map((entry) => entry.id).sort());
  });

  describe.each(decisionPages)('%s', (id) => {
    const page = () => readHtml(DIST, `decisions/${id}/index.html`).tree;
    const entry = () => byId.get(id)!;

    test('has one h1, the decision’s title', () => {
      const h1s = selectAll('h1', page());
      expect(h1s.map(text)).toEqual([entry().data.title.replace(/\s+/g, ' ').trim()]);
    });

    test('each of its sections is headed by an h2 that names it, in the order the page reads', () => {
      const tree = page();
      const article = select('main article', tree);
      expect(article).toBeDefined();
      // The page's own sections: every section or nav of the article named by a heading inside it.
      const sections = selectAll('section[aria-labelledby], nav[aria-labelledby]', article!).filter(
        // The published text's own parts are the document's, not the page's.
        (section) => !selectAll('.published-text', article!).some((text) => text !== section && selectAll('*', text).includes(section)),
      );
      const outline = sections.map((section) => {
        const heading = select(`#${attribute(section, 'ariaLabelledBy')}`, section);
        return heading ? `${heading.tagName} ${text(heading)}` : `(no heading inside ${section.tagName})`;
      });
      const fullText = entry().data.evidence === 'full-text';
      const expected = [
        ...(select('nav.contents', article!) ? ['h2 Contents'] : []),
        'h2 Key facts',
        ...(fullText ? ['h2 Published text'] : []),
        'h2 Related decisions',
        fullText ? 'h2 About this text' : 'h2 About this record',
        'h2 Cite this decision',
        'h2 Spotted an error?',
      ];
      expect(outline).toEqual(expected);
    });

    test('the citation section is labelled by its own h2, “Cite this decision”, a level below the page’s h1', () => {
      const tree = page();
      const section = select('section.cite', tree);
      expect(section).toBeDefined();
      const heading = select(`#${attribute(section!, 'ariaLabelledBy')}`, tree);
      expect(heading?.tagName).toBe('h2');
      expect(text(heading!)).toBe('Cite this decision');
      expect(selectAll('h1, h2, h3, h4, h5, h6', section!)[0]).toBe(heading);
    });

    test('no heading outside the published text skips a level', () => {
      const tree = page();
      const body = select('.published-text', tree);
      const inBody = new Set(body ? selectAll('h1, h2, h3, h4, h5, h6', body).slice(1) : []);
      const levels = selectAll('h1, h2, h3, h4, h5, h6', tree)
        .filter((heading) => !inBody.has(heading))
        .map((heading) => Number(heading.tagName.slice(1)));
      expect(levels[0]).toBe(1);
      const skips = levels.filter((level, index) => index > 0 && level > levels[index - 1]! + 1);
      expect(skips).toEqual([]);
    });

    test('the breadcrumb ends at this page, marked as the current page and not a link', () => {
      const nav = select('nav[aria-label="Breadcrumb"]', page());
      expect(nav).toBeDefined();
      const items = selectAll('ol > li', nav!);
      expect(items.length).toBeGreaterThanOrEqual(2);
      const last = items.at(-1)!;
      expect(attribute(last, 'ariaCurrent')).toBe('page');
      expect(select('a', last)).toBeUndefined();
      expect(text(last)).toBe(entry().data.reference ?? 'No PCD number');
      // The trail's earlier steps are links, and only the last item is the current page.
      for (const item of items.slice(0, -1)) {
        expect(select('a[href]', item)).toBeDefined();
        expect(attribute(item, 'ariaCurrent')).toBeUndefined();
      }
      expect(selectAll('[aria-current]', nav!)).toEqual([last]);
    });
  });
});

/** The funding pages whose year-by-year table was built. */
const fundingPages = htmlFiles(path.join(DIST, 'funding'))
  .map((file) => `funding/${file}`)
  .filter((file) => select('table.years', readHtml(DIST, file).tree));

describe('funding pages: the year-by-year table’s header cells', () => {
  test('the funding pages with a year-by-year table include the overview and a programme', () => {
    expect(fundingPages).toContain('funding/index.html');
    expect(fundingPages.length).toBeGreaterThanOrEqual(2);
  });

  describe.each(fundingPages)('%s', (file) => {
    const table = () => select('table.years', readHtml(DIST, file).tree)!;

    test('its two column headings are th with scope="col"', () => {
      const heads = selectAll('thead th', table());
      expect(heads.length).toBe(2);
      expect(heads.map((th) => attribute(th, 'scope'))).toEqual(['col', 'col']);
    });

    test('each year opens its own row group with one th scope="rowgroup" spanning both columns', () => {
      const groups = selectAll('tbody', table());
      expect(groups.length).toBeGreaterThan(0);
      for (const group of groups) {
        const rows = selectAll('tr', group);
        const cells = selectAll('th, td', rows[0]!);
        expect(cells.length).toBe(1);
        const [cell] = cells;
        expect(cell!.tagName).toBe('th');
        expect(attribute(cell!, 'scope')).toBe('rowgroup');
        expect(attribute(cell!, 'colSpan')).toBe('2');
        expect(text(cell!)).toMatch(/\d{4}/);
        // No other cell of the group heads it.
        expect(selectAll('th[scope="rowgroup"]', group)).toEqual([cell]);
      }
    });

    test('every other row is a th scope="row" naming the grant or total and a td with its sum, or an empty year’s two tds', () => {
      const shapes = new Set<string>();
      for (const group of selectAll('tbody', table())) {
        for (const row of selectAll('tr', group).slice(1)) {
          const cells = row.children.filter((cell): cell is Element => cell.type === 'element' && (cell.tagName === 'th' || cell.tagName === 'td'));
          const shape = cells.map((cell) => (cell.tagName === 'th' ? `th[scope=${attribute(cell, 'scope') ?? ''}]` : 'td')).join(' ');
          shapes.add(shape);
          expect([`th[scope=row] td`, 'td td'], `row "${text(row)}"`).toContain(shape);
          expect(attribute(cells[1]!, 'className')).toContain('num');
        }
      }
      expect(shapes.has('th[scope=row] td')).toBe(true);
    });
  });
});

describe('the decisions index as built, before any script runs', () => {
  const table = () => select('table.decision-table', readHtml(DIST, 'decisions/index.html').tree)!;

  test('the Date heading alone carries aria-sort, and it says descending', () => {
    const heads = selectAll('thead th', table());
    const sorted = heads.filter((th) => attribute(th, 'ariaSort') !== undefined);
    expect(sorted.map((th) => [text(th), attribute(th, 'ariaSort')])).toEqual([['Date', 'descending']]);
  });

  test('the rows really are in descending order of date, each row dated as its decision is placed', () => {
    const rows = selectAll('tbody tr', table());
    expect(rows.length).toBe(entries.length);
    const dates = rows.map((row) => {
      const href = attribute(select('a[href]', row)!, 'href')!;
      const id = href.split('/').filter(Boolean).at(-1)!;
      const entry = byId.get(id);
      expect(entry, `row links to ${href}`).toBeDefined();
      const cell = select('td[data-label="Date"]', row)!;
      const placed = placingDate({ ...entry!.data, id })?.iso ?? '';
      expect(attribute(cell, 'dataValue')).toBe(placed);
      return placed.slice(0, 10);
    });
    // At least two different dates, or the order would say nothing.
    expect(new Set(dates).size).toBeGreaterThan(1);
    const outOfOrder = dates.filter((date, index) => index > 0 && (date === '' ? false : date > dates[index - 1]! || dates[index - 1] === ''));
    expect(outOfOrder).toEqual([]);
  });
});
