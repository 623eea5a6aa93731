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
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Element, Root, RootContent } from 'hast';
import { toText } from 'hast-util-to-text';
import { contentFiles, DIST, readHtml, ROOT, SUBPATH_BASE, SUBPATH_DIST } from '../helpers/site.ts';
import { realDecisions } from '../helpers/content.ts';
import { collapseWhitespace } from '../../src/lib/core/text.ts';
import { placingDate } from '../../src/lib/core/decisions.ts';
import { FUNDING_VIEWS } from '../../src/lib/funding/funding.ts';
import { GRANT_QUALITY_CHECKS } from '../../src/lib/open-data/grant-quality.ts';
import {
  NUMBER_COLUMNS,
  pounds,
  sourceByYear,
  sourceDecisionRows,
  sourceFundingRows,
  sourceLedger,
  sourcePerDecision,
  sourceSigned,
  type SourceRow,
} from '../unit/open-data/source-rows.ts';
import { expectSheet, readSheets } from '../unit/open-data/read-xlsx.ts';

const content = contentFiles();
/** The source decisions, loaded as the build loads them: every column of every data file is checked against these. */
const decisions = realDecisions();
const SCHEMAS = path.resolve(ROOT, '..', 'shared', 'schemas', '360giving');
const FILES = ['data/index.html', 'data/decisions.json', 'data/decisions.schema.json', 'data/decisions.csv', 'data/funding.csv', 'data/decisions.xlsx', 'data/360giving.json', 'feed.xml', 'feed.json'];

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
    const rows = parse(read('data/decisions.csv'), { bom: true, columns: true }) as Record<string, string>[];
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
    const rows = parse(read('data/funding.csv'), { bom: true, columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(content.reduce((n, c) => n + c.data.amounts.length, 0));
    const seen = new Set<string>();
    for (const row of rows) {
      const id = row['decision_id'] ?? '';
      if (byId.get(id)!.data.evidence !== 'full-text') {
        // A register record's sums link its register page, at the place the row names; the column tests check the rest.
        expect(row['url']).toBe(byId.get(id)!.data.register?.page);
        expect(row['location']).not.toBe('');
        seen.add(`${id}#${row['location']}#${row['pence']}#${row['as_written']}`);
        continue;
      }
      const url = new URL(row['url'] ?? '');
      const anchor = url.hash.slice(1);
      seen.add(`${id}#${anchor}`);
      expect(decisionIdOf(url.href.replace(url.hash, ''))).toBe(id);
      // The facts panel's figure for this sum, and the paragraph its "Read the sentence" link lands on. A
      // decision known only from the register has no sentence here (its row links to the register page);
      // its sums are checked against the source by the column tests below.
      if (byId.get(id)!.data.evidence === 'full-text') {
        expect(pageSum(dir, id, anchor), row['url']).toBe(Number(row['pence']));
        expect(anchoredText(page(id), anchor), row['url']).toContain(row['as_written']);
      }
      const amount = byId.get(id)!.data.amounts[Number(anchor.replace('sum-', '')) - 1]!;
      expect([amount.pence, amount.role, amount.quote ?? '', amount.asWritten]).toEqual([Number(row['pence']), row['role'], row['sentence'], row['as_written']]);
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
      if (byId.get(decision.id)!.data.evidence !== 'full-text') continue;
      for (const sum of decision.sums) expect(pageSum(dir, decision.id, new URL(sum.url).hash.slice(1))).toBe(sum.pence);
    }
  });

  test('the published schema rejects a decisions.json with a sum in pounds instead of pence', () => {
    const data = JSON.parse(read('data/decisions.json'));
    data.decisions[0].sums[0].pence = 1.5;
    const validate = addFormats(new Ajv2020({ strict: false })).compile(JSON.parse(read('data/decisions.schema.json')));
    expect(validate(data)).toBe(false);
  });

  test('360giving.json is valid 360Giving data of every accepted sum, and passes the Data Quality Tool’s checks', () => {
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
    expect(underBase(data.publisher.website)).toBe('');
    const today = new Date().toISOString().slice(0, 10);
    for (const check of GRANT_QUALITY_CHECKS.filter((c) => c.flaggedBecause === undefined)) expect(check.failures(data.grants, today), check.name).toEqual([]);
    type BuiltGrant = { id: string; url: string; awardDate: string; description: string; amountAwarded: number; plannedDates?: { startDate: string; endDate: string }[]; fundingOrganization: { id: string; name: string }[]; recipientOrganization: { id: string; name: string }[] };
    const grants = data.grants as BuiltGrant[];
    const expected = decisions.flatMap((d) => d.amounts.flatMap((a, i) => (a.role === 'accepted' ? [`${d.id}#sum-${i + 1} ${a.pence}`] : [])));
    expect(grants.map((g) => `${decisionIdOf(g.url.replace(/#.*$/, ''))}${new URL(g.url).hash} ${Math.round(g.amountAwarded * 100)}`).sort()).toEqual(expected.sort());
    for (const grant of grants) {
      const d = decisions.find((x) => x.id === decisionIdOf(grant.url.replace(/#.*$/, '')))!;
      const a = d.amounts[Number(new URL(grant.url).hash.slice('#sum-'.length)) - 1]!;
      expect(grant.awardDate, grant.id).toBe(d.signed.date ?? placingDate(d)?.iso);
      expect(grant.description.includes('Award date: the document gives no signing date'), grant.id).toBe(!d.signed.date);
      expect(grant.fundingOrganization.map((o) => o.name).every((n) => (a.funder ? [a.funder] : d.funders).some((f) => f.startsWith(n))), grant.id).toBe(true);
      expect(grant.fundingOrganization.find((o) => o.name === 'Home Office')?.id ?? 'GB-GOR-D16').toBe('GB-GOR-D16');
      expect(d.recipient.startsWith(grant.recipientOrganization[0]?.name ?? '?'), grant.id).toBe(true);
      const years = [...a.financialYears, ...(a.perYear ?? []).map((y) => y.financialYear)];
      const all = (years.length > 0 ? years : d.financialYears).map((fy) => Number(fy.slice(0, 4))).sort();
      expect(grant.plannedDates?.[0], grant.id).toEqual(all.length === 0 ? undefined : expect.objectContaining({ startDate: `${all[0]}-04-01`, endDate: `${all[all.length - 1]! + 1}-03-31` }));
    }
  });

  /** The absolute address of a site path in this build: the origin decisions.json's own addresses use, then the base. */
  const urlOf = (p: string) => `${new URL(JSON.parse(read('data/decisions.json')).schema).origin}${base}${p.slice(1)}`;
  const csvFile = (file: string) => parse(readFileSync(path.join(dir, file)), { bom: true, columns: true }) as SourceRow[];
  const csvFiles = () => ['data/decisions.csv', 'data/funding.csv', ...readdirSync(path.join(dir, 'funding', 'csv')).map((name) => `funding/csv/${name}`)];

  test('every CSV file starts with the UTF-8 byte-order mark', () => {
    for (const file of csvFiles()) expect([...readFileSync(path.join(dir, file)).subarray(0, 3)], file).toEqual([0xef, 0xbb, 0xbf]);
  });

  test('decisions.csv holds in every column of every row what the source decision says', () => {
    expect(csvFile('data/decisions.csv')).toEqual(sourceDecisionRows(decisions, urlOf));
  });

  test('funding.csv holds in every column of every sum what the source says: programme, programme_id, funder, years, period…', () => {
    expect(csvFile('data/funding.csv')).toEqual(sourceFundingRows(decisions, urlOf));
  });

  test('decisions.json holds in every field of every decision and sum what the source says', () => {
    type Json = Record<string, unknown> & { programmes: { id: string; name: string }[]; source: Record<string, string | null>; sums: (Record<string, unknown> & { programme: { id: string; name: string } | null })[] };
    const text = (v: unknown) => (v === null ? '' : Array.isArray(v) ? v.join('; ') : String(v));
    const json = JSON.parse(read('data/decisions.json')).decisions as Json[];
    const flat = json.map((d) => ({
      ...Object.fromEntries(['id', 'reference', 'title', 'summary', 'signedDate', 'signedAsWritten', 'signedNotStated', 'placingDate', 'placingBasis', 'decisionTypes', 'financialYears'].map((k) => [k, text(d[k])])),
      programmes: text(d.programmes.map((p) => p.name)),
      programme_ids: text(d.programmes.map((p) => p.id)),
      ...Object.fromEntries(['funders', 'recipient', 'partTwo'].map((k) => [k, text(d[k])])),
      sums: String(d.sums.length),
      accepted_pence: text(d['acceptedPence']),
      accepted_pounds: pounds(Number(d['acceptedPence'])),
      url: text(d['url']),
      evidence: text(d['evidence']),
      register_page: text(d['registerPage']),
      approval_recorded: text(d['approvalRecorded']),
      source_file: text(d.source['file']),
      source_publisher: text(d.source['publisher']),
      source_url: text(d.source['url']),
    }));
    expect(flat.map((row) => Object.values(row))).toEqual(sourceDecisionRows(decisions, urlOf).map((row) => Object.values(row)));
    const sums = json.flatMap((d) =>
      d.sums.map((s) => [d['id'], d['reference'] ?? '', d['signedDate'] ?? '', s['role'], String(s['principal']), String(s['pence']), s['pounds'], s['asWritten'], text(s['financialYears']), s.programme?.name ?? '', s.programme?.id ?? '', s['funder'] ?? '', s['otherDecision'] ?? '', s['note'] ?? '', s['quote'] ?? '', s['url'], d['evidence'], s['location'] ?? '']),
    );
    const omit = new Set(['period', 'period_inferred']);
    expect(sums).toEqual(sourceFundingRows(decisions, urlOf).map((row) => Object.entries(row).flatMap(([k, v]) => (omit.has(k) ? [] : [v]))));
  });

  test('decisions.xlsx holds every cell of decisions.csv and funding.csv, numbers as numbers and the rest as text', async () => {
    const sheets = await readSheets(readFileSync(path.join(dir, 'data/decisions.xlsx')));
    expectSheet(sheets.get('decisions'), sourceDecisionRows(decisions, urlOf), NUMBER_COLUMNS.decisions);
    expectSheet(sheets.get('funding'), sourceFundingRows(decisions, urlOf), NUMBER_COLUMNS.funding);
  });

  describe.each(FUNDING_VIEWS.map((v) => [v.id] as const))('the %s funding tables', (view) => {
    // The "all" view holds every accepted sum, so each table must equal the source exactly. Which sums a
    // programme's view holds is the funding page's rule (tests/unit/funding); here each of its rows must
    // still be true to the source: a ledger line is a source sum, a total is at most the decision's.
    const all = view === 'all';
    const join = (rows: SourceRow[], columns: string[]) => rows.map((r) => columns.map((c) => r[c]).join(' | ')).sort();
    const within = (got: string[], source: string[]) => (all ? expect(got).toEqual(source) : expect(source).toEqual(expect.arrayContaining(got)));
    const totals = (lines: string[]) => new Map(lines.map((l) => l.split(' | ')).map(([a, b, pence]) => [`${a} | ${b}`, Number(pence)]));
    const atMost = (got: string[], source: string[]) => {
      const limit = totals(source);
      if (all) expect(got).toEqual(source);
      for (const [key, pence] of totals(got)) expect(pence, key).toBeLessThanOrEqual(limit.get(key) ?? 0);
    };

    test('ledger: every accepted sum with its period, programme, words, sentence and address', () => {
      within(join(csvFile(`funding/csv/${view}-ledger.csv`), ['period', 'programme', 'decision', 'pence', 'pounds', 'as_written', 'sentence', 'url']), sourceLedger(decisions, urlOf));
    });

    test('by-year: the accepted pence of each period and programme, from the source sums', () => {
      const rows = csvFile(`funding/csv/${view}-by-year.csv`);
      if (all) expect(join(rows, ['period', 'programme', 'accepted_pence', 'accepted_pounds'])).toEqual(sourceByYear(decisions));
      const total = (lines: string[]) => lines.reduce((n, line) => n + Number(line.split(' | ')[2]), 0);
      expect(total(join(rows, ['period', 'programme', 'accepted_pence']))).toBeLessThanOrEqual(total(sourceByYear(decisions)));
      for (const row of rows) expect(row['accepted_pounds']).toBe(pounds(Number(row['accepted_pence'])));
    });

    test('per-decision: each decision’s accepted total at its placing date', () => {
      atMost(join(csvFile(`funding/csv/${view}-per-decision.csv`), ['decision', 'placing_date', 'accepted_pence', 'accepted_pounds']), sourcePerDecision(decisions));
    });

    test('cumulative: the same totals in date order, each running total the sum of those before, "1" for a signing date', () => {
      const rows = csvFile(`funding/csv/${view}-cumulative.csv`);
      atMost(join(rows.map((r) => ({ ...r, accepted_pounds: pounds(Number(r['accepted_pence'])) })), ['decision', 'placing_date', 'accepted_pence', 'accepted_pounds']), sourcePerDecision(decisions));
      expect(rows.map((r) => r['placing_date'])).toEqual(rows.map((r) => r['placing_date']).sort());
      let running = 0;
      for (const row of rows) {
        running += Number(row['accepted_pence']);
        expect([row['running_total_pence'], row['running_total_pounds'], row['date_is_signing_date']]).toEqual([String(running), pounds(running), sourceSigned(decisions).get(row['decision']!)]);
      }
    });
  });

  test('the JSON Feed 1.1 lists every decision once, newest first, at absolute addresses under the base', () => {
    const feed = JSON.parse(read('feed.json'));
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(underBase(feed.feed_url)).toBe('feed.json');
    expect(underBase(feed.home_page_url)).toBe('');
    const items = feed.items as { id: string; url: string; title: string; date_published: string }[];
    expect(items.map((i) => decisionIdOf(i.url)).sort()).toEqual(content.map((c) => c.id).sort());
    for (const item of items) {
      // The id does not depend on where the site is hosted (issue 17, point 4).
      expect(item.id).toBe(`tag:mopac-funding-decisions,${byId.get(decisionIdOf(item.url) ?? '')!.data.addedOn}:decisions/${decisionIdOf(item.url)}`);
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
    expect(entries.map((e) => decisionIdOf(e.link['@_href'])).sort()).toEqual(content.map((c) => c.id).sort());
    for (const entry of entries) expect(entry.id).toBe(`tag:mopac-funding-decisions,${byId.get(decisionIdOf(entry.link['@_href']) ?? '')!.data.addedOn}:decisions/${decisionIdOf(entry.link['@_href'])}`);
    const self = [feed.link].flat().find((l: { '@_rel': string }) => l['@_rel'] === 'self');
    expect(underBase(self['@_href'])).toBe('feed.xml');
    const dates = entries.map((e) => e.updated);
    expect([...dates].sort().reverse()).toEqual(dates);
    expect(feed.updated).toBe(dates[0]);
  });
});

/** LibreOffice's command on PATH, when installed (Debian package libreoffice-calc); CI does not install it. */
const SOFFICE = (process.env['PATH'] ?? '').split(path.delimiter).map((folder) => path.join(folder, 'soffice')).find((file) => existsSync(file)) ?? null;

/** Converts files to .xlsx with LibreOffice headless, in a profile of its own, and gives the folder they are in. */
function libreOfficeXlsx(files: readonly string[], infilter: string | null): string {
  const out = mkdtempSync(path.join(tmpdir(), 'lo-open-data-'));
  const profile = `file://${path.join(out, 'profile')}`;
  const args = ['--headless', `-env:UserInstallation=${profile}`, ...(infilter ? [`--infilter=${infilter}`] : []), '--convert-to', 'xlsx', '--outdir', out, ...files];
  const run = spawnSync(SOFFICE!, args, { encoding: 'utf8', timeout: 120_000 });
  expect(run.status, run.stderr).toBe(0);
  return out;
}

describe.runIf(SOFFICE !== null)('the open data opened in LibreOffice (soffice --headless)', () => {
  const files = ['data/decisions.csv', 'data/funding.csv', ...readdirSync(path.join(DIST, 'funding', 'csv')).map((name) => `funding/csv/${name}`)];
  const numeric = (column: string) => /(^|_)(pence|pounds)$/.test(column) || column === 'sums';

  test('reads every CSV as UTF-8: every cell it keeps as text is exactly the CSV’s (£, dashes, curly quotes), every sum a number', async () => {
    // 76 is LibreOffice's code for UTF-8, the encoding the byte-order mark declares; LibreOffice drops the mark.
    const out = libreOfficeXlsx(files.map((f) => path.join(DIST, f)), 'CSV:44,34,76,1');
    try {
      const retyped = new Set<string>();
      let pounds = 0;
      for (const file of files) {
        const rows = parse(readFileSync(path.join(DIST, file)), { bom: true }) as string[][];
        const sheet = [...(await readSheets(readFileSync(path.join(out, `${path.basename(file, '.csv')}.xlsx`)))).values()][0]!;
        expect(sheet.header, file).toEqual(rows[0]);
        for (const [r, row] of sheet.rows.entries()) {
          for (const [c, cell] of row.entries()) {
            const column = sheet.header[c]!;
            const text = rows[r + 1]?.[c] ?? '';
            if (text === '') continue;
            if (numeric(column)) expect([cell.type, cell.value], `${file} ${column}`).toEqual([ExcelJS.ValueType.Number, Number(text)]);
            else if (typeof cell.value === 'string') expect(cell.value, `${file} ${column}`).toBe(text);
            else retyped.add(column);
            if (typeof cell.value === 'string' && cell.value.includes('£')) pounds += 1;
          }
        }
      }
      expect(pounds).toBeGreaterThan(0);
      // What a spreadsheet makes of a CSV by itself: dates (ISO or as printed, "1/2/2021" among them), true/false
      // and 1 become values of its own. The data page says so, and offers decisions.xlsx instead.
      const MAY_BE_RETYPED = ['signed_date', 'signed_as_written', 'placing_date', 'principal', 'period_inferred', 'date_is_signing_date', 'approval_recorded'];
      expect(MAY_BE_RETYPED).toEqual(expect.arrayContaining([...retyped]));
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  test('opens decisions.xlsx with every cell of both sheets as the source says: "1/2/2021" text, sums numbers', async () => {
    const out = libreOfficeXlsx([path.join(DIST, 'data', 'decisions.xlsx')], null);
    try {
      const sheets = await readSheets(readFileSync(path.join(out, 'decisions.xlsx')));
      const urlOf = (p: string) => `${new URL(JSON.parse(readFileSync(path.join(DIST, 'data', 'decisions.json'), 'utf8')).schema).origin}${p}`;
      expectSheet(sheets.get('decisions'), sourceDecisionRows(decisions, urlOf), NUMBER_COLUMNS.decisions);
      expectSheet(sheets.get('funding'), sourceFundingRows(decisions, urlOf), NUMBER_COLUMNS.funding);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});

if (SOFFICE === null) {
  test.skip('LibreOffice checks skipped: soffice is not on PATH (install Debian’s libreoffice-calc to open the CSV and xlsx files in it)', () => {});
}
