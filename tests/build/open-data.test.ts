/**
 * The open data files in both builds: they parse with real parsers (csv-parse, JSON, fast-xml-parser),
 * validate against their schemas (decisions.json against the schema published beside it, the
 * 360Giving file against the standard's own schema), list every decision, and every sum in them
 * equals the sum the decision page shows.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'csv-parse/sync';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { contentFiles, DIST, ROOT, SUBPATH_BASE, SUBPATH_DIST } from '../helpers/site.ts';

const content = contentFiles();
const SCHEMAS = path.resolve(ROOT, '..', 'shared', 'schemas', '360giving');

/** The sum (pence) the decision page shows in the facts-panel row that links to #sum-N. */
function pageSum(dir: string, id: string, anchor: string): number | null {
  const html = readFileSync(path.join(dir, 'decisions', id, 'index.html'), 'utf8');
  const row = html.split('<tr').find((chunk) => chunk.includes(`href="#${anchor}"`));
  const value = row ? /<data value="(\d+)">/.exec(row)?.[1] : undefined;
  return value === undefined ? null : Number(value);
}

describe.each([
  ['domain root', DIST, '/'],
  ['sub-path', SUBPATH_DIST, SUBPATH_BASE],
])('the open data of the %s build', (_, dir, base) => {
  const read = (file: string) => readFileSync(path.join(dir, file), 'utf8');
  const pathOf = (url: string) => new URL(url).pathname;

  test('decisions.csv has one row per decision, with its accepted total', () => {
    const rows = parse(read('data/decisions.csv'), { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r['id']).sort()).toEqual(content.map((c) => c.id).sort());
    for (const row of rows) {
      const file = content.find((c) => c.id === row['id'])!;
      const accepted = file.data.amounts.filter((a) => a.role === 'accepted').reduce((n, a) => n + a.pence, 0);
      expect(Number(row['accepted_pence']), row['id']).toBe(accepted);
      expect(row['title']).toBe(file.data.title);
      expect(pathOf(row['url'] ?? '')).toBe(`${base}decisions/${file.id}/`);
    }
  });

  test('funding.csv has one row per sum, and each equals the sum its decision page shows', () => {
    const rows = parse(read('data/funding.csv'), { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(content.reduce((n, c) => n + c.data.amounts.length, 0));
    for (const row of rows) {
      const url = new URL(row['url'] ?? '');
      expect(url.pathname).toBe(`${base}decisions/${row['decision_id']}/`);
      expect(pageSum(dir, row['decision_id'] ?? '', url.hash.slice(1)), row['url']).toBe(Number(row['pence']));
      expect(Number(row['pounds']) * 100).toBeCloseTo(Number(row['pence']), 6);
      const file = content.find((c) => c.id === row['decision_id'])!;
      expect(file.data.amounts.some((a) => a.quote === row['sentence'] && a.role === row['role'])).toBe(true);
    }
  });

  test('decisions.json validates against the schema published beside it, and its sums are the pages\' sums', () => {
    const data = JSON.parse(read('data/decisions.json'));
    const schema = JSON.parse(read('data/decisions.schema.json'));
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    const validate = ajv.compile(schema);
    expect(validate(data), ajv.errorsText(validate.errors)).toBe(true);
    expect(pathOf(data.schema)).toBe(`${base}data/decisions.schema.json`);
    expect(data.decisions.map((d: { id: string }) => d.id).sort()).toEqual(content.map((c) => c.id).sort());
    for (const decision of data.decisions as { id: string; sums: { pence: number; url: string }[] }[]) {
      for (const sum of decision.sums) expect(pageSum(dir, decision.id, new URL(sum.url).hash.slice(1))).toBe(sum.pence);
    }
  });

  test('the schema rejects a decisions.json with a sum in pounds instead of pence', () => {
    const data = JSON.parse(read('data/decisions.json'));
    data.decisions[0].sums[0].pence = 1.5;
    const validate = new Ajv2020({ strict: false }).compile(JSON.parse(read('data/decisions.schema.json')));
    expect(validate(data)).toBe(false);
  });

  test('360giving.json is valid 360Giving data of the accepted sums of signed decisions only', () => {
    const packageSchema = JSON.parse(readFileSync(path.join(SCHEMAS, '360-giving-package-schema.json'), 'utf8'));
    const grantSchema = JSON.parse(readFileSync(path.join(SCHEMAS, '360-giving-schema.json'), 'utf8'));
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats(ajv);
    // The 1.4.3 package schema refers to the grant schema by its 1.4.2 address; the 1.4.3 grant
    // schema is registered under that address. Both name the meta-schema "http://…/2020-12/schema",
    // which Ajv knows as https; the $schema keyword is dropped, the draft being Ajv2020's own.
    const { $schema: _p, ...packageBody } = packageSchema;
    const { $schema: _g, ...grantBody } = grantSchema;
    ajv.addSchema({ ...grantBody, $id: packageSchema.properties.grants.items.$ref });
    const validate = ajv.compile(packageBody);
    const data = JSON.parse(read('data/360giving.json'));
    expect(validate(data), ajv.errorsText(validate.errors)).toBe(true);
    const expected = content.flatMap((c) => (c.data.signed.date ? c.data.amounts.filter((a) => a.role === 'accepted').map((a) => a.pence) : []));
    expect(data.grants.map((g: { amountAwarded: number }) => Math.round(g.amountAwarded * 100)).sort()).toEqual(expected.sort());
    for (const grant of data.grants as { url: string; awardDate: string }[]) {
      const id = pathOf(grant.url).slice(base.length).split('/')[1] ?? '';
      expect(content.find((c) => c.id === id)?.data.signed.date).toBe(grant.awardDate);
    }
  });

  test('the JSON Feed lists every decision, newest first, at absolute addresses under the base', () => {
    const feed = JSON.parse(read('feed.json'));
    expect(feed.version).toMatch(/^https:\/\/jsonfeed\.org\/version\/1(\.1)?$/);
    const items = feed.items as { url: string; date_published: string }[];
    expect(items.map((i) => pathOf(i.url).slice(base.length).split('/')[1]).sort()).toEqual(content.map((c) => c.id).sort());
    const dates = items.map((i) => i.date_published);
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  test('the Atom feed is well-formed XML listing every decision', () => {
    const xml = read('feed.xml');
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = new XMLParser({ ignoreAttributes: false }).parse(xml).feed;
    const entries = [feed.entry].flat() as { id: string; updated: string }[];
    expect(entries.map((e) => pathOf(e.id).slice(base.length).split('/')[1]).sort()).toEqual(content.map((c) => c.id).sort());
    const dates = entries.map((e) => e.updated);
    expect([...dates].sort().reverse()).toEqual(dates);
  });
});
