/**
 * The search itself, pure and synchronous: rank decision records for a query (fuse.js matches its words), merge in
 * the decisions whose full text matched (src/lib/search/text-index.ts), apply the filters
 * (filters.ts), count what each filter option would leave, and sort: runSearch, the one entry point.
 */
// The basic build: the engine only matches fuzzily, without extended, logical or token search, so the page sends less.
import Fuse, { type FuseResultMatch, type IFuseOptions } from 'fuse.js/basic';
import type { SearchRecord } from './records.ts';
import { parseQuery } from './query.ts';
import { WORD, wordsIn } from './words.ts';
import { filterPredicate, optionCounts } from './filters.ts';
import { effectiveSort, LIST_FILTERS, type ListFilter, type SearchState } from './state.ts';

/**
 * fuse.js matches the words of the fields that name a decision, its reference and title, not each
 * record's whole title: titles share a small vocabulary, so each distinct word is matched once and
 * the records that hold it are looked up (the README gives what that saves per keystroke). The words
 * of summaries are in the full-text index (text-index.ts); programme and funder names are matched
 * once each (matchNames).
 */
export const FUSE_OPTIONS: IFuseOptions<string> = {
  threshold: 0.34,
  // A word matches wherever the typed word fits in it, not only near its start.
  ignoreLocation: true,
  includeScore: true,
  minMatchCharLength: 2,
};

/** The fields whose words are indexed, and highlighted in a result. */
export type RecordKey = 'reference' | 'title';

/** The distinct words of the records' references and titles, and the records that hold each. */
export interface WordIndex {
  /** fuse.js over the words that are not all digits. */
  fuse: Fuse<string>;
  words: readonly string[];
  /** Words of digits only ("1092", "2021"), matched by their start: a fuzzy number is another number. */
  numbers: readonly string[];
  /** Each word's records, each once, in the order given. */
  records: ReadonlyMap<string, readonly SearchRecord[]>;
}

const DIGITS = /^\d+$/;

/** Indexes the words of each record's reference and title. Later changes to the array do not reach the index. */
export function createWordIndex(records: readonly SearchRecord[]): WordIndex {
  const byWord = new Map<string, SearchRecord[]>();
  for (const record of records) {
    for (const word of wordsIn(record.reference ? `${record.reference} ${record.title}` : record.title)) {
      const list = byWord.get(word);
      if (!list) byWord.set(word, [record]);
      else if (list[list.length - 1] !== record) list.push(record);
    }
  }
  const all = [...byWord.keys()];
  const words = all.filter((w) => !DIGITS.test(w));
  return { fuse: new Fuse(words, FUSE_OPTIONS), words, numbers: all.filter((w) => DIGITS.test(w)), records: byWord };
}

/** An indexed word one word of a query matched: its score (0 best) and, for a few letters, where they are in it. */
export interface WordMatch {
  score: number;
  at: number | null;
  length: number;
  /** The typed word is in the indexed word as typed; false for a fuzzy neighbour ("orochy" in "orochi"). */
  exact: boolean;
}

/** For each word of a query, the indexed words it matched. Results keep it, to draw their highlights. */
export type QueryWords = readonly ReadonlyMap<string, WordMatch>[];

/**
 * The indexed words one typed word matches: a number matches the numbers it starts; under
 * FUZZY_FROM letters, the words that contain it; from FUZZY_FROM letters, fuzzily ("orochy" finds "orochi").
 */
function matchWord(index: WordIndex, term: string): Map<string, WordMatch> {
  const found = new Map<string, WordMatch>();
  if (DIGITS.test(term)) {
    for (const word of index.numbers) if (word.startsWith(term)) found.set(word, { score: word === term ? 0 : 0.05, at: 0, length: term.length, exact: true });
  } else if (term.length < FUZZY_FROM) {
    for (const word of index.words) {
      const at = word.indexOf(term);
      if (at !== -1) found.set(word, { score: at === 0 ? 0 : 0.05, at, length: term.length, exact: true });
    }
  } else {
    for (const hit of index.fuse.search(term)) {
      found.set(hit.item, { score: hit.score ?? 1, at: null, length: hit.item.length, exact: hit.item.includes(term) });
    }
  }
  return found;
}

/** How a record matched a query: the mean of its words' best scores, and whether every word was found as typed. */
export interface RecordMatch {
  score: number;
  exact: boolean;
}

