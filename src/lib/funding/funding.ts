/**
 * Funding aggregation for the charts, the ledger and the timeline. Only sums a decision accepts are
 * added up (countsInTotals); every other kind of sum is listed apart and never enters a total. Each
 * figure keeps a link to its decision and sentence; the year each sum counts in is set by
 * core/attribution.ts.
 */
import { comparePeriods, fundingItems, type FundingItem } from '../core/attribution.ts';
import type { Decision } from '../core/decisions.ts';
import { countsInTotals, placingDate, shortLabel } from '../core/decisions.ts';
import { formatFinancialYear } from '../core/financial-year.ts';
import { sumPence } from '../core/money.ts';
import type { ProgrammeId } from '../core/programmes.ts';

/** The funding views: all programmes, or one programme with the grants in its support. */
export const FUNDING_VIEWS = [
  { id: 'all', name: 'All programmes', programme: null },
  { id: 'county-lines', name: 'County Lines', programme: 'county-lines' },
  { id: 'operation-orochi', name: 'Operation Orochi', programme: 'operation-orochi' },
  { id: 'nclcc', name: 'National County Lines Coordination Centre', programme: 'nclcc' },
  { id: 'smin', name: 'County Lines SMIN', programme: 'smin' },
] as const satisfies readonly { id: string; name: string; programme: ProgrammeId | null }[];

export type FundingViewId = (typeof FUNDING_VIEWS)[number]['id'];

/**
 * The programme that takes in the work of the others: every sum of a decision tagged County Lines
 * is County Lines money, whichever programme it is counted under.
 */
const UMBRELLA: ProgrammeId = 'county-lines';

/** How a sum stands in a view: its programme's own money, or money for another programme given in its support. */
export type Relation = 'own' | 'support';

/** Words for each relation, for tables and chart series. */
export const RELATION_LABELS: Record<Relation, string> = {
  own: 'Its own grants',
  support: 'Grants to other programmes in its support',
};

/** A sum as a view shows it. */
export interface ViewItem extends FundingItem {
  relation: Relation;
}

function programmeOf(view: FundingViewId): ProgrammeId | null {
  return FUNDING_VIEWS.find((v) => v.id === view)?.programme ?? null;
}

/**
 * Whether a sum belongs to a view, and how: a sum counted under the view's programme is its own (for
 * County Lines, any sum of a decision tagged with it); a sum stated to be in support of it is
 * support; anything else is not in the view.
 */
export function relationInView(item: FundingItem, view: FundingViewId): Relation | null {
  const programme = programmeOf(view);
  if (programme === null || item.programme === programme) return 'own';
  if (programme === UMBRELLA && item.decisionProgrammes.includes(programme)) return 'own';
  return item.inSupportOf.includes(programme) ? 'support' : null;
}

/** Every sum in a view, any role, in decision then frontmatter order. */
export function itemsInView(decisions: readonly Decision[], view: FundingViewId = 'all'): ViewItem[] {
  return fundingItems(decisions).flatMap((item) => {
    const relation = relationInView(item, view);
    return relation ? [{ ...item, relation }] : [];
  });
}

/** The accepted sums in a view. */
function acceptedInView(decisions: readonly Decision[], view: FundingViewId): ViewItem[] {
  return itemsInView(decisions, view).filter(countsInTotals);
}

/** The decisions a view covers: those tagged with its programme or with a sum in it, or all. */
export function decisionsInView(decisions: readonly Decision[], view: FundingViewId): Decision[] {
  const programme = programmeOf(view);
  if (!programme) return [...decisions];
  const withItems = new Set(itemsInView(decisions, view).map((item) => item.decisionId));
  return decisions.filter((d) => (d.programmes as readonly string[]).includes(programme) || withItems.has(d.id));
}

/** One cell of the ledger: a period, programme and relation, its total, and the sums it is made of. */
export interface LedgerRow {
  period: string;
  programme: ProgrammeId;
  relation: Relation;
  totalPence: number;
  items: ViewItem[];
}

/** Accepted sums grouped by period, programme and relation, oldest period first; totals exact in pence. */
export function acceptedLedger(decisions: readonly Decision[], view: FundingViewId = 'all'): LedgerRow[] {
  const rows = new Map<string, LedgerRow>();
  for (const item of acceptedInView(decisions, view)) {
    const key = `${item.period}\u0000${item.relation}\u0000${item.programme}`;
    const row = rows.get(key) ?? { period: item.period, programme: item.programme, relation: item.relation, totalPence: 0, items: [] };
    row.items.push(item);
    row.totalPence = sumPence(row.items.map((i) => i.pence));
    rows.set(key, row);
  }
  return [...rows.values()].sort(
    (a, b) => comparePeriods(a.period, b.period) || a.relation.localeCompare(b.relation) || a.programme.localeCompare(b.programme),
  );
}

/**
 * The periods to show for some sums: every financial year from the first to the last, those with
 * nothing included (a year with no grant is a fact too), then any spans and "Not stated".
 */
