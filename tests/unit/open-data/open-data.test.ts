import { describe, expect, test } from 'vitest';
import { parse } from 'csv-parse/sync';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import {
  DECISION_CSV_COLUMNS,
  decisionsFile,
  decisionsJsonSchema,
  exportDecisions,
  exportedDecisionSchema,
  FUNDING_CSV_COLUMNS,
  fundingRows,
  jsonFields,
  threeSixtyGiving,
} from '../../../src/lib/open-data/open-data.ts';
import { SUM_ROLES } from '../../../src/lib/core/sums.ts';
import { penceToPounds } from '../../../src/lib/core/money.ts';
import { csvRows, neutraliseFormula, toCsv } from '../../../src/lib/core/csv.ts';
import { amount, decision, signedOn } from '../../helpers/make-decision.ts';
import { realDecisions } from '../../helpers/content.ts';

const urlOf = (path: string) => `https://example.org/base${path}`;
const real = realDecisions();

/** One decision with a sum of every role, signed. */
const everyRole = decision('pcd-1', {
  reference: 'PCD 1',
  ...signedOn('2021-02-01', '1/2/2021'),
  funders: ['Home Office'],
  amounts: [
    { ...amount(13_500_000, '£135,000', 'accepted', true), funder: 'Home Office' },
    amount(50_000_000, '£500,000', 'bid'),
    amount(40_000_000, '£400,000', 'allocation'),
    amount(10_000_000, '£100,000', 'match-funding'),
    amount(200_000_000, '£2m', 'future-cap'),
    { ...amount(660_000_000, '£6.6m', 'other-decision-grant'), decision: 'PCD 990' },
    amount(5_000_000, '£50,000', 'component'),
    amount(80_000_000_000, '£800m', 'context'),
  ],
});
const unsigned = decision('ocs', { funders: ['Home Office'], amounts: [amount(170_100_000, '£1.701m', 'accepted', true)] });

describe('penceToPounds', () => {
  test.each([
    [0, '0.00'],
    [5, '0.05'],
    [1050, '10.50'],
    [136_000_000, '1360000.00'],
    [Number.MAX_SAFE_INTEGER, '90071992547409.91'],
  ])('writes %i pence as "%s"', (pence, pounds) => {
    expect(penceToPounds(pence)).toBe(pounds);
  });
});

describe('exportDecisions', () => {
  test('lists every real decision once, newest first, each sum exact in pence with its page anchor', () => {
    const exported = exportDecisions(real, urlOf);
    expect(exported.map((d) => d.id).sort()).toEqual(real.map((d) => d.id).sort());
    expect(exported.map((d) => d.id)).toEqual(['ocs-grant-2023-2027', 'pcd-1092', 'pcd-911', 'pcd-785', 'pcd-386']);
    for (const d of exported) {
      const source = real.find((r) => r.id === d.id)!;
      expect(d.sums.map((s) => s.pence)).toEqual(source.amounts.map((a) => a.pence));
      expect(d.sums.map((s) => s.url)).toEqual(source.amounts.map((_, i) => `https://example.org/base/decisions/${d.id}/#sum-${i + 1}`));
      expect(d.acceptedPence).toBe(source.amounts.filter((a) => a.role === 'accepted').reduce((n, a) => n + a.pence, 0));
    }
  });

  test('gives a decision without a signing date a null date and the reason', () => {
    const [exported] = exportDecisions([unsigned], urlOf);
    expect(exported).toMatchObject({ signedDate: null, signedAsWritten: null, signedNotStated: 'The published document has no signature block.' });
  });
});

describe('decisionsFile and its JSON Schema', () => {
  const schema = decisionsJsonSchema('https://example.org/base/data/decisions.schema.json');
  const validate = addFormats(new Ajv2020({ allErrors: true, strict: false })).compile(schema);

  test('the real export validates against the schema generated from the same definition', () => {
    const file = decisionsFile(real, urlOf);
    expect(validate(file), JSON.stringify(validate.errors)).toBe(true);
    expect(file.schema).toBe('https://example.org/base/data/decisions.schema.json');
    expect(file.licence.name).toBe('Open Government Licence v3.0');
  });

  test.each([
    ['a sum in pounds, not whole pence', (f: any) => (f.decisions[0].sums[0].pence = 1360000.5)],
    ['a role the site does not use', (f: any) => (f.decisions[0].sums[0].role = 'grant')],
    ['a field the schema does not know', (f: any) => (f.decisions[0].extra = true)],
    ['a date written UK-style', (f: any) => (f.decisions[1].signedDate = '10/12/2021')],
  ])('the schema rejects %s', (_, spoil) => {
    const file = structuredClone(decisionsFile(real, urlOf));
    spoil(file);
    expect(validate(file)).toBe(false);
  });

  test('lists a field of the page table for every field of the schema, each with a description', () => {
    const fields = jsonFields(exportedDecisionSchema, ['sums']);
    expect(fields.map((f) => f.name)).toEqual(expect.arrayContaining(Object.keys(exportedDecisionSchema.shape)));
    expect(fields.map((f) => f.name)).toContain('source.publisher');
    expect(fields.filter((f) => !f.description)).toEqual([]);
  });
});