/** Records whose reference or title holds every word of the query, each scored by the mean of its words' best scores. */
function matchRecords(index: WordIndex, text: string): { matches: Map<SearchRecord, RecordMatch>; words: QueryWords } {
  const terms = [...new Set(wordsIn(text))];
  const words = terms.map((term) => matchWord(index, term));
  let totals: Map<SearchRecord, RecordMatch> | null = null;
  for (const matched of words) {
    // Each record's best match for this word: an exact one is always the better (it scores 0 or near it).
    const best = new Map<SearchRecord, RecordMatch>();
    for (const [word, { score, exact }] of matched) {
      for (const record of index.records.get(word) ?? []) {
        if (totals && !totals.has(record)) continue;
        const before = best.get(record);
        if (!before) best.set(record, { score, exact });
        else {
          before.score = Math.min(before.score, score);
          before.exact ||= exact;
        }
      }
    }
    if (totals) {
      for (const [record, match] of best) {
        const earlier = totals.get(record) as RecordMatch;
        best.set(record, { score: match.score + earlier.score, exact: match.exact && earlier.exact });
      }
    }
    totals = best;
    if (totals.size === 0) break;
  }
  const matches = new Map<SearchRecord, RecordMatch>();
  for (const [record, { score, exact }] of totals ?? []) matches.set(record, { score: score / terms.length, exact });
  return { matches, words };
}

/**
 * Where a result's reference and title match its query, as fuse.js-style inclusive character
 * ranges, for highlighting. Worked out only for the results drawn, not for every match.
 */
export function highlights(result: SearchResult): FuseResultMatch[] {
  const { words } = result;
  if (!words) return [];
  const out: FuseResultMatch[] = [];
  for (const key of ['reference', 'title'] as const) {
    const text = result.record[key];
    if (!text) continue;
    const indices: [number, number][] = [];
    for (const m of text.matchAll(WORD)) {
      const end = m.index + m[0].length - 1;
      const word = m[0].toLowerCase();
      for (const matched of words) {
        const hit = matched.get(word);
        if (!hit) continue;
        indices.push(hit.at === null ? [m.index, end] : [m.index + hit.at, Math.min(end, m.index + hit.at + hit.length - 1)]);
      }
    }
    if (indices.length > 0) out.push({ key, indices });
  }
  return out;
}

/** Options for matching the few distinct programme and funder names, with the same tolerance. */
const NAME_OPTIONS: IFuseOptions<string> = FUSE_OPTIONS;

/**
 * The programme and funder names the query matches, each with a score (0 best) and whether every
 * word of the query is in one of the name's words as typed (as for titles, so "home-office" is
 * exact for "Home Office"): "Orochy" finds "Operation Orochi" fuzzily; a query under
 * FUZZY_FROM letters must be part of the name. Each distinct name is matched once, not once per
 * record that carries it.
 */
