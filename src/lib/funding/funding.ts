/**
 * Funding aggregation for the charts, the ledger and the timeline. Only sums a decision accepts are
 * added up (countsInTotals); every other kind of sum is listed apart and never enters a total. Each
 * figure keeps a link to its decision and sentence; the year each sum counts in is set by
 * core/attribution.ts.
 */
import { comparePeriods, fundingItems, type FundingItem } from '../core/attribution.ts';
import type { Decision } from '../core/decisions.ts';
import { acceptedPenceOf, countsInTotals, placingDate, shortLabel } from '../core/decisions.ts';
import { sumPence } from '../core/money.ts';
import type { ProgrammeId } from '../core/programmes.ts';

/** Which decisions a funding view covers. */
export const FUNDING_VIEWS = [
  { id: 'all', name: 'All programmes', programme: null },
  { id: 'county-lines', name: 'County Lines', programme: 'county-lines' },
  { id: 'operation-orochi', name: 'Operation Orochi', programme: 'operation-orochi' },
] as const satisfies readonly { id: string; name: string; programme: ProgrammeId | null }[];

export type FundingViewId = (typeof FUNDING_VIEWS)[number]['id'];

/** The decisions a view covers: those tagged with its programme, or all. */
export function decisionsInView(decisions: readonly Decision[], view: FundingViewId): Decision[] {
  const programme = FUNDING_VIEWS.find((v) => v.id === view)?.programme ?? null;
  return programme ? decisions.filter((d) => (d.programmes as readonly string[]).includes(programme)) : [...decisions];
}

/** One cell of the ledger: a period and programme, its total, and the sums it is made of. */
export interface LedgerRow {
  period: string;
  programme: ProgrammeId;
  totalPence: number;
  items: FundingItem[];
}

/** Accepted sums grouped by period and programme, oldest period first; totals exact in pence. */
export function acceptedLedger(decisions: readonly Decision[]): LedgerRow[] {
  const rows = new Map<string, LedgerRow>();
  for (const item of fundingItems(decisions)) {
    if (!countsInTotals(item)) continue;
    const key = `${item.period}\u0000${item.programme}`;
    const row = rows.get(key) ?? { period: item.period, programme: item.programme, totalPence: 0, items: [] };
    row.items.push(item);
    row.totalPence = sumPence(row.items.map((i) => i.pence));
    rows.set(key, row);
  }
  return [...rows.values()].sort((a, b) => comparePeriods(a.period, b.period) || a.programme.localeCompare(b.programme));
}

/** Accepted totals as a grid for a stacked chart: periods × programmes, zero where none. */
export interface StackedSeries {
  periods: string[];
  programmes: ProgrammeId[];
  /** pence[programmeIndex][periodIndex] */
  pence: number[][];
}

export function acceptedByPeriodAndProgramme(decisions: readonly Decision[]): StackedSeries {
  const ledger = acceptedLedger(decisions);
  const periods = [...new Set(ledger.map((r) => r.period))].sort(comparePeriods);
  const programmes = [...new Set(ledger.map((r) => r.programme))].sort();
  const pence = programmes.map((programme) =>
    periods.map((period) => ledger.find((r) => r.period === period && r.programme === programme)?.totalPence ?? 0),
  );
  return { periods, programmes, pence };
}

/** One step of the cumulative total: a decision's accepted sums added at its date. */
export interface CumulativePoint {
  decisionId: string;
  reference: string | null;
  /** ISO date the decision is placed at, and whether that is its signing date. */
  date: string;
  dateIsSigned: boolean;
  addedPence: number;
  cumulativePence: number;
}

/** Accepted funding over time: decisions in date order, each adding its accepted sums. */
export function cumulativeAccepted(decisions: readonly Decision[]): CumulativePoint[] {
  const dated = decisions
    .map((decision) => ({ decision, placed: placingDate(decision) }))
    .filter((d) => d.decision.amounts.some(countsInTotals))
    .sort((a, b) => (a.placed?.iso ?? '').localeCompare(b.placed?.iso ?? '') || a.decision.id.localeCompare(b.decision.id));
  let running = 0;
  return dated.map(({ decision, placed }) => {
    const added = acceptedPenceOf(decision);
    running += added;
    return {
      decisionId: decision.id,
      reference: decision.reference,
      date: placed?.iso ?? '',
      dateIsSigned: placed?.basis === 'signed',
      addedPence: added,
      cumulativePence: running,
    };
  });
}

/** Accepted funding per decision, for the one-bar-per-decision chart. */
export interface DecisionTotal {
  decisionId: string;
  reference: string | null;
  title: string;
  acceptedPence: number;
}

export function acceptedPerDecision(decisions: readonly Decision[]): DecisionTotal[] {
  return decisions
    .map((decision) => ({
      decisionId: decision.id,
      reference: decision.reference,
      title: decision.title,
      acceptedPence: acceptedPenceOf(decision),
    }))
    .filter((d) => d.acceptedPence > 0)
    .sort((a, b) => b.acceptedPence - a.acceptedPence || a.decisionId.localeCompare(b.decisionId));
}

/** Sums that are not money accepted by the decision stating them, listed apart and never added. */
export function sumsNotCounted(decisions: readonly Decision[]): FundingItem[] {
  return fundingItems(decisions)
    .filter((item) => !countsInTotals(item) && item.role !== 'component' && item.role !== 'context')
    .sort((a, b) => comparePeriods(a.period, b.period) || a.decisionId.localeCompare(b.decisionId) || a.amountIndex - b.amountIndex);
}

/** Everything a funding view's charts draw, and its tables show: one source for both. */
export interface FundingChartData {
  view: FundingViewId;
  byPeriod: {
    periods: string[];
    series: { programme: ProgrammeId; name: string; colour: string; pence: number[] }[];
  };
  cumulative: { decisionIds: string[]; labels: string[]; dates: string[]; addedPence: number[]; pence: number[] };
  perDecision: { decisionIds: string[]; labels: string[]; dates: string[]; pence: number[] };
}

/** The chart data of one view. `programmeInfo` supplies names and colours (src/lib/core/programmes.ts). */
export function fundingChartData(
  decisions: readonly Decision[],
  view: FundingViewId,
  programmeInfo: (id: ProgrammeId) => { name: string; colour: string },
): FundingChartData {
  const inView = decisionsInView(decisions, view);
  const stacked = acceptedByPeriodAndProgramme(inView);
  const cumulative = cumulativeAccepted(inView);
  const dateOf = new Map(cumulative.map((p) => [p.decisionId, p.date]));
  const perDecision = acceptedPerDecision(inView);
  const labelOf = (id: string) => {
    const decision = inView.find((d) => d.id === id);
    return decision ? shortLabel(decision) : id;
  };
  return {
    view,
    byPeriod: {
      periods: stacked.periods,
      series: stacked.programmes.map((programme, index) => ({
        programme,
        ...programmeInfo(programme),
        pence: stacked.pence[index] ?? [],
      })),
    },
    cumulative: {
      decisionIds: cumulative.map((p) => p.decisionId),
      labels: cumulative.map((p) => labelOf(p.decisionId)),
      dates: cumulative.map((p) => p.date),
      addedPence: cumulative.map((p) => p.addedPence),
      pence: cumulative.map((p) => p.cumulativePence),
    },
    perDecision: {
      decisionIds: perDecision.map((d) => d.decisionId),
      labels: perDecision.map((d) => labelOf(d.decisionId)),
      dates: perDecision.map((d) => dateOf.get(d.decisionId) ?? ''),
      pence: perDecision.map((d) => d.acceptedPence),
    },
  };
}