describe('decisions.csv', () => {
  test('has a header and one row per decision, in the order of decisions.json', () => {
    const rows = csvRows(DECISION_CSV_COLUMNS, exportDecisions(real, urlOf));
    expect(rows[0]).toEqual(DECISION_CSV_COLUMNS.map((c) => c.name));
    expect(rows.slice(1).map((r) => r[0])).toEqual(exportDecisions(real, urlOf).map((d) => d.id));
  });

  test('joins lists with "; "', () => {
    const rows = parse(toCsv(DECISION_CSV_COLUMNS, exportDecisions(real, urlOf)), { columns: true }) as Record<string, string>[];
    const row = rows.find((r) => r['id'] === 'pcd-1092')!;
    expect(row['programmes']).toBe('Roads Policing ANPR; Operation Orochi; County Lines');
    expect(row['accepted_pence']).toBe('136000000');
  });

  test('round-trips through csv-parse with quotes, commas, new lines and "=cmd" in text', () => {
    const awkward = decision('pcd-2', {
      reference: 'PCD 2',
      title: '=cmd|\' /C calc\'!A0',
      summary: 'A "quoted", comma\nand a new line; then +SUM(1) and @here',
      recipient: '-2+3',
    });
    const rows = csvRows(DECISION_CSV_COLUMNS, exportDecisions([awkward], urlOf));
    const parsed = parse(toCsv(DECISION_CSV_COLUMNS, exportDecisions([awkward], urlOf))) as string[][];
    expect(parsed).toEqual(rows.map((row) => row.map(neutraliseFormula)));
    const record = Object.fromEntries(DECISION_CSV_COLUMNS.map((c, i) => [c.name, parsed[1]?.[i]]));
    expect(record['title']).toBe('\'=cmd|\' /C calc\'!A0');
    expect(record['summary']).toBe('A "quoted", comma\nand a new line; then +SUM(1) and @here');
    expect(record['recipient']).toBe("'-2+3");
  });
});

describe('neutraliseFormula', () => {
  test.each([
    ['=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'],
    ['+1+1', "'+1+1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['-cmd', "'-cmd"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', "'\rcmd"],
    ['-12.5', '-12.5'],
    ['£1.36m', '£1.36m'],
    ['a = b', 'a = b'],
    ['', ''],
  ])('%j becomes %j', (cell, expected) => {
    expect(neutraliseFormula(cell)).toBe(expected);
  });
});

describe('funding.csv', () => {
  test('has one row per sum of the real decisions, money exact in pence and pounds', () => {
    const rows = fundingRows(real, urlOf);
    expect(rows).toHaveLength(real.reduce((n, d) => n + d.amounts.length, 0));
    const parsed = parse(toCsv(FUNDING_CSV_COLUMNS, rows), { columns: true }) as Record<string, string>[];
    for (const [i, row] of parsed.entries()) {
      const source = real.find((d) => d.id === row['decision_id'])!;
      const index = Number(new URL(row['url'] ?? '').hash.slice('#sum-'.length)) - 1;
      expect(Number(row['pence'])).toBe(source.amounts[index]?.pence);
      expect(row['pounds']).toBe(penceToPounds(Number(row['pence'])));
      expect(row['sentence']).toBe(source.amounts[index]?.quote);
      expect(row['role']).toBe(rows[i]?.sum.role);
    }
  });

  test('gives the funding pages’ period, marking a year inferred from the signing date', () => {
    const noYear = decision('pcd-3', { reference: 'PCD 3', ...signedOn('2021-02-01', '1/2/2021'), amounts: [amount(100, '£1', 'accepted', true)] });
    const multi = decision('pcd-4', {
      reference: 'PCD 4',
      ...signedOn('2021-12-10', '10/12/2021'),
      amounts: [{ ...amount(470_000_000, '£4.7m', 'allocation', true), financialYears: ['2021/22', '2022/23'] }],
    });
    expect(fundingRows([noYear, multi, unsigned], urlOf).map((r) => [r.decision.id, r.period, r.periodInferred])).toEqual([
      ['pcd-4', '2021/22–2022/23', false],
      ['pcd-3', '2020/21', true],
      ['ocs', 'Not stated', false],
    ]);
  });

  test('names the funder a sum is tied to, and nothing when the document ties it to none', () => {
    const rows = fundingRows(real, urlOf).filter((r) => r.decision.id === 'ocs-grant-2023-2027');
    expect(rows.map((r) => r.sum.funder).slice(0, 3)).toEqual([null, 'Home Office', 'East Midlands Special Operations Unit (EMSOU)']);
  });
});

