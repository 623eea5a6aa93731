/**
 * The search itself, pure and synchronous: rank decision records for a query with fuse.js, merge in
 * the decisions whose full text matched (found by Pagefind in the page), apply the filters, count
 * what each filter option would leave, and sort. One coherent list of results.
 */
import Fuse, { type FuseResultMatch, type IFuseOptions } from 'fuse.js';
import type { SearchRecord } from './records.ts';
import { parseQuery } from './query.ts';
import { effectiveSort, type SearchState } from './state.ts';

export const FUSE_OPTIONS: IFuseOptions<SearchRecord> = {
  keys: [
    { name: 'reference', weight: 3 },
    { name: 'title', weight: 2 },
    { name: 'label', weight: 1 },
    { name: 'summary', weight: 1 },
    { name: 'programmeNames', weight: 1 },
    { name: 'funders', weight: 0.5 },
  ],
  threshold: 0.34,
  // Records are short; match anywhere in a field, not only near its start.
  ignoreLocation: true,
  includeScore: true,
  includeMatches: true,
  minMatchCharLength: 2,
};

export function createFuse(records: readonly SearchRecord[]): Fuse<SearchRecord> {
  return new Fuse([...records], FUSE_OPTIONS);
}

/** Why a result matched, strongest first. */
export type MatchReason = 'reference' | 'amount' | 'record' | 'text';

export interface SearchResult {
  record: SearchRecord;
  /** Lower is better; 0 is an exact reference or amount. */
  score: number;
  reasons: MatchReason[];
  /** Fuse's character ranges in record fields, for highlighting. */
  matches: readonly FuseResultMatch[];
}

/** A full-text hit: the decision id and the engine's rank (0 = best). */
export interface TextHit {
  id: string;
  rank: number;
}

/** Records matching the query (before filters), best first. An empty query matches everything. */
export function matchQuery(
  records: readonly SearchRecord[],
  fuse: Fuse<SearchRecord>,
  query: string,
  textHits: readonly TextHit[] = [],
): SearchResult[] {
  const parsed = parseQuery(query);
  if (!parsed.text) return records.map((record) => ({ record, score: 1, reasons: [], matches: [] }));
  const results = new Map<string, SearchResult>();
  const add = (record: SearchRecord, score: number, reason: MatchReason, matches: readonly FuseResultMatch[] = []) => {
    const existing = results.get(record.id);
    if (existing) {
      existing.score = Math.min(existing.score, score);
      if (!existing.reasons.includes(reason)) existing.reasons.push(reason);
      if (matches.length > 0 && existing.matches.length === 0) existing.matches = matches;
    } else {
      results.set(record.id, { record, score, reasons: [reason], matches });
    }
  };
  if (parsed.referenceNumber !== null) {
    for (const record of records) if (record.referenceNumber === parsed.referenceNumber) add(record, 0, 'reference');
  }
  if (parsed.amountPence !== null) {
    for (const record of records) if (record.sums.some((s) => s.pence === parsed.amountPence)) add(record, 0.01, 'amount');
    // A sum is answered exactly: fuzzy matching would find every other figure with similar digits.
    return [...results.values()];
  }
  // A reference is answered exactly too (plus the decisions whose text cites it), not with its fuzzy neighbours.
  if (parsed.referenceNumber === null) {
    for (const hit of fuse.search(parsed.text)) add(hit.item, 0.1 + (hit.score ?? 1) * 0.5, 'record', hit.matches ?? []);
  }
  const byId = new Map(records.map((r) => [r.id, r]));
  for (const hit of textHits) {
    const record = byId.get(hit.id);
    // Full-text hits rank after record matches, in the engine's own order.
    if (record) add(record, 0.7 + Math.min(hit.rank, 1000) / 4000, 'text');
  }
  return [...results.values()];
}

/** The filters of a state, as a predicate. `except` leaves one filter out, for option counts. */
export function filterPredicate(state: SearchState, except?: keyof SearchState): (record: SearchRecord) => boolean {
  return (record) => {
    if (except !== 'year' && state.year !== null && record.year !== state.year) return false;
    if (except !== 'fy' && state.fy && !record.financialYears.includes(state.fy)) return false;
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

/** Oldest first; a tie goes to the lower reference number, then the id: the reverse of the listings' order. */
function compareOldest(a: SearchRecord, b: SearchRecord): number {
  return (
    (a.date ?? '').localeCompare(b.date ?? '') ||
    (a.referenceNumber ?? 0) - (b.referenceNumber ?? 0) ||
    b.id.localeCompare(a.id)
  );
}

/** Sorts results for a state: best match, newest, oldest, largest or smallest headline sum. */
export function sortResults(results: SearchResult[], state: SearchState): SearchResult[] {
  const sort = effectiveSort(state);
  const amount = (r: SearchResult) => r.record.headline?.pence ?? -1;
  const tie = (a: SearchResult, b: SearchResult) => compareOldest(b.record, a.record);
  const comparators: Record<string, (a: SearchResult, b: SearchResult) => number> = {
    best: (a, b) => a.score - b.score || tie(a, b),
    newest: (a, b) => tie(a, b),
    oldest: (a, b) => compareOldest(a.record, b.record),
    largest: (a, b) => amount(b) - amount(a) || tie(a, b),
    smallest: (a, b) => amount(a) - amount(b) || tie(a, b),
  };
  return [...results].sort(comparators[sort]);
}

/** Results for a state: matched, filtered and sorted. */
export function runSearch(
  records: readonly SearchRecord[],
  fuse: Fuse<SearchRecord>,
  state: SearchState,
  textHits: readonly TextHit[] = [],
): SearchResult[] {
  const keep = filterPredicate(state);
  return sortResults(matchQuery(records, fuse, state.q, textHits).filter((r) => keep(r.record)), state);
}

/** How many results each option of a filter would leave, the other filters applied. */
export function optionCounts<T extends string | number>(
  matched: readonly SearchResult[],
  state: SearchState,
  filter: 'year' | 'fy' | 'programme' | 'funder' | 'role',
  options: readonly T[],
): Map<T, number> {
  const keep = filterPredicate(state, filter);
  const base = matched.filter((r) => keep(r.record));
  return new Map(
    options.map((option) => {
      const withOption = filterPredicate({ ...state, [filter]: option } as SearchState);
      return [option, base.filter((r) => withOption(r.record)).length];
    }),
  );
}
