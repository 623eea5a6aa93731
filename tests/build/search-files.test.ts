/**
 * The files the search page loads, as built: records.json and details.json describe every decision,
 * and the full-text index finds every word of every decision's published text, in the decision page
 * as a reader sees it.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { applyDetails, fromRecordsFile, type DetailsFile, type RecordsFile } from '../../src/lib/search/records.ts';
import type { TextManifest, TextShard, TextTerm } from '../../src/lib/search/text-index.ts';
import { searchText, shardsFor } from '../../src/lib/search/text-search.ts';
import { wordsIn } from '../../src/lib/search/words.ts';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { contentFiles, DIST, readHtml } from '../helpers/site.ts';

const read = <T>(file: string): T => JSON.parse(readFileSync(path.join(DIST, 'search', file), 'utf8')) as T;
const recordsFile = read<RecordsFile>('records.json');
const records = fromRecordsFile(recordsFile);
applyDetails(records, recordsFile.key, read<DetailsFile>('details.json'));
const manifest = read<TextManifest>('words.json');
const shards = new Map(manifest.firsts.map((_, n) => [n, read<TextShard>(`words/${n}.json`)]));
const find = (terms: TextTerm[]) => searchText(shards, manifest, terms, records.length).map((doc) => records[doc]?.id);

describe('the search files', () => {
  test('list every decision known, at any level, with their summaries and levels', () => {
    expect(records.map((r) => r.id).sort()).toEqual(contentFiles().map((f) => f.id).sort());
    expect(records.filter((r) => r.evidence === 'full-text').map((r) => r.id).sort()).toEqual(['ocs-grant-2023-2027', 'pcd-1092', 'pcd-386', 'pcd-785', 'pcd-911']);
    expect(records.find((r) => r.id === 'pcd-990')?.evidence).toBe('register');
    expect(records.find((r) => r.id === 'pcd-726')?.evidence).toBe('citation');
    expect(records.every((r) => typeof r.summary === 'string' && r.summary.length > 20)).toBe(true);
  });

  test('share one key: the page never pairs files from two builds', () => {
    expect(manifest.key).toBe(recordsFile.key);
    expect([...shards.values()].every((s) => s.key === recordsFile.key)).toBe(true);
  });

  test.each(['pcd-1092', 'pcd-785', 'ocs-grant-2023-2027'])('find every word of the published text of %s', (id) => {
    // A footnote mark is a word of its own ("Plan 2017-2021<sup>1</sup>"), which text extraction would glue on.
    const tree = fromHtml(readHtml(DIST, `decisions/${id}/index.html`).html.replaceAll('<sup>', '<sup> '));
    const body = select('.published-text .prose', tree);
    const words = new Set(wordsIn(body ? toText(body) : ''));
    expect(words.size).toBeGreaterThan(100);
    const missed = [...words].filter((word) => {
      for (const n of shardsFor(manifest, { word, prefix: false })) if (!shards.has(n)) return true;
      return !find([{ word, prefix: false }]).includes(id);
    });
    expect(missed).toEqual([]);
  });

  test('find PCD 990 in its own record, in PCD 1092, which cites it as "[PCD990]", and in the summaries of PCD 1091 and PCD 726', () => {
    expect(find([{ word: 'pcd', prefix: false }, { word: '990', prefix: true }]).sort()).toEqual(['pcd-1091', 'pcd-1092', 'pcd-726', 'pcd-990']);
  });

  test('have a plain text for every decision, holding the words the excerpts are cut from', () => {
    for (const record of records) {
      const file = path.join(DIST, 'search', 'text', `${record.id}.txt`);
      expect(existsSync(file), file).toBe(true);
      const text = readFileSync(file, 'utf8');
      expect(text.startsWith(record.reference ?? record.title)).toBe(true);
      expect(text).toContain(record.summary);
      expect(text).not.toMatch(/<[a-z]|&[a-z]+;|&#\d+;/i);
    }
  });
});
