/**
 * The search itself, pure and synchronous: rank decision records for a query with fuse.js, merge in
 * the decisions whose full text matched (found by Pagefind in the page), apply the filters, count
 * what each filter option would leave, and sort. One coherent list of results.
 */
import Fuse, { type FuseResultMatch, type IFuseOptions } from 'fuse.js';
import type { SearchRecord } from './records.ts';
import { parseQuery } from './query.ts';
import { effectiveSort, type SearchState } from './state.ts';

/**
 * fuse.js reads the fields that name a decision: reference and title. Costs were measured per
 * keystroke at 2,000 decisions (npm run bench:search): fuzzy matching over the summaries too tripled
 * the time, and the words of summaries are in the full-text index (Pagefind) anyway. Programme and
 * funder names, repeated across thousands of records, are matched once each (see matchNames).
 */
export const FUSE_OPTIONS: IFuseOptions<SearchRecord> = {
  keys: [
    { name: 'reference', weight: 3 },
    { name: 'title', weight: 2 },
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

/** Options for matching the few distinct programme and funder names, with the same tolerance. */
const NAME_OPTIONS: IFuseOptions<string> = {
  threshold: FUSE_OPTIONS.threshold ?? 0.34,
  ignoreLocation: true,
  includeScore: true,
  minMatchCharLength: 2,
};

/**
 * The programme and funder names the query matches, with a score (0 best): "Orochy" finds
 * "Operation Orochi" fuzzily; a query under FUZZY_FROM letters must be part of the name. Each
 * distinct name is matched once, not once per record that carries it.
 */
export function matchNames(records: readonly SearchRecord[], text: string): Map<string, number> {
  const { names, fuse } = namesIndex(records);
  if (text.length < FUZZY_FROM) {
    const needle = text.toLowerCase();
    return new Map(names.filter((name) => name.toLowerCase().includes(needle)).map((name) => [name, 0]));
  }
  return new Map(fuse.search(text).map((hit) => [hit.item, hit.score ?? 1]));
}

/** The distinct names of a set of records, indexed once per set (the page keeps one set). */
const namesIndexes = new WeakMap<readonly SearchRecord[], { names: string[]; fuse: Fuse<string> }>();
function namesIndex(records: readonly SearchRecord[]): { names: string[]; fuse: Fuse<string> } {
  let index = namesIndexes.get(records);
  if (!index) {
    const names = new Set<string>();
    for (const record of records) {
      for (const name of record.programmeNames) names.add(name);
      for (const name of record.funders) names.add(name);
    }
    index = { names: [...names], fuse: new Fuse([...names], NAME_OPTIONS) };
    namesIndexes.set(records, index);
  }
  return index;
}

/** Queries shorter than this are matched exactly (as a substring), longer ones fuzzily. */
export const FUZZY_FROM = 4;

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
  if (parsed.referenceNumber === null && parsed.text.length < FUZZY_FROM) {
    // A few letters are matched exactly: fuzzily, "or" would match nearly every title, slowly and uselessly.
    const needle = parsed.text.toLowerCase();
    for (const record of records) {
      const at = record.title.toLowerCase().indexOf(needle);
      if (at !== -1) add(record, 0.1 + (at === 0 ? 0 : 0.05), 'record', [{ key: 'title', indices: [[at, at + needle.length - 1]] }]);
    }
  } else if (parsed.referenceNumber === null) {
    for (const hit of fuse.search(parsed.text)) add(hit.item, 0.1 + (hit.score ?? 1) * 0.5, 'record', hit.matches ?? []);
  }
  if (parsed.referenceNumber === null) {
    // A programme or funder named in the query: its decisions rank after closer title matches.
    const names = matchNames(records, parsed.text);
    if (names.size > 0) {
      for (const record of records) {
        let best = Infinity;
        for (const name of record.programmeNames) best = Math.min(best, names.get(name) ?? Infinity);
        for (const name of record.funders) best = Math.min(best, names.get(name) ?? Infinity);
        if (best !== Infinity) add(record, 0.35 + best * 0.5, 'record');
      }
    }
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
  // ISO dates compare as plain strings; localeCompare is many times slower and sorts run on every key.
  const da = a.date ?? '';
  const db = b.date ?? '';
  return (
    (da < db ? -1 : da > db ? 1 : 0) ||
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
  const counts = new Map<T, number>(options.map((option) => [option, 0]));
  // One pass over the results: each result adds one to every option it would satisfy.
  for (const { record } of matched) {
    if (!keep(record)) continue;
    for (const value of valuesOf(record, state, filter)) {
      const n = counts.get(value as T);
      if (n !== undefined) counts.set(value as T, n + 1);
    }
  }
  return counts;
}

/** The values of one filter a record satisfies, each once; the amount range applies to the kind of sum. */
function valuesOf(record: SearchRecord, state: SearchState, filter: 'year' | 'fy' | 'programme' | 'funder' | 'role'): Set<string | number> {
  switch (filter) {
    case 'year':
      return new Set(record.year === null ? [] : [record.year]);
    case 'fy':
      return new Set(record.financialYears);
    case 'programme':
      return new Set(record.programmes);
    case 'funder':
      return new Set(record.funders);
    case 'role': {
      const { minPence: min, maxPence: max } = state;
      return new Set(record.sums.filter((s) => (min === null || s.pence >= min) && (max === null || s.pence <= max)).map((s) => s.role));
    }
  }
}
