/**
 * The CSV downloads of a funding view's four tables (/funding/csv/<view>-<table>.csv): the rows the
 * page's tables and charts show, as CsvColumn lists written by core/csv.ts. A column holding what
 * decisions.csv or funding.csv also holds has the same name there: `period`, `pence`, `pounds`,
 * `as_written`, `sentence`, `url`, `placing_date`, `accepted_pence`, `accepted_pounds`.
 */
import { toCsv, type CsvColumn } from '../core/csv.ts';
import { figureUrl, type FundingItem } from '../core/attribution.ts';
import { signedDate, type Decision } from '../core/decisions.ts';
import { penceToPounds } from '../core/money.ts';
import { programmeById, type ProgrammeId } from '../core/programmes.ts';
import { acceptedLedger, fundingChartData, type FundingChartData, type FundingViewId, type ViewItem } from './funding.ts';
import { yearByYear } from './year-by-year.ts';

/** The tables of a funding view that have a CSV download, in the order the page shows them. */
export const FUNDING_TABLES = ['years', 'by-year', 'cumulative', 'per-decision', 'ledger'] as const;

/** One of those tables. */
export type FundingTable = (typeof FUNDING_TABLES)[number];

const LABEL = 'The decision’s reference, else its short title.';
const PERIOD =
  'The financial year the funding pages count the money in: a span ("2021/22–2022/23") when the document ties a sum to several years without a split, "Not stated" when there is no year and no signing date.';

/** One cell of the by-year chart: a period, a programme and what was accepted in it. */
export interface ByYearCsvRow {
  period: string;
  programme: string;
  pence: number;
}

/** The columns of <view>-by-year.csv: one row per period and programme with money accepted. */
export const BY_YEAR_CSV_COLUMNS: readonly CsvColumn<ByYearCsvRow>[] = [
  { name: 'period', description: PERIOD, value: (r) => r.period },
  { name: 'programme', description: 'The programme the sums are for.', value: (r) => r.programme },
  { name: 'accepted_pence', description: 'The total accepted, in pence.', value: (r) => String(r.pence) },
  { name: 'accepted_pounds', description: 'The same total in pounds, two decimals.', value: (r) => penceToPounds(r.pence) },
];

/** The by-year chart's cells that hold money, period by period, programmes in the chart's order. */
export function byYearCsvRows(data: FundingChartData): ByYearCsvRow[] {
  return data.byPeriod.periods.flatMap((period, i) =>
    data.byPeriod.series.flatMap((s) => {
      const pence = s.pence[i] ?? 0;
      return pence > 0 ? [{ period, programme: s.name, pence }] : [];
    }),
  );
}

/** One step of the cumulative chart: a decision, its date, what it added and the running total. */
export interface CumulativeCsvRow {
  decision: string;
  placingDate: string;
  dateIsSigningDate: boolean;
  addedPence: number;
  runningPence: number;
}

/** The columns of <view>-cumulative.csv: one row per decision that accepts money, in date order. */
export const CUMULATIVE_CSV_COLUMNS: readonly CsvColumn<CumulativeCsvRow>[] = [
  { name: 'decision', description: LABEL, value: (r) => r.decision },
  { name: 'placing_date', description: 'The date the site orders the decision by.', value: (r) => r.placingDate },
  // "1" or empty, as csv-stringify wrote a boolean before the columns were named here.
  { name: 'date_is_signing_date', description: '1 when that date is the signing date, else empty.', value: (r) => (r.dateIsSigningDate ? '1' : '') },
  { name: 'accepted_pence', description: 'The total this decision accepts, in pence.', value: (r) => String(r.addedPence) },
  { name: 'running_total_pence', description: 'The total accepted up to and including this decision, in pence.', value: (r) => String(r.runningPence) },
  { name: 'running_total_pounds', description: 'The same running total in pounds, two decimals.', value: (r) => penceToPounds(r.runningPence) },
];

/** The cumulative chart's steps; `decisions` says which of them are placed at their signing date. */
export function cumulativeCsvRows(data: FundingChartData, decisions: readonly Decision[]): CumulativeCsvRow[] {
  const { decisionIds, labels, dates, addedPence, pence } = data.cumulative;
  return decisionIds.map((id, i) => {
    const decision = decisions.find((d) => d.id === id);
    return {
      decision: labels[i] ?? id,
      placingDate: dates[i] ?? '',
      dateIsSigningDate: decision !== undefined && signedDate(decision) !== null,
      addedPence: addedPence[i] ?? 0,
      runningPence: pence[i] ?? 0,
    };
  });
}

/** One bar of the per-decision chart. */
export interface PerDecisionCsvRow {
  decision: string;
  placingDate: string;
  pence: number;
}

/** The columns of <view>-per-decision.csv: one row per decision that accepts money, largest first. */
export const PER_DECISION_CSV_COLUMNS: readonly CsvColumn<PerDecisionCsvRow>[] = [
  { name: 'decision', description: LABEL, value: (r) => r.decision },
  { name: 'placing_date', description: 'The date the site orders the decision by.', value: (r) => r.placingDate },
  { name: 'accepted_pence', description: 'The total the decision accepts, in pence.', value: (r) => String(r.pence) },
  { name: 'accepted_pounds', description: 'The same total in pounds, two decimals.', value: (r) => penceToPounds(r.pence) },
];

