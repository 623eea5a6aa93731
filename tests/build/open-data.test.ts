/**
 * The open data files in both builds: they exist, parse with real parsers (csv-parse, JSON,
 * fast-xml-parser), validate against their schemas (decisions.json against the schema published
 * beside it, the 360Giving file against the standard's own schema), list every decision, every sum in
 * them equals the sum its decision page shows, and every address is absolute and under the base path.
 *
 * The 360Giving schemas are read from ../shared/schemas/360giving (CC BY 4.0, 360Giving), which CI
 * checks out beside the repository, as it does the seeds other build tests read; they are not copied
 * here so that there is one copy to update.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'csv-parse/sync';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Element, Root, RootContent } from 'hast';
import { toText } from 'hast-util-to-text';
import { contentFiles, DIST, readHtml, ROOT, SUBPATH_BASE, SUBPATH_DIST } from '../helpers/site.ts';
import { collapseWhitespace } from '../../src/lib/core/text.ts';

const content = contentFiles();
const SCHEMAS = path.resolve(ROOT, '..', 'shared', 'schemas', '360giving');
const FILES = ['data/index.html', 'data/decisions.json', 'data/decisions.schema.json', 'data/decisions.csv', 'data/funding.csv', 'data/360giving.json', 'feed.xml', 'feed.json'];

/** The content files by decision id. */
const byId = new Map(content.map((c) => [c.id, c]));

/** The sum (pence) the decision page's facts panel shows in the row that links to #sum-N. */
function pageSum(dir: string, id: string, anchor: string): number | null {
  const html = readFileSync(path.join(dir, 'decisions', id, 'index.html'), 'utf8');
  const row = html.split('<tr').find((chunk) => chunk.includes(`href="#${anchor}"`));
  const value = row ? /<data value="(\d+)">/.exec(row)?.[1] : undefined;
  return value === undefined ? null : Number(value);
}

/** The text of the element that holds the anchor `id` on a decision page: the sentence's paragraph. */
function anchoredText(tree: Root, id: string): string | null {
  let found: string | null = null;
  const walk = (node: Root | Element) => {
    for (const child of node.children as RootContent[]) {
      if (found !== null || child.type !== 'element') continue;
      if (child.children.some((c) => c.type === 'element' && c.properties['id'] === id)) found = collapseWhitespace(toText(child));
      else walk(child);
    }
  };
  walk(tree);
  return found;
}

