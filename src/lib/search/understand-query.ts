/**
 * What the search box understands in what a journalist types, besides words: a year ("2021"), a
 * financial year ("2021/22"), and a range of sums ("over £1m", "more than 500k", "between £100k and
 * £2m", "under £200,000"). Each phrase understood becomes a filter of the search state and a few words
 * saying so; the rest of the query is searched as words. Text in double quotes is never read this
 * way, so quoting a query searches it literally (the page's "search as words" undoes an understanding
 * by quoting it). Sums are read by core's parseAmount, the one money parser.
 *
 * A year filters rather than ranks: the page's year filter, its address and its chips already say
 * what a filter does, and "2021" asked of an archive means "the decisions of 2021", not "texts that
 * mention 2021 first" (the quoted query still finds those).
 */
import { formatPenceShort, parseAmount } from '../core/money.ts';
import { parseFinancialYear } from '../core/financial-year.ts';

/** The filters a query can name. */
export type UnderstoodField = 'year' | 'fy' | 'minPence' | 'maxPence';

/** A phrase of a query read as filters, with what it says in words. */
export interface UnderstoodPhrase {
  /** The phrase as typed. */
  text: string;
  /** The filters it sets. */
  filters: { year?: number; fy?: string; minPence?: number; maxPence?: number };
  /** What it means, to follow "Showing decisions": "of 2021", "with a sum of £1m or more". */
  said: string;
}

/** A query read: the words left to search for, and the phrases read as filters. */
export interface Understanding {
  /** The query without the phrases understood, quotes kept, spaces collapsed. */
  words: string;
  phrases: UnderstoodPhrase[];
  /** Every phrase's filters, merged: a later phrase wins. */
  filters: UnderstoodPhrase['filters'];
}

/** What the archive holds, so a year or financial year it has no decision of stays a word. */
export interface QueryContext {
  years?: readonly number[];
  financialYears?: readonly string[];
  /** Filters the reader set by hand since typing: phrases that would set them are left as words. */
  except?: readonly UnderstoodField[];
}

// A sum as typed: digits with an optional pound sign, thousands separators, decimals and unit.
const SUM = String.raw`£?\s?\d[\d,]*(?:\.\d+)?(?:\s?(?:k|m|bn|thousand|million|billion)(?![\p{L}\d]))?`;
const START = String.raw`(?<![\p{L}\d£.,])`;
const END = String.raw`(?![\p{L}\d£]|[.,]\d)`;
const ABOVE = String.raw`over|above|more than|greater than|at least|exceeding|no less than|not less than`;
const BELOW = String.raw`under|below|less than|up to|at most|no more than|not more than|not over`;

/** The patterns, tried together from the left; the first alternative that fits at a place wins. */
const PHRASE = new RegExp(
  [
    String.raw`${START}(?:between|from)\s+(?<low>${SUM})\s*(?:and|to|-|–)\s*(?<high>${SUM})${END}`,
    String.raw`${START}(?<below>${BELOW})\s+(?<max>${SUM})${END}`,
    String.raw`${START}(?<above>${ABOVE})\s+(?<min>${SUM})${END}`,
    String.raw`${START}(?<plus>${SUM})\s*(?:\+|or more|and above|and over)${END}`,
    String.raw`${START}(?<minus>${SUM})\s+(?:or less|and under|and below)${END}`,
    String.raw`${START}(?:(?:in|of|during|for)\s+)?(?:fy\s*)?(?<fy>(?:19|20)\d\d\s*[/-]\s*\d\d(?:\d\d)?|(?<=fy\s*)\d\d\s*[/-]\s*\d\d)${END}`,
    String.raw`${START}(?<!pcd[\s-]*)(?:(?:in|of|during)\s+)?(?<year>(?:19|20)\d\d)${END}`,
  ].join('|'),
  'giu',
);

/** A sum reads as one when it says so: a pound sign, a unit, thousands separators, or five digits or more. */
const LOOKS_LIKE_MONEY = /£|\d\s?[a-z]+$|\d,\d{3}|\d{5}/i;