export function periodsWithGaps(periods: readonly string[]): string[] {
  const years = periods.filter((p) => /^\d{4}\/\d{2}$/.test(p)).map((p) => Number(p.slice(0, 4)));
  const filled = years.length > 0 ? Array.from({ length: Math.max(...years) - Math.min(...years) + 1 }, (_, i) => formatFinancialYear(Math.min(...years) + i)) : [];
  return [...new Set([...filled, ...periods])].sort(comparePeriods);
}

/** Accepted totals as a grid for a stacked chart: periods × (programme, relation), zero where none. */
export interface StackedSeries {
  periods: string[];
  programmes: ProgrammeId[];
  /** The relation of each series to the view, in the order of `programmes`. */
  relations: Relation[];
  /** pence[seriesIndex][periodIndex] */
  pence: number[][];
}

export function acceptedByPeriodAndProgramme(decisions: readonly Decision[], view: FundingViewId = 'all'): StackedSeries {
  const ledger = acceptedLedger(decisions, view);
  const periods = periodsWithGaps([...new Set(ledger.map((r) => r.period))]);
  const series = [...new Map(ledger.map((r) => [`${r.relation}\u0000${r.programme}`, { programme: r.programme, relation: r.relation }])).values()].sort(
    (a, b) => a.relation.localeCompare(b.relation) || a.programme.localeCompare(b.programme),
  );
  const pence = series.map(({ programme, relation }) =>
    periods.map((period) => ledger.find((r) => r.period === period && r.programme === programme && r.relation === relation)?.totalPence ?? 0),
  );
  return { periods, programmes: series.map((s) => s.programme), relations: series.map((s) => s.relation), pence };
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

/** Accepted funding over time: decisions in date order, each adding its accepted sums in the view. */
export function cumulativeAccepted(decisions: readonly Decision[], view: FundingViewId = 'all'): CumulativePoint[] {
  const added = acceptedPenceByDecision(decisions, view);
  const dated = decisions
    .filter((decision) => added.has(decision.id))
    .map((decision) => ({ decision, placed: placingDate(decision) }))
    .sort((a, b) => (a.placed?.iso ?? '').localeCompare(b.placed?.iso ?? '') || a.decision.id.localeCompare(b.decision.id));
  let running = 0;
  return dated.map(({ decision, placed }) => {
    const pence = added.get(decision.id) ?? 0;
    running += pence;
    return {
      decisionId: decision.id,
      reference: decision.reference,
      date: placed?.iso ?? '',
      dateIsSigned: placed?.basis === 'signed',
      addedPence: pence,
      cumulativePence: running,
    };
  });
}

/** Each decision's accepted pence in a view, for the decisions that accept any. */
function acceptedPenceByDecision(decisions: readonly Decision[], view: FundingViewId): Map<string, number> {
  const totals = new Map<string, number>();
  for (const item of acceptedInView(decisions, view)) totals.set(item.decisionId, sumPence([totals.get(item.decisionId) ?? 0, item.pence]));
  return totals;
}

/** Accepted funding per decision, for the one-bar-per-decision chart. */
export interface DecisionTotal {
  decisionId: string;
  reference: string | null;
  title: string;
  acceptedPence: number;
}

export function acceptedPerDecision(decisions: readonly Decision[], view: FundingViewId = 'all'): DecisionTotal[] {
  const added = acceptedPenceByDecision(decisions, view);
  return decisions
    .filter((decision) => (added.get(decision.id) ?? 0) > 0)
    .map((decision) => ({
      decisionId: decision.id,
      reference: decision.reference,
      title: decision.title,
      acceptedPence: added.get(decision.id) ?? 0,
    }))
    .sort((a, b) => b.acceptedPence - a.acceptedPence || a.decisionId.localeCompare(b.decisionId));
}

/** Sums that are not money accepted by the decision stating them, listed apart and never added. */
export function sumsNotCounted(decisions: readonly Decision[], view: FundingViewId = 'all'): ViewItem[] {
  return itemsInView(decisions, view)
    .filter((item) => !countsInTotals(item) && item.role !== 'component' && item.role !== 'context')
    .sort((a, b) => comparePeriods(a.period, b.period) || a.decisionId.localeCompare(b.decisionId) || a.amountIndex - b.amountIndex);
}

/** Everything a funding view's charts draw, and its tables show: one source for both. */
export interface FundingChartData {
  view: FundingViewId;
  byPeriod: {
    periods: string[];
    series: { programme: ProgrammeId; relation: Relation; name: string; colour: string; pence: number[] }[];
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
  const stacked = acceptedByPeriodAndProgramme(decisions, view);
  const cumulative = cumulativeAccepted(decisions, view);
  const dateOf = new Map(cumulative.map((p) => [p.decisionId, p.date]));
  const perDecision = acceptedPerDecision(decisions, view);
  const labelOf = (id: string) => {
    const decision = inView.find((d) => d.id === id);
    return decision ? shortLabel(decision) : id;
  };
  return {
    view,
    byPeriod: {
      periods: stacked.periods,
      series: stacked.programmes.map((programme, index) => {
        const relation = stacked.relations[index] ?? 'own';
        const info = programmeInfo(programme);
        return { programme, relation, ...info, name: relation === 'support' ? `${info.name}, in support` : info.name, pence: stacked.pence[index] ?? [] };
      }),
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
