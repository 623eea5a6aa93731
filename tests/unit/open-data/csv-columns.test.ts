import { describe, expect, test } from 'vitest';
import { parse } from 'csv-parse/sync';
import { DECISION_CSV_COLUMNS, FUNDING_CSV_COLUMNS, fundingRows } from '../../../src/lib/open-data/csv-columns.ts';
import { exportDecisions } from '../../../src/lib/open-data/decisions-json.ts';
import { penceToPounds } from '../../../src/lib/core/money.ts';
import { csvRows, neutraliseFormula, toCsv } from '../../../src/lib/core/csv.ts';
import { amount, decision, signedOn } from '../../helpers/make-decision.ts';
import { real, unsigned, urlOf } from './fixtures.ts';
import { sourceDecisionRows, sourceFundingRows } from './source-rows.ts';

/** Decisions not published here in full: one from the register, one known only from a citation, and one with no date. */
const knownApart = [
  decision('pcd-1216', {
    evidence: 'register',
    reference: 'PCD 1216',
    ...signedOn('2022-06-01', '1/6/2022'),
    register: { page: 'https://www.london.gov.uk/pcd-1216' },
    source: {},
    amounts: [{ pence: 3_990_000_000, asWritten: '£39.9m', role: 'accepted', principal: true, location: 'recommendation 1' }],
  }),
  decision('pcd-726', {
    evidence: 'citation',
    reference: 'PCD 726',
    decisionTypes: [],
    source: {},
    financialYears: ['2020/21'],
    amounts: [{ pence: 100_000, asWritten: '£1,000', role: 'accepted', principal: true }],
  }),
  unsigned,
];

describe('decisions.csv', () => {
  test('holds in every column of every row what the source decision says (worked out apart from the column list)', () => {
    expect(parse(toCsv(DECISION_CSV_COLUMNS, exportDecisions(real, urlOf)), { bom: true, columns: true })).toEqual(sourceDecisionRows(real, urlOf));
  });

  test('holds every column for a decision known from the register, one only cited, and one with no date at all', () => {
    // No source file, no sentence, no placing date: the empty cells a full-text decision never has.
    expect(parse(toCsv(DECISION_CSV_COLUMNS, exportDecisions(knownApart, urlOf)), { bom: true, columns: true })).toEqual(sourceDecisionRows(knownApart, urlOf));
    expect(parse(toCsv(FUNDING_CSV_COLUMNS, fundingRows(knownApart, urlOf)), { bom: true, columns: true })).toEqual(sourceFundingRows(knownApart, urlOf));
  });

  test('has a header and one row per decision, in the order of decisions.json', () => {
    const rows = csvRows(DECISION_CSV_COLUMNS, exportDecisions(real, urlOf));
    expect(rows[0]).toEqual(DECISION_CSV_COLUMNS.map((c) => c.name));
    expect(rows.slice(1).map((r) => r[0])).toEqual(exportDecisions(real, urlOf).map((d) => d.id));
  });

  test('joins lists with "; "', () => {
    const rows = parse(toCsv(DECISION_CSV_COLUMNS, exportDecisions(real, urlOf)), { bom: true, columns: true }) as Record<string, string>[];
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
    const parsed = parse(toCsv(DECISION_CSV_COLUMNS, exportDecisions([awkward], urlOf)), { bom: true }) as string[][];
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
  test('holds in every column of every sum what the source says: programme, programme_id, funder, years, period, other decision…', () => {
    expect(parse(toCsv(FUNDING_CSV_COLUMNS, fundingRows(real, urlOf)), { bom: true, columns: true })).toEqual(sourceFundingRows(real, urlOf));
  });

  test('has one row per sum of the real decisions, money exact in pence and pounds', () => {
    const rows = fundingRows(real, urlOf);
    expect(rows).toHaveLength(real.reduce((n, d) => n + d.amounts.length, 0));
    const parsed = parse(toCsv(FUNDING_CSV_COLUMNS, rows), { bom: true, columns: true }) as Record<string, string>[];
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

  test('gives a sum split by year the span of its years, as the source says, not its last year alone', () => {
    const split = decision('pcd-1216', {
      reference: 'PCD 1216',
      ...signedOn('2022-06-01', '1/6/2022'),
      amounts: [
        {
          ...amount(3_990_000_000, '£39.9m', 'accepted', true),
          perYear: [
            { financialYear: '2022/23', pence: 1_390_000_000, asWritten: '£13.9m' },
            { financialYear: '2023/24', pence: 1_300_000_000, asWritten: '£13m' },
            { financialYear: '2024/25', pence: 1_300_000_000, asWritten: '£13m' },
          ],
        },
      ],
    });
    expect(fundingRows([split], urlOf).map((r) => r.period)).toEqual(['2022/23–2024/25']);
    expect(parse(toCsv(FUNDING_CSV_COLUMNS, fundingRows([split], urlOf)), { bom: true, columns: true })).toEqual(sourceFundingRows([split], urlOf));
  });

  test('names the funder a sum is tied to, and nothing when the document ties it to none', () => {
    const rows = fundingRows(real, urlOf).filter((r) => r.decision.id === 'ocs-grant-2023-2027');
    expect(rows.map((r) => r.sum.funder).slice(0, 3)).toEqual([null, 'Home Office', 'East Midlands Special Operations Unit (EMSOU)']);
  });
});
