/**
 * "How much did this programme receive in each financial year?": for a view, each year with each
 * grant accepted in it, what each rests on (published here in full, the public register, a citing
 * decision), and the year's totals by evidence level; then the view's totals. Totals are added
 * from the same items the charts draw, so the headline, the table and the bars cannot disagree.
 */
import type { Decision } from '../core/decisions.ts';
import { countsInTotals, sortNewestFirst } from '../core/decisions.ts';
import { EVIDENCE_LEVELS, type EvidenceLevel } from '../core/enums.ts';
import { sumPence } from '../core/money.ts';
import { decisionsInView, itemsInView, periodsWithGaps, type FundingViewId, type Relation, type ViewItem } from './funding.ts';

/** Pence by evidence level, every level present. */
export type ByLevel = Record<EvidenceLevel, number>;

/** One financial year (or span, or "Not stated") of a view. */
export interface YearRow {
  period: string;
  /** The grants accepted in it, oldest decision first. */
  grants: ViewItem[];
  byLevel: ByLevel;
  totalPence: number;
}

/** A view's totals, shown apart by evidence level and by relation, with their sum. */
export interface ViewTotals {
  byLevel: ByLevel;
  byRelation: Record<Relation, number>;
  totalPence: number;
  /** How much of the total rests on papers whose approval is not recorded. */
  notRecordedPence: number;
}

function byLevel(items: readonly ViewItem[]): ByLevel {
  return Object.fromEntries(
    EVIDENCE_LEVELS.map((level) => [level, sumPence(items.filter((item) => item.evidence === level).map((item) => item.pence))]),
  ) as ByLevel;
}

/** The totals of some accepted sums. */
export function totalsOf(items: readonly ViewItem[]): ViewTotals {
  return {
    byLevel: byLevel(items),
    byRelation: {
      own: sumPence(items.filter((item) => item.relation === 'own').map((item) => item.pence)),
      support: sumPence(items.filter((item) => item.relation === 'support').map((item) => item.pence)),
    },
    totalPence: sumPence(items.map((item) => item.pence)),
    notRecordedPence: sumPence(items.filter((item) => item.approval === 'not-recorded').map((item) => item.pence)),
  };
}

/** Each financial year of a view, empty years included, with its grants and totals; and the view's totals. */
export function yearByYear(decisions: readonly Decision[], view: FundingViewId): { rows: YearRow[]; totals: ViewTotals } {
  const accepted = itemsInView(decisions, view).filter(countsInTotals);
  // Oldest decision first within a year: by placing date, then reference number.
  const placing = new Map(
    sortNewestFirst(decisions)
      .reverse()
      .map((d, index) => [d.id, index]),
  );
  const rows = periodsWithGaps([...new Set(accepted.map((item) => item.period))]).map((period) => {
    const grants = accepted
      .filter((item) => item.period === period)
      .sort((a, b) => a.relation.localeCompare(b.relation) || (placing.get(a.decisionId) ?? 0) - (placing.get(b.decisionId) ?? 0) || a.amountIndex - b.amountIndex);
    return { period, grants, byLevel: byLevel(grants), totalPence: sumPence(grants.map((item) => item.pence)) };
  });
  return { rows, totals: totalsOf(accepted) };
}

/** What the decisions of a view do with money, counted apart: "4 decisions accept money, 1 makes a bid". */
export interface DecisionCounts {
  /** Decisions with at least one sum accepted in the view. */
  accepting: number;
  /** Decisions that bid for money and accept none in the view. */
  bidding: number;
  /** The rest: decisions that only mention sums, or state none. */
  other: number;
}

export function decisionCounts(decisions: readonly Decision[], view: FundingViewId): DecisionCounts {
  const items = itemsInView(decisions, view);
  const accepting = new Set(items.filter(countsInTotals).map((item) => item.decisionId));
  const bidding = new Set(items.filter((item) => item.role === 'bid' && !accepting.has(item.decisionId)).map((item) => item.decisionId));
  const inView = decisionsInView(decisions, view);
  return { accepting: accepting.size, bidding: bidding.size, other: inView.filter((d) => !accepting.has(d.id) && !bidding.has(d.id)).length };
}

/** The counts in words: "4 decisions accept money, 1 makes a bid, 2 state no money of their own". */
export function decisionCountsInWords(counts: DecisionCounts): string {
  const parts = [
    `${counts.accepting} ${counts.accepting === 1 ? 'decision accepts' : 'decisions accept'} money`,
    ...(counts.bidding > 0 ? [`${counts.bidding} ${counts.bidding === 1 ? 'makes a bid' : 'make bids'}`] : []),
    ...(counts.other > 0 ? [`${counts.other} ${counts.other === 1 ? 'accepts' : 'accept'} none`] : []),
  ];
  return parts.join(', ');
}