/** The per-decision chart's bars, in its order. */
export function perDecisionCsvRows(data: FundingChartData): PerDecisionCsvRow[] {
  const { decisionIds, labels, dates, pence } = data.perDecision;
  return decisionIds.map((id, i) => ({ decision: labels[i] ?? id, placingDate: dates[i] ?? '', pence: pence[i] ?? 0 }));
}

/** One accepted sum of the ledger, with its period, its programme and the address of its sentence. */
export interface LedgerCsvRow {
  period: string;
  programme: ProgrammeId;
  item: FundingItem;
  url: string;
}

/** The columns of <view>-ledger.csv: one row per accepted sum, grouped by period and programme. */
export const LEDGER_CSV_COLUMNS: readonly CsvColumn<LedgerCsvRow>[] = [
  { name: 'period', description: PERIOD, value: (r) => r.period },
  { name: 'programme', description: 'The programme the sum is counted under.', value: (r) => programmeById(r.programme).name },
  { name: 'decision', description: LABEL, value: (r) => r.item.label },
  { name: 'pence', description: 'The sum in whole pence.', value: (r) => String(r.item.pence) },
  { name: 'pounds', description: 'The sum in pounds, two decimals.', value: (r) => penceToPounds(r.item.pence) },
  { name: 'as_written', description: 'The sum exactly as printed.', value: (r) => r.item.asWritten },
  { name: 'sentence', description: 'The sentence the sum comes from, verbatim; empty for a decision not published here in full.', value: (r) => r.item.quote ?? '' },
  { name: 'url', description: 'The address of that sentence on the decision page.', value: (r) => r.url },
];

/** The ledger of a view's decisions, one row per accepted sum, oldest period first. */
export function ledgerCsvRows(decisions: readonly Decision[], view: FundingViewId, urlOf: (path: string) => string): LedgerCsvRow[] {
  return acceptedLedger(decisions, view).flatMap((row) =>
    row.items.map((item) => ({ period: row.period, programme: row.programme, item, url: figureUrl(item, urlOf) })),
  );
}

/** One grant of the year-by-year table, or a year in which nothing was accepted (item null). */
export interface YearsCsvRow {
  period: string;
  item: ViewItem | null;
  url: string;
}

/** The columns of <view>-years.csv: the year-by-year table, one row per grant, and one per empty year. */
export const YEARS_CSV_COLUMNS: readonly CsvColumn<YearsCsvRow>[] = [
  { name: 'period', description: PERIOD, value: (r) => r.period },
  { name: 'decision', description: LABEL, value: (r) => r.item?.label ?? '' },
  { name: 'reference', description: 'The decision’s reference; empty when it has none.', value: (r) => r.item?.reference ?? '' },
  { name: 'evidence', description: 'What the figure rests on: full-text, register or citation.', value: (r) => r.item?.evidence ?? '' },
  { name: 'relation', description: 'own: the programme’s own grant; support: a grant to another programme in its support.', value: (r) => r.item?.relation ?? '' },
  { name: 'programme', description: 'The programme the sum is counted under.', value: (r) => (r.item ? programmeById(r.item.programme).name : '') },
  { name: 'approval_recorded', description: 'false when the decision’s approval is not recorded.', value: (r) => (r.item ? String(r.item.approval === 'recorded') : '') },
  { name: 'pence', description: 'The sum in whole pence; 0 for a year in which nothing was accepted.', value: (r) => String(r.item?.pence ?? 0) },
  { name: 'pounds', description: 'The sum in pounds, two decimals.', value: (r) => penceToPounds(r.item?.pence ?? 0) },
  { name: 'as_written', description: 'The sum exactly as printed.', value: (r) => r.item?.asWritten ?? '' },
  { name: 'location', description: 'Where a register record’s figure stands on the register page.', value: (r) => r.item?.location ?? '' },
  { name: 'url', description: 'Where to check the figure: its sentence here, or the register page.', value: (r) => r.url },
];

/** The year-by-year table of a view as rows: every grant of every year, and each empty year once. */
export function yearsCsvRows(decisions: readonly Decision[], view: FundingViewId, urlOf: (path: string) => string): YearsCsvRow[] {
  return yearByYear(decisions, view).rows.flatMap((row): YearsCsvRow[] =>
    row.grants.length === 0 ? [{ period: row.period, item: null, url: '' }] : row.grants.map((item) => ({ period: row.period, item, url: figureUrl(item, urlOf) })),
  );
}

/**
 * The CSV file of one table of one funding view. `urlOf` makes a site path absolute
 * ("/decisions/pcd-1092/#sum-1"), so the base path and origin are the caller's.
 */
export function fundingTableCsv(decisions: readonly Decision[], view: FundingViewId, table: FundingTable, urlOf: (path: string) => string): string {
  const chart = () => fundingChartData(decisions, view, programmeById);
  switch (table) {
    case 'by-year':
      return toCsv(BY_YEAR_CSV_COLUMNS, byYearCsvRows(chart()));
    case 'cumulative':
      return toCsv(CUMULATIVE_CSV_COLUMNS, cumulativeCsvRows(chart(), decisions));
    case 'per-decision':
      return toCsv(PER_DECISION_CSV_COLUMNS, perDecisionCsvRows(chart()));
    case 'ledger':
      return toCsv(LEDGER_CSV_COLUMNS, ledgerCsvRows(decisions, view, urlOf));
    case 'years':
      return toCsv(YEARS_CSV_COLUMNS, yearsCsvRows(decisions, view, urlOf));
  }
}
