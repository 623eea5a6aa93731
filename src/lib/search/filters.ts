/**
 * The filters of a search: which records a state's filters keep, and how many results each option
 * of a list filter would leave, for the counts beside the options.
 */
import type { SearchRecord } from './records.ts';
import type { ListFilter, SearchState } from './state.ts';

/** The filters of a state, as a predicate. `except` leaves one filter out, for option counts. */
export function filterPredicate(state: SearchState, except?: keyof SearchState): (record: SearchRecord) => boolean {
  return (record) => {
    if (except !== 'year' && state.year !== null && record.year !== state.year) return false;
    if (except !== 'fy' && (state.fy || state.fyTo) && !record.financialYears.some((fy) => inYears(fy, state))) return false;
    if (except !== 'signedFrom' && (state.signedFrom || state.signedTo) && !signedWithin(record, state)) return false;
    if (except !== 'programme' && state.programme && !record.programmes.includes(state.programme)) return false;
    if (except !== 'funder' && state.funder && !record.funders.includes(state.funder)) return false;
    const role = except === 'role' ? null : state.role;
    const min = except === 'minPence' ? null : state.minPence;
    const max = except === 'maxPence' ? null : state.maxPence;
    if (role || min !== null || max !== null) {
      // A decision qualifies when one of its sums of the chosen kind (any money, if none chosen) is in range.
      const sums = record.sums.filter((s) => (role ? s.role === role : s.role !== 'context'));
      if (!sums.some((s) => (min === null || s.pence >= min) && (max === null || s.pence <= max))) return false;
    }
    return true;
  };
}

/**
 * Whether a financial year is in the state's: the year itself, or within the span from `fy` to
 * `fyTo`. Canonical financial years ("2021/22") compare as strings.
 */
function inYears(fy: string, { fy: from, fyTo: to }: SearchState): boolean {
  return to ? (!from || fy >= from) && fy <= to : fy === from;
}

/**
 * Whether a decision was signed within the state's dates. One with no signing date is left out:
 * its placing date is another date (a funding period's start), not a signature. A signing date
 * known only to the month counts when its month overlaps the dates.
 */
function signedWithin({ date, dateIsSigned }: SearchRecord, { signedFrom: from, signedTo: to }: SearchState): boolean {
  if (!dateIsSigned || !date) return false;
  const month = date.length === 7;
  return (!from || (month ? `${date}-31` : date) >= from) && (!to || (month ? `${date}-01` : date) <= to);
}

/** How many results each option of a filter would leave, the other filters applied. */
export function optionCounts<T extends string | number>(
  matched: readonly { record: SearchRecord }[],
  state: SearchState,
  filter: ListFilter,
  options: readonly T[],
): Map<T, number> {
  // A kind of sum's count reads the amount range against sums of that kind (valuesOf); the range
  // read against any money would drop a decision whose only sum in range is, say, a market's size.
  const keep = filter === 'role' ? filterPredicate({ ...state, minPence: null, maxPence: null }, 'role') : filterPredicate(state, filter);
  const counts = new Map<T, number>(options.map((option) => [option, 0]));
  // One pass over the results: each result adds one to every option it would satisfy, once.
  const bump = (value: string | number) => {
    const n = counts.get(value as T);
    if (n !== undefined) counts.set(value as T, n + 1);
  };
  for (const { record } of matched) {
    if (!keep(record)) continue;
    if (filter === 'year') {
      if (record.year !== null) bump(record.year);
      continue;
    }
    const values = valuesOf(record, state, filter);
    values.forEach((value, i) => {
      if (values.indexOf(value) === i) bump(value);
    });
  }
  return counts;
}

/** The values of a list filter a record satisfies (possibly repeated); the amount range applies to the kind of sum. */
function valuesOf(record: SearchRecord, state: SearchState, filter: Exclude<ListFilter, 'year'>): readonly string[] {
  switch (filter) {
    case 'fy':
      return record.financialYears;
    case 'programme':
      return record.programmes;
    case 'funder':
      return record.funders;
    case 'role': {
      const { minPence: min, maxPence: max } = state;
      return record.sums.filter((s) => (min === null || s.pence >= min) && (max === null || s.pence <= max)).map((s) => s.role);
    }
  }
}
