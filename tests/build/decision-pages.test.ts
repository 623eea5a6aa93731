/**
 * What the built site contains: a page for every decision, and on each page every paragraph,
 * table cell and amount of the source document, apart from the extraction noise the decision's
 * file lists as cleaned.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { formatPence } from '../../src/lib/core/money.ts';
import { foldForComparison } from '../../src/lib/core/text.ts';
import { select, selectAll } from 'hast-util-select';
import { contentFiles, DIST, mainText, readHtml, SEEDS_DIR, type ContentFile } from '../helpers/site.ts';

/** The source text with the file's listed cleanings applied, as the published words should read. */
export function cleanedSource(entry: ContentFile, source: string): string {
  let text = source;
  for (const { original, replacement } of entry.data.cleaned) {
    // A replacement in parentheses describes a move, not new words: the original words remain.
    if (replacement?.startsWith('(')) continue;
    if (original.length < 3) continue; // single-character debris (lone dashes, bullet letters) is folded below
    text = text.split(original).join(replacement ?? '');
  }
  return text;
}

/** Splits the source into the units that must each appear: lines, and cells of tab-separated rows. */
export function sourceUnits(text: string): string[] {
  return text
    .split('\n')
    .flatMap((line) => line.split('\t'))
    .map((unit) =>
      foldForComparison(
        unit
          .replace(/<[^>]+>/g, '')
          .replace(/\*+/g, '')
          .replace(/^\s*#+\s*/, '')
          .replace(/^\s*(?:[-•o]\s+)+/, '')
          .replace(/^\s*\d+\.\s+/, '')
          .replace(/\[([^\]]*)\]\(#\)/g, '$1'),
      ),
    )
    .filter((unit) => /[\p{L}\p{N}]/u.test(unit));
}

const entries = contentFiles();

describe('decision pages', () => {
  test('there is exactly one built page per Markdown file', () => {
    const listings = new Set(['year', 'financial-year', 'programme']);
    const pages = readdirSync(path.join(DIST, 'decisions'), { withFileTypes: true })
      .filter((d) => d.isDirectory() && !listings.has(d.name))
      .map((d) => d.name)
      // The redirect pages of typed addresses (/decisions/1092/) are not decision pages: tests/build/typed-addresses.test.ts.
      .filter((name) => !/http-equiv="refresh"/.test(readHtml(DIST, `decisions/${name}/index.html`).html))
      .sort();
    expect(pages).toEqual(entries.map((e) => e.id).sort());
    expect(pages.length).toBeGreaterThanOrEqual(5);
  });

  describe.each(entries.filter((entry) => entry.data.evidence === 'full-text').map((entry) => [entry.id, entry] as const))('%s', (id, entry) => {
    let text = '';
    let html = '';
    beforeAll(() => {
      const page = readHtml(DIST, `decisions/${id}/index.html`);
      text = mainText(page.tree);
      html = page.html;
    });

    const sourcePath = path.join(SEEDS_DIR, entry.data.source.file ?? '');

    test('its source document is available to compare against', () => {
      expect(existsSync(sourcePath), `missing ${sourcePath}; set SEEDS_DIR`).toBe(true);
    });

    test('every paragraph and table cell of the source appears on the page', () => {
      const units = sourceUnits(cleanedSource(entry, readFileSync(sourcePath, 'utf8')));
      expect(units.length).toBeGreaterThan(20);
      const missing = units.filter((unit) => !text.includes(unit));
      expect(missing).toEqual([]);
    });

    test('every amount of money in the source appears on the page', () => {
      const source = readFileSync(sourcePath, 'utf8');
      const amounts = [...new Set(source.match(/£\d[\d,]*(?:\.\d+)?(?:m|k|bn)?/g) ?? [])];
      expect(amounts.length).toBeGreaterThan(0);
      expect(amounts.filter((amount) => !text.includes(amount))).toEqual([]);
    });

    test('the facts panel shows every curated sum in full with its printed form', () => {
      for (const amount of entry.data.amounts) {
        expect(text).toContain(formatPence(amount.pence));
        expect(text).toContain(foldForComparison(`printed “${amount.asWritten}”`).replace(/[“”]/g, '"'));
      }
    });

    test('every sum and related decision has an anchor on its sentence', () => {
      entry.data.amounts.forEach((_, index) => expect(html).toContain(`id="sum-${index + 1}"`));
      entry.data.related.forEach((_, index) => expect(html).toContain(`id="ref-${index + 1}"`));
    });

    test('the page sends no JavaScript', () => {
      expect(html).not.toMatch(/<script/i);
    });
  });

  describe.each(entries.filter((entry) => entry.data.evidence !== 'full-text').map((entry) => [entry.id, entry] as const))('%s, a record not published here in full', (id, entry) => {
    const page = () => readHtml(DIST, `decisions/${id}/index.html`);

    test('says in words what the record rests on, and has no published text', () => {
      const text = mainText(page().tree);
      expect(text).toContain(entry.data.evidence === 'register' ? 'From the public register.' : 'Known only from a citation.');
      expect(select('.published-text', page().tree)).toBeUndefined();
      expect(text).toContain(entry.data.summary.replace(/\s+/g, ' ').trim());
    });

    test('links every figure to the register page, at its place on the page, and no sentence anchor', () => {
      const { html } = page();
      expect(html).not.toMatch(/href="#(?:sum|ref)-\d+"/);
      for (const amount of entry.data.amounts) {
        expect(html).toContain(`Register page, ${amount.location}`);
        expect(html).toContain(`<data value="${amount.pence}">`);
      }
      if (entry.data.register) {
        expect(selectAll(`a[href="${entry.data.register.page}"]`, page().tree).length).toBeGreaterThan(entry.data.amounts.length);
        expect(html).toContain('Read the original on the public register');
      }
    });

    test('shows each year of a sum split by year, in its year', () => {
      const { html } = page();
      for (const year of entry.data.amounts.flatMap((amount) => amount.perYear ?? [])) {
        expect(html).toContain(`${year.financialYear}: <data value="${year.pence}">`);
      }
    });
  });

  test('every decision published in full that has a register page links it', () => {
    for (const entry of entries.filter((e) => e.data.evidence === 'full-text' && e.data.register)) {
      const { html } = readHtml(DIST, `decisions/${entry.id}/index.html`);
      expect(html, entry.id).toContain(`href="${entry.data.register!.page}"`);
      expect(html, entry.id).toContain('Read the original on the public register');
    }
    expect(entries.filter((e) => e.data.evidence === 'full-text' && e.data.register).map((e) => e.id).sort()).toEqual(['pcd-1092', 'pcd-386', 'pcd-785', 'pcd-911']);
  });
});

describe('the citation of a local preview', () => {
  test.each(entries.map((e) => [e.id]))('%s never promises that an address on this computer will not change', (id) => {
    const { html } = readHtml(DIST, `decisions/${id}/index.html`);
    const cited = /Available at: (\S+)/.exec(html)?.[1] ?? '';
    expect(cited).not.toBe('');
    if (/^https?:\/\/(?:localhost|127\.)/.test(cited)) {
      expect(html).not.toContain('will not change');
      expect(html).toContain('not one to cite');
    } else {
      expect(html).toContain('will not change');
    }
  });
});
