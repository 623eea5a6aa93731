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
      .sort();
    expect(pages).toEqual(entries.map((e) => e.id).sort());
    expect(pages.length).toBeGreaterThanOrEqual(5);
  });

  describe.each(entries.map((entry) => [entry.id, entry] as const))('%s', (id, entry) => {
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
});
