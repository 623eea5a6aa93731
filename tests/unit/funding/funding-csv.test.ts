import { describe, expect, test } from 'vitest';
import { parse } from 'csv-parse/sync';
import {
  BY_YEAR_CSV_COLUMNS,
  byYearCsvRows,
  CUMULATIVE_CSV_COLUMNS,
  cumulativeCsvRows,
  FUNDING_TABLES,
  fundingTableCsv,
  LEDGER_CSV_COLUMNS,
  ledgerCsvRows,
  PER_DECISION_CSV_COLUMNS,
  perDecisionCsvRows,
  YEARS_CSV_COLUMNS,
  yearsCsvRows,
} from '../../../src/lib/funding/funding-csv.ts';
import { acceptedLedger, cumulativeAccepted, decisionsInView, fundingChartData, FUNDING_VIEWS } from '../../../src/lib/funding/funding.ts';
import { yearByYear } from '../../../src/lib/funding/year-by-year.ts';
import { programmeById } from '../../../src/lib/core/programmes.ts';
import { placingDate } from '../../../src/lib/core/decisions.ts';
import { penceToPounds } from '../../../src/lib/core/money.ts';
import { toCsv } from '../../../src/lib/core/csv.ts';
import { amount, decision, signedOn } from '../../helpers/make-decision.ts';
import { fullTextDecisions, realDecisions } from '../../helpers/content.ts';

const seeds = fullTextDecisions();
const urlOf = (path: string) => `https://example.org/base${path}`;
const chart = fundingChartData(seeds, 'all', programmeById);

/** A CSV file read back as one object per row, keyed by header. */
// Every CSV starts with a byte-order mark for spreadsheets; a reader told so takes it off.
const readBack = (csv: string) => parse(csv, { columns: true, bom: true }) as Record<string, string>[];
const header = (csv: string) => (parse(csv, { bom: true }) as string[][])[0];

describe('BY_YEAR_CSV_COLUMNS', () => {
  test('names its columns as decisions.csv and funding.csv name the same things', () => {
    expect(BY_YEAR_CSV_COLUMNS.map((c) => c.name)).toEqual(['period', 'programme', 'accepted_pence', 'accepted_pounds']);
  });

  test('reads back to the by-year chart’s cells that hold money, exact in pence and pounds', () => {
    const rows = readBack(toCsv(BY_YEAR_CSV_COLUMNS, byYearCsvRows(chart)));
    const cells = chart.byPeriod.periods.flatMap((period, i) =>
      chart.byPeriod.series.filter((s) => (s.pence[i] ?? 0) > 0).map((s) => ({ period, programme: s.name, pence: s.pence[i] ?? 0 })),
    );
    expect(rows).toEqual(
      cells.map((c) => ({ period: c.period, programme: c.programme, accepted_pence: String(c.pence), accepted_pounds: penceToPounds(c.pence) })),
    );
    expect(rows.reduce((sum, r) => sum + Number(r['accepted_pence']), 0)).toBe(879_600_000);
  });
});

describe('CUMULATIVE_CSV_COLUMNS', () => {
  test('names its columns as decisions.csv and funding.csv name the same things', () => {
    expect(CUMULATIVE_CSV_COLUMNS.map((c) => c.name)).toEqual([
      'decision',
      'placing_date',
      'date_is_signing_date',
      'accepted_pence',
      'running_total_pence',
      'running_total_pounds',
    ]);
  });

  test('reads back to the cumulative total, each decision at its placing date, "1" only when that is its signing date', () => {
    const rows = readBack(toCsv(CUMULATIVE_CSV_COLUMNS, cumulativeCsvRows(chart, seeds)));
    const points = cumulativeAccepted(seeds);
    expect(rows).toHaveLength(points.length);
    for (const [i, row] of rows.entries()) {
      const point = points[i]!;
      const source = seeds.find((d) => d.id === point.decisionId)!;
      expect(row).toEqual({
        decision: source.reference ?? source.shortTitle ?? source.title,
        placing_date: placingDate(source)?.iso,
        date_is_signing_date: source.signed.date ? '1' : '',
        accepted_pence: String(point.addedPence),
        running_total_pence: String(point.cumulativePence),
        running_total_pounds: penceToPounds(point.cumulativePence),
      });
    }
    expect(rows.map((r) => r['date_is_signing_date'])).toContain('');
  });
});

