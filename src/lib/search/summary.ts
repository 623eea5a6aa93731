/**
 * What a selection of decisions adds up to, for the line under the result count and the totals row
 * of the results CSV: "3 decisions · £8.66m accepted · £3.7m bid". Accepted sums are added by the
 * site's one rule (countsInTotals); bids are added apart and never to what was accepted.
 */
import { formatDate } from '../core/dates.ts';
import { countsInTotals } from '../core/decisions.ts';
import { formatPenceShort } from '../core/money.ts';
import type { SearchRecord } from './records.ts';
import type { SearchState } from './state.ts';

/** The totals of a selection, in pence. */
export interface SelectionTotals {
  decisions: number;
  /** Every sum the decisions accept, by countsInTotals. */
  acceptedPence: number;
  /** Every bid, kept apart: money asked for is not money taken on. */
  bidPence: number;
}

/** The totals of the given decisions (of one decision, for its row of the CSV). */
export function selectionTotals(records: readonly Pick<SearchRecord, 'sums'>[]): SelectionTotals {
  const totals = { decisions: records.length, acceptedPence: 0, bidPence: 0 };
  for (const { sums } of records) {
    for (const sum of sums) {
      if (countsInTotals(sum)) totals.acceptedPence += sum.pence;
      else if (sum.role === 'bid') totals.bidPence += sum.pence;
    }
  }
  return totals;
}

/** "£8.66m accepted · £3.7m bid"; the bid only when there is one. */
export function totalsText({ acceptedPence, bidPence }: SelectionTotals): string {
  return `${formatPenceShort(acceptedPence)} accepted${bidPence ? ` · ${formatPenceShort(bidPence)} bid` : ''}`;
}

/** The spans of a state as chips, each with the field that removes it: "Financial years: 2019/20 to 2021/22". */
export function spanChips({ fy, fyTo, signedFrom: from, signedTo: to }: SearchState): [label: string, field: keyof SearchState][] {
  const chips: [string, keyof SearchState][] = [];
  if (fyTo) chips.push([`Financial years: ${fy ? `${fy} to` : 'up to'} ${fyTo}`, 'fyTo']);
  if (from || to) {
    const span = from && to ? `${formatDate(from)} to ${formatDate(to)}` : from ? `from ${formatDate(from)}` : `up to ${formatDate(to as string)}`;
    chips.push([`Signed ${span}`, from ? 'signedFrom' : 'signedTo']);
  }
  return chips;
}