describe('threeSixtyGiving', () => {
  test('makes one grant of the accepted sum only, whatever other roles the decision states', () => {
    const { package: data } = threeSixtyGiving([everyRole], urlOf);
    expect(SUM_ROLES.length).toBe(everyRole.amounts.length);
    expect(data.grants).toEqual([
      expect.objectContaining({
        id: '360G-mopac-decisions-pcd-1-sum-1',
        amountAwarded: 135000,
        awardDate: '2021-02-01',
        currency: 'GBP',
        url: 'https://example.org/base/decisions/pcd-1/#sum-1',
        fundingOrganization: [{ id: '360G-mopac-decisions-org-home-office', name: 'Home Office' }],
        recipientOrganization: [{ id: '360G-mopac-decisions-org-metropolitan-police-service', name: 'Metropolitan Police Service' }],
      }),
    ]);
  });

  test('leaves out an accepted sum without a signing date and says why', () => {
    const result = threeSixtyGiving([everyRole, unsigned], urlOf);
    expect(result.package.grants.map((g) => g.id)).toEqual(['360G-mopac-decisions-pcd-1-sum-1']);
    expect(result.excluded).toEqual([{ decisionId: 'ocs', reference: null, pence: 170_100_000, reason: expect.stringMatching(/no signing date/) }]);
  });

  test('leaves out a decision signed in a month but on no stated day', () => {
    const monthOnly = decision('pcd-5', { reference: 'PCD 5', signed: { date: '2024-03', asWritten: 'March 2024' }, funders: ['Home Office'], amounts: [amount(100, '£1', 'accepted', true)] });
    expect(threeSixtyGiving([monthOnly], urlOf).excluded[0]?.reason).toMatch(/only the month/);
  });

  test('names every funder of the decision when the accepted sum is tied to none, and leaves it out when there are none', () => {
    const two = decision('pcd-6', {
      reference: 'PCD 6',
      ...signedOn('2021-02-01', '1/2/2021'),
      funders: ['Home Office', 'East Midlands Special Operations Unit (EMSOU)'],
      amounts: [amount(100, '£1', 'accepted', true)],
    });
    const none = decision('pcd-7', { reference: 'PCD 7', ...signedOn('2021-02-01', '1/2/2021'), amounts: [amount(100, '£1', 'accepted', true)] });
    const result = threeSixtyGiving([two, none], urlOf);
    expect(result.package.grants[0]?.fundingOrganization.map((o) => o.name)).toEqual(['Home Office', 'East Midlands Special Operations Unit (EMSOU)']);
    expect(result.excluded.map((e) => [e.decisionId, e.reason])).toEqual([['pcd-7', 'the document names no funder']]);
  });

  test('on the real decisions: the accepted sums of signed decisions, to the penny, titles under 140 characters', () => {
    const { package: data, excluded } = threeSixtyGiving(real, urlOf);
    const expected = real.flatMap((d) => (d.signed.date ? d.amounts.filter((a) => a.role === 'accepted').map((a) => a.pence) : []));
    expect(data.grants.map((g) => Math.round(g.amountAwarded * 100)).sort()).toEqual(expected.sort());
    expect(excluded.map((e) => e.decisionId).sort()).toEqual(['ocs-grant-2023-2027', 'pcd-785']);
    for (const grant of data.grants) expect(grant.title.length).toBeLessThan(140);
    expect(data).toMatchObject({ version: '1.4', license: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/' });
    expect(data).not.toHaveProperty('issued');
  });
});