describe('PER_DECISION_CSV_COLUMNS', () => {
  test('names its columns as decisions.csv names the same things', () => {
    expect(PER_DECISION_CSV_COLUMNS.map((c) => c.name)).toEqual(['decision', 'placing_date', 'accepted_pence', 'accepted_pounds']);
  });

  test('reads back to each decision’s accepted total, largest first, at its placing date', () => {
    const rows = readBack(toCsv(PER_DECISION_CSV_COLUMNS, perDecisionCsvRows(chart)));
    expect(rows.map((r) => r['decision'])).toEqual(chart.perDecision.labels);
    for (const [i, row] of rows.entries()) {
      const source = seeds.find((d) => d.id === chart.perDecision.decisionIds[i])!;
      const accepted = source.amounts.filter((a) => a.role === 'accepted').reduce((n, a) => n + a.pence, 0);
      expect(row).toMatchObject({ placing_date: placingDate(source)?.iso, accepted_pence: String(accepted), accepted_pounds: penceToPounds(accepted) });
    }
  });
});

describe('LEDGER_CSV_COLUMNS', () => {
  test('names its columns as funding.csv names the same things', () => {
    expect(LEDGER_CSV_COLUMNS.map((c) => c.name)).toEqual(['period', 'programme', 'decision', 'pence', 'pounds', 'as_written', 'sentence', 'url']);
  });

  test('reads back to each accepted sum: its amount, words and sentence, and the address of that sentence', () => {
    const rows = readBack(toCsv(LEDGER_CSV_COLUMNS, ledgerCsvRows(seeds, 'all', urlOf)));
    const items = acceptedLedger(seeds).flatMap((row) => row.items.map((item) => ({ row, item })));
    expect(rows).toHaveLength(items.length);
    for (const [i, csv] of rows.entries()) {
      const { row, item } = items[i]!;
      const sum = seeds.find((d) => d.id === item.decisionId)!.amounts[item.amountIndex]!;
      expect(csv).toEqual({
        period: row.period,
        programme: programmeById(row.programme).name,
        decision: item.label,
        pence: String(sum.pence),
        pounds: penceToPounds(sum.pence),
        as_written: sum.asWritten,
        sentence: sum.quote,
        url: `https://example.org/base/decisions/${item.decisionId}/#sum-${item.amountIndex + 1}`,
      });
    }
  });

  test('lists only the view’s decisions', () => {
    const inView = new Set(decisionsInView(seeds, 'county-lines').map((d) => d.id));
    const rows = ledgerCsvRows(seeds, 'county-lines', urlOf);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.filter((r) => !inView.has(r.item.decisionId))).toEqual([]);
  });
});

describe('fundingTableCsv', () => {
  test.each(FUNDING_VIEWS.flatMap((view) => FUNDING_TABLES.map((table) => [view.id, table] as const)))(
    'writes %s-%s.csv with its column list’s header and at least one row',
    (view, table) => {
      // Every decision known, so that every view (the NCLCC and SMIN grants are register records) has rows.
      const csv = fundingTableCsv(realDecisions(), view, table, urlOf);
      const columns = { years: YEARS_CSV_COLUMNS, 'by-year': BY_YEAR_CSV_COLUMNS, cumulative: CUMULATIVE_CSV_COLUMNS, 'per-decision': PER_DECISION_CSV_COLUMNS, ledger: LEDGER_CSV_COLUMNS }[table];
      expect(header(csv)).toEqual(columns.map((c) => c.name));
      expect(readBack(csv).length).toBeGreaterThan(0);
    },
  );

  test('neutralises a sentence that starts like a formula, and leaves the numbers alone', () => {
    const awkward = decision('pcd-8', {
      reference: 'PCD 8',
      ...signedOn('2021-02-01', '1/2/2021'),
      amounts: [{ ...amount(100, '£1', 'accepted', true), quote: '=HYPERLINK("http://x") for £1' }],
    });
    const [row] = readBack(fundingTableCsv([awkward], 'all', 'ledger', urlOf));
    expect(row).toMatchObject({ sentence: '\'=HYPERLINK("http://x") for £1', pence: '100', pounds: '1.00' });
  });
});