/** The pence of a sum as typed, or null: a bare small number ("5", "18") is not taken for money. */
function sumOf(text: string | undefined, bare = false): number | null {
  if (!text || !(bare || LOOKS_LIKE_MONEY.test(text))) return null;
  return parseAmount(text.replace(/\s+/g, ' '));
}

const money = (pence: number) => formatPenceShort(pence);

/** Reads one matched phrase into filters, or null when it is not one after all (an unknown year, "between 5 and 10"). */
function readPhrase(groups: Record<string, string | undefined>, context: QueryContext): Omit<UnderstoodPhrase, 'text'> | null {
  const { low, high, max, min, plus, minus, fy, year } = groups;
  if (low !== undefined) {
    // Both ends are sums if either says it is one: "between £5 and 10" is £5 to £10.
    const moneyLike = LOOKS_LIKE_MONEY.test(low) || LOOKS_LIKE_MONEY.test(high ?? '');
    const a = sumOf(low, moneyLike);
    const b = sumOf(high, moneyLike);
    if (a === null || b === null) return null;
    const [from, to] = a <= b ? [a, b] : [b, a];
    return { filters: { minPence: from, maxPence: to }, said: `with a sum from ${money(from)} to ${money(to)}` };
  }
  const atMost = sumOf(max ?? minus);
  if (atMost !== null) return { filters: { maxPence: atMost }, said: `with a sum of ${money(atMost)} or less` };
  const atLeast = sumOf(min ?? plus);
  if (atLeast !== null) return { filters: { minPence: atLeast }, said: `with a sum of ${money(atLeast)} or more` };
  if (fy !== undefined) {
    const parsed = parseFinancialYear(fy.replace(/\s+/g, ''));
    if (!parsed || !(context.financialYears ?? [parsed]).includes(parsed)) return null;
    return { filters: { fy: parsed }, said: `of financial year ${parsed}` };
  }
  if (year !== undefined) {
    const value = Number(year);
    if (!(context.years ?? [value]).includes(value)) return null;
    return { filters: { year: value }, said: `of ${value}` };
  }
  return null;
}

/**
 * Reads a query as typed: the phrases that name a year, a financial year or a range of sums, and the
 * words left. Never throws; what it cannot read stays a word ("over £", "between 5 and", "under -3").
 */
export function understandQuery(query: string, context: QueryContext = {}): Understanding {
  const phrases: UnderstoodPhrase[] = [];
  const except = new Set(context.except ?? []);
  // Quoted text, and the quotes, are kept as typed.
  let quoted = false;
  const kept = query.split(/(["“”])/).map((part) => {
    if (/^["“”]$/.test(part)) quoted = !quoted;
    if (quoted || /^["“”]$/.test(part)) return part;
    return part.replace(PHRASE, (text: string, ...rest: unknown[]) => {
      const groups = rest.at(-1) as Record<string, string | undefined>;
      const read = readPhrase(groups, context);
      if (!read || Object.keys(read.filters).some((field) => except.has(field as UnderstoodField))) return text;
      phrases.push({ text: text.trim(), ...read });
      return ' ';
    });
  });
  const filters = Object.assign({}, ...phrases.map((p) => p.filters)) as UnderstoodPhrase['filters'];
  return { words: kept.join('').replace(/\s+/g, ' ').trim(), phrases, filters };
}

/** The query searched word for word, nothing read as a filter: the query in double quotes. */
export function literalQuery(query: string): string {
  const bare = query.replace(/["“”]/g, '').trim();
  return bare ? `"${bare}"` : '';
}

/** What a query was understood to ask, as one sentence ("Showing decisions of 2021 · with a sum of £1m or more"); empty if nothing. */
export function understoodSentence({ phrases }: Understanding): string {
  return phrases.length === 0 ? '' : `Showing decisions ${phrases.map((p) => p.said).join(' · ')}`;
}