describe.each([
  ['domain root', DIST, '/'],
  ['sub-path', SUBPATH_DIST, SUBPATH_BASE],
])('the open data of the %s build', (_, dir, base) => {
  const read = (file: string) => readFileSync(path.join(dir, file), 'utf8');
  /** Asserts an absolute http(s) address under the base path, and gives the path after the base. */
  const underBase = (url: string): string => {
    const parsed = new URL(url);
    expect(parsed.protocol, url).toMatch(/^https?:$/);
    expect(parsed.pathname.startsWith(base), `${url} is not under ${base}`).toBe(true);
    return parsed.pathname.slice(base.length);
  };
  const decisionIdOf = (url: string) => /^decisions\/([^/]+)\/$/.exec(underBase(url))?.[1];
  const pages = new Map<string, Root>();
  const page = (id: string) => {
    if (!pages.has(id)) pages.set(id, readHtml(dir, `decisions/${id}/index.html`).tree);
    return pages.get(id)!;
  };

  test.each(FILES)('%s exists', (file) => {
    expect(existsSync(path.join(dir, file))).toBe(true);
  });

  test('the data page links every file and feed under the base path', () => {
    const html = read('data/index.html');
    for (const file of FILES.filter((f) => f !== 'data/index.html')) expect(html).toContain(`href="${base}${file}"`);
    expect(html.match(/<h1[\s>]/g)).toHaveLength(1);
  });

  test('decisions.csv has one row per decision, matching its content file', () => {
    const rows = parse(read('data/decisions.csv'), { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r['id']).sort()).toEqual(content.map((c) => c.id).sort());
    for (const row of rows) {
      const file = byId.get(row['id'] ?? '')!;
      const accepted = file.data.amounts.filter((a) => a.role === 'accepted').reduce((n, a) => n + a.pence, 0);
      expect(Number(row['accepted_pence']), row['id']).toBe(accepted);
      expect(row['title']).toBe(file.data.title);
      expect(row['reference']).toBe(file.data.reference ?? '');
      expect(row['signed_date']).toBe(file.data.signed.date ?? '');
      expect(row['funders']).toBe(file.data.funders.join('; '));
      expect(row['part_two']).toBe(file.data.partTwo.status);
      expect(Number(row['sums'])).toBe(file.data.amounts.length);
      expect(decisionIdOf(row['url'] ?? '')).toBe(file.id);
    }
  });

  test('funding.csv has one row per sum, each equal to the sum its decision page shows beside its sentence', () => {
    const rows = parse(read('data/funding.csv'), { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(content.reduce((n, c) => n + c.data.amounts.length, 0));
    const seen = new Set<string>();
    for (const row of rows) {
      const url = new URL(row['url'] ?? '');
      const id = row['decision_id'] ?? '';
      const anchor = url.hash.slice(1);
      seen.add(`${id}#${anchor}`);
      expect(decisionIdOf(url.href.replace(url.hash, ''))).toBe(id);
      // The facts panel's figure for this sum, and the paragraph its "Read the sentence" link lands on.
      expect(pageSum(dir, id, anchor), row['url']).toBe(Number(row['pence']));
      expect(anchoredText(page(id), anchor), row['url']).toContain(row['as_written']);
      const amount = byId.get(id)!.data.amounts[Number(anchor.replace('sum-', '')) - 1]!;
      expect([amount.pence, amount.role, amount.quote, amount.asWritten]).toEqual([Number(row['pence']), row['role'], row['sentence'], row['as_written']]);
      const [pounds = '', pence = ''] = (row['pounds'] ?? '').split('.');
      expect(Number(pounds) * 100 + Number(pence)).toBe(Number(row['pence']));
    }
    expect(seen.size).toBe(rows.length);
  });

  test('decisions.json validates against the schema published beside it, and its sums are the pages’ sums', () => {
    const data = JSON.parse(read('data/decisions.json'));
    const schema = JSON.parse(read('data/decisions.schema.json'));
    expect(underBase(schema.$id)).toBe('data/decisions.schema.json');
    expect(data.schema).toBe(schema.$id);
    const ajv = addFormats(new Ajv2020({ allErrors: true, strict: false }));
    const validate = ajv.compile(schema);
    expect(validate(data), ajv.errorsText(validate.errors)).toBe(true);
    expect(data.decisions.map((d: { id: string }) => d.id).sort()).toEqual(content.map((c) => c.id).sort());
    for (const decision of data.decisions as { id: string; url: string; sums: { pence: number; url: string }[] }[]) {
      expect(decisionIdOf(decision.url)).toBe(decision.id);
      expect(decision.sums).toHaveLength(byId.get(decision.id)!.data.amounts.length);
      for (const sum of decision.sums) expect(pageSum(dir, decision.id, new URL(sum.url).hash.slice(1))).toBe(sum.pence);
    }
  });

  test('the published schema rejects a decisions.json with a sum in pounds instead of pence', () => {
    const data = JSON.parse(read('data/decisions.json'));
    data.decisions[0].sums[0].pence = 1.5;
    const validate = addFormats(new Ajv2020({ strict: false })).compile(JSON.parse(read('data/decisions.schema.json')));
    expect(validate(data)).toBe(false);
  });

  test('360giving.json is valid 360Giving data of the accepted sums of signed decisions only', () => {
    const packageSchema = JSON.parse(readFileSync(path.join(SCHEMAS, '360-giving-package-schema.json'), 'utf8'));
    const grantSchema = JSON.parse(readFileSync(path.join(SCHEMAS, '360-giving-schema.json'), 'utf8'));
    const ajv = addFormats(new Ajv2020({ allErrors: true, strict: false }));
    // The 1.4.3 package schema refers to the grant schema by its 1.4.2 address
    // (…/standard/1.4.2/schema/360-giving-schema.json), so the 1.4.3 grant schema is registered under
    // that address. Both name the meta-schema "http://json-schema.org/draft/2020-12/schema", which Ajv
    // knows only as https; the $schema keyword is dropped, the draft being Ajv2020's own.
    const { $schema: _p, ...packageBody } = packageSchema;
    const { $schema: _g, ...grantBody } = grantSchema;
    ajv.addSchema({ ...grantBody, $id: packageSchema.properties.grants.items.$ref });
    const validate = ajv.compile(packageBody);
    const data = JSON.parse(read('data/360giving.json'));
    expect(validate(data), ajv.errorsText(validate.errors)).toBe(true);
    expect(data).not.toHaveProperty('issued');
    expect(underBase(data.downloadURL)).toBe('data/360giving.json');
    const expected = content.flatMap((c) =>
      c.data.signed.date ? c.data.amounts.flatMap((a, i) => (a.role === 'accepted' ? [`${c.id}#sum-${i + 1} ${a.pence}`] : [])) : [],
    );
    expect(expected.length).toBeGreaterThan(0);
    const grants = data.grants as { id: string; url: string; awardDate: string; amountAwarded: number; fundingOrganization: { name: string }[] }[];
    expect(grants.map((g) => `${decisionIdOf(g.url.replace(/#.*$/, ''))}${new URL(g.url).hash} ${Math.round(g.amountAwarded * 100)}`).sort()).toEqual(expected.sort());
    for (const grant of grants) {
      const file = byId.get(decisionIdOf(grant.url.replace(/#.*$/, '')) ?? '')!;
      expect(grant.awardDate).toBe(file.data.signed.date);
      expect(grant.id).toMatch(/^360G-mopac-decisions-/);
      for (const funder of grant.fundingOrganization) expect(file.data.funders as readonly string[]).toContain(funder.name);
    }
  });

  test('the JSON Feed 1.1 lists every decision once, newest first, at absolute addresses under the base', () => {
    const feed = JSON.parse(read('feed.json'));
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(underBase(feed.feed_url)).toBe('feed.json');
    expect(underBase(feed.home_page_url)).toBe('');
    const items = feed.items as { id: string; url: string; title: string; date_published: string }[];
    expect(items.map((i) => decisionIdOf(i.url)).sort()).toEqual(content.map((c) => c.id).sort());
    for (const item of items) {
      expect(item.id).toBe(item.url);
      expect(item.title).toContain(byId.get(decisionIdOf(item.url) ?? '')!.data.title);
    }
    const dates = items.map((i) => i.date_published);
    expect(dates.every((d) => !Number.isNaN(Date.parse(d)))).toBe(true);
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  test('the Atom feed is well-formed XML listing every decision once, newest first, under the base', () => {
    const xml = read('feed.xml');
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = new XMLParser({ ignoreAttributes: false }).parse(xml).feed;
    expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    const entries = [feed.entry].flat() as { id: string; updated: string; link: { '@_href': string } }[];
    expect(entries.map((e) => decisionIdOf(e.id)).sort()).toEqual(content.map((c) => c.id).sort());
    for (const entry of entries) expect(entry.link['@_href']).toBe(entry.id);
    const self = [feed.link].flat().find((l: { '@_rel': string }) => l['@_rel'] === 'self');
    expect(underBase(self['@_href'])).toBe('feed.xml');
    const dates = entries.map((e) => e.updated);
    expect([...dates].sort().reverse()).toEqual(dates);
    expect(feed.updated).toBe(dates[0]);
  });
});