export function matchNames(records: readonly SearchRecord[], text: string): Map<string, RecordMatch> {
  const { names, fuse } = namesIndex(records);
  if (text.length < FUZZY_FROM) {
    const needle = text.toLowerCase();
    return new Map(names.filter((name) => name.toLowerCase().includes(needle)).map((name) => [name, { score: 0, exact: true }]));
  }
  const terms = wordsIn(text);
  const exact = (name: string) => {
    const words = wordsIn(name);
    return terms.length > 0 && terms.every((term) => words.some((word) => word.includes(term)));
  };
  return new Map(fuse.search(text).map((hit) => [hit.item, { score: hit.score ?? 1, exact: exact(hit.item) }]));
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

/**
 * Where each kind of match starts on the scale of scores (lower is better); a match adds up to 0.25
 * within its band. An exact reference is 0 and a stated sum 0.01.
 */
export const RANK = {
  /** Every word of the query is in the reference or title as typed (or starts a number in it). */
  record: 0.1,
  /** The query is in a programme or funder name as typed. */
  name: 0.35,
  /** The decision's full text holds the words (the engine's rank adds up to 0.25). */
  text: 0.7,
  /** A word of the query is only near a word of the title ("orochy" and "orochi"). */
  fuzzyRecord: 1,
  /** The query is only near a programme or funder name. */
  fuzzyName: 1.25,
} as const;

/** Queries shorter than this are matched exactly (as a substring), longer ones fuzzily. */
export const FUZZY_FROM = 4;

/** Why a result matched, strongest first. */
export type MatchReason = 'reference' | 'amount' | 'record' | 'text';

/** A record the query matched: how well, why, and what its words matched. */
export interface SearchResult {
  record: SearchRecord;
  /** Lower is better; 0 is an exact reference or amount. */
  score: number;
  reasons: MatchReason[];
  /** What the words of the query matched, when the reference or title matched (see highlights). */
  words: QueryWords | null;
}

/** A full-text hit: the decision id and the engine's rank (0 = best). */
export interface TextHit {
  id: string;
  rank: number;
}

/** Records matching the query (before filters), best first. An empty query matches everything. */
export function matchQuery(
  records: readonly SearchRecord[],
  index: WordIndex,
  query: string,
  textHits: readonly TextHit[] = [],
): SearchResult[] {
  const parsed = parseQuery(query);
  if (!parsed.text) return records.map((record) => ({ record, score: 1, reasons: [], words: null }));
  const results = new Map<string, SearchResult>();
  const add = (record: SearchRecord, score: number, reason: MatchReason, words: QueryWords | null = null) => {
    const existing = results.get(record.id);
    if (existing) {
      existing.score = Math.min(existing.score, score);
      if (!existing.reasons.includes(reason)) existing.reasons.push(reason);
      existing.words ??= words;
    } else {
      results.set(record.id, { record, score, reasons: [reason], words });
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
    const { matches, words } = matchRecords(index, parsed.text);
    for (const [record, { score, exact }] of matches) add(record, (exact ? RANK.record : RANK.fuzzyRecord) + score * 0.5, 'record', words);
    // A programme or funder named in the query: its decisions rank after closer title matches.
    const names = matchNames(records, parsed.text);
    if (names.size > 0) {
      for (const record of records) {
        let best: RecordMatch | null = null;
        for (const name of [...record.programmeNames, ...record.funders]) {
          const match = names.get(name);
          if (match && (!best || match.score < best.score)) best = match;
        }
        if (best) add(record, (best.exact ? RANK.name : RANK.fuzzyName) + best.score * 0.5, 'record');
      }
    }
  }
  const byId = new Map(records.map((r) => [r.id, r]));
  for (const hit of textHits) {
    const record = byId.get(hit.id);
    // Full-text hits come after the decisions that name the words as typed, in the engine's own order,
    // and before those that only name a fuzzy neighbour of them: a text that holds the very word asked
    // for is a better answer than a title holding a word like it. The engine's order is kept however
    // many hits there are (rank / (rank + n) grows with the rank and stays under 1).
    if (record) add(record, RANK.text + (0.25 * hit.rank) / (hit.rank + textHits.length), 'text');
  }
  return [...results.values()];
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

/** A list filter's values: years are numbers, the others strings. */
export type FilterValue<F extends ListFilter> = F extends 'year' ? number : string;

/** The options of each list filter to count (the values its list offers); a filter left out is not counted. */
export type FilterOptions = { readonly [F in ListFilter]?: readonly FilterValue<F>[] };

/** For each filter whose options were given, how many results each option would leave. */
export type OptionCountsByFilter = { [F in ListFilter]?: Map<FilterValue<F>, number> };

/** What a search finds: its results, best first (or in the chosen order), and the option counts. */
export interface SearchOutcome {
  results: SearchResult[];
  counts: OptionCountsByFilter;
}

/**
 * The search, for a state: the records matching its query, filtered and sorted, and how many
 * results each of the given filter options would leave, the other filters applied.
 */
export function runSearch(
  records: readonly SearchRecord[],
  index: WordIndex,
  state: SearchState,
  textHits: readonly TextHit[] = [],
  options: FilterOptions = {},
): SearchOutcome {
  // The query is matched once; the list and every option count come from the same matches.
  const matched = matchQuery(records, index, state.q, textHits);
  const keep = filterPredicate(state);
  const counts = Object.fromEntries(
    LIST_FILTERS.flatMap((filter) => {
      const values: readonly (string | number)[] | undefined = options[filter];
      return values ? [[filter, optionCounts(matched, state, filter, values)]] : [];
    }),
  ) as OptionCountsByFilter;
  return { results: sortResults(matched.filter((r) => keep(r.record)), state), counts };
}