describe('yearsCsvRows', () => {
  test('gives every column of every grant of the year-by-year table, read back from the file', () => {
    const all = realDecisions();
    const grants = yearByYear(all, 'operation-orochi').rows.flatMap((row) => row.grants.map((item) => ({ period: row.period, item })));
    const rows = readBack(fundingTableCsv(all, 'operation-orochi', 'years', urlOf));
    expect(rows).toHaveLength(grants.length);
    rows.forEach((row, i) => {
      const { period, item } = grants[i]!;
      expect(row).toEqual({
        period,
        decision: item.label,
        reference: item.reference ?? '',
        evidence: item.evidence,
        relation: item.relation,
        programme: programmeById(item.programme).name,
        approval_recorded: String(item.approval === 'recorded'),
        pence: String(item.pence),
        pounds: penceToPounds(item.pence),
        as_written: item.asWritten,
        location: item.location ?? '',
        url: row['url'],
      });
      expect(row['url']).toMatch(/^https:\/\//);
    });
    // The view holds both relations, so that column is not a constant.
    expect(new Set(rows.map((r) => r['relation']))).toEqual(new Set(['own', 'support']));
  });

  test('gives a year in which nothing was accepted one row, with 0 and no decision', () => {
    const before = decision('pcd-1', { reference: 'PCD 1', ...signedOn('2020-06-01', '1/6/2020'), amounts: [amount(100, '£1', 'accepted', true)] });
    const after = decision('pcd-3', { reference: 'PCD 3', ...signedOn('2022-06-01', '1/6/2022'), amounts: [amount(300, '£3', 'accepted', true)] });
    const rows = yearsCsvRows([before, after], 'all', urlOf);
    expect(rows.map((r) => [r.period, r.item?.decisionId ?? null, r.url === '' ? 'no url' : 'url'])).toEqual([
      ['2020/21', 'pcd-1', 'url'],
      ['2021/22', null, 'no url'],
      ['2022/23', 'pcd-3', 'url'],
    ]);
    const [, empty] = readBack(fundingTableCsv([before, after], 'all', 'years', urlOf));
    expect(empty).toEqual({
      period: '2021/22', decision: '', reference: '', evidence: '', relation: '', programme: '', approval_recorded: '',
      pence: '0', pounds: '0.00', as_written: '', location: '', url: '',
    });
  });
});

describe('the funding pages’ CSV columns', () => {
  // /data/ lists each column with what it holds; an empty or shared description tells a reader nothing.
  const files = {
    'by-year': BY_YEAR_CSV_COLUMNS,
    cumulative: CUMULATIVE_CSV_COLUMNS,
    'per-decision': PER_DECISION_CSV_COLUMNS,
    ledger: LEDGER_CSV_COLUMNS,
    years: YEARS_CSV_COLUMNS,
  };
  test.each(Object.entries(files))('%s: every column says what it holds, in a sentence of its own', (_, columns) => {
    for (const column of columns) expect(column.description, column.name).toMatch(/^[A-Za-z0-9"“].{9,}[.)]$/);
    expect(new Set(columns.map((c) => c.description)).size).toBe(columns.length);
    expect(new Set(columns.map((c) => c.name)).size).toBe(columns.length);
  });

  test('a column that names the decision or its period says the same in every file', () => {
    const described = (name: string) => new Set(Object.values(files).flatMap((columns) => columns.filter((c) => c.name === name).map((c) => c.description)));
    expect([...described('period')]).toHaveLength(1);
    expect([...described('decision')]).toHaveLength(1);
    expect([...described('period')][0]).toMatch(/financial year/);
    expect([...described('decision')][0]).toMatch(/reference/);
  });
});
