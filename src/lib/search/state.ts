/**
 * The whole search state lives in the URL (?q=&year=&fy=&fy-to=&signed-from=&signed-to=&min=&max=
 * &programme=&funder=&role=&sort=), so a search is a link a journalist can paste. Malformed
 * parameters are dropped with a note.
 */
import { parseIsoDate } from '../core/dates.ts';
import { parseFinancialYear } from '../core/financial-year.ts';
import { SUM_ROLES, type SumRole } from '../core/sums.ts';
import { parseAmountFilter } from './query.ts';

/** The orders a reader can choose. */
export const SORTS = ['best', 'newest', 'oldest', 'largest', 'smallest'] as const;
/** One of SORTS. */
export type Sort = (typeof SORTS)[number];

/** The longest query kept, from the box or the address; the box's maxlength says the same. */
export const QUERY_MAX_CHARACTERS = 200;

/** The filters chosen from a list of options, each of which the page counts. */
export const LIST_FILTERS = ['year', 'fy', 'programme', 'funder', 'role'] as const;
/** One of LIST_FILTERS. */
export type ListFilter = (typeof LIST_FILTERS)[number];

/** Everything a search is: its query, its filters and its order. */
export interface SearchState {
  q: string;
  year: number | null;
  /** A financial year: alone, that year; with `fyTo`, the first of a span ("2019/20" to "2021/22"). */
  fy: string | null;
  /** The last financial year of a span; with no `fy`, every year up to it. */
  fyTo: string | null;
  /** Signed on or after this day (ISO); a decision with no signing date is left out while either is set. */
  signedFrom: string | null;
  /** Signed on or before this day (ISO). */
  signedTo: string | null;
  minPence: number | null;
  maxPence: number | null;
  programme: string | null;
  funder: string | null;
  role: SumRole | null;
  /** null means the default: best match with a query, newest without. */
  sort: Sort | null;
}

/** No query, no filter, the default order: every decision, newest first. */
export const EMPTY_STATE: SearchState = {
  q: '',
  year: null,
  fy: null,
  fyTo: null,
  signedFrom: null,
  signedTo: null,
  minPence: null,
  maxPence: null,
  programme: null,
  funder: null,
  role: null,
  sort: null,
};

/** The sort in force: the chosen one, else best match when there is a query, newest otherwise. */
export function effectiveSort(state: SearchState): Sort {
  return state.sort ?? (state.q.trim() ? 'best' : 'newest');
}

/** A state read from an address, with what was left out of it. */
export interface StateFromUrl {
  state: SearchState;
  /** One plain sentence per parameter that was ignored. */
  ignored: string[];
}

/** Known values the URL may name, so a mistyped programme is reported, not silently empty. */
export interface KnownValues {
  programmes: readonly string[];
  funders: readonly string[];
}

/** Reads the search state from a query string; never throws. */
export function stateFromSearchParams(params: URLSearchParams, known: KnownValues): StateFromUrl {
  const state: SearchState = { ...EMPTY_STATE };
  const ignored: string[] = [];
  const value = (key: string) => params.get(key)?.trim() ?? '';
  const reject = (key: string, why: string) => ignored.push(`Ignored ${key}="${value(key)}": ${why}.`);

  state.q = (params.get('q') ?? '').slice(0, QUERY_MAX_CHARACTERS);
  if (value('year')) {
    const year = Number(value('year'));
    if (/^\d{4}$/.test(value('year')) && year >= 1990 && year <= 2100) state.year = year;
    else reject('year', 'a year is four digits, such as 2021');
  }
  for (const [key, field] of [['fy', 'fy'], ['fy-to', 'fyTo']] as const) {
    if (!value(key)) continue;
    const fy = parseFinancialYear(value(key));
    if (fy) state[field] = fy;
    else reject(key, 'a financial year is written like 2021/22');
  }
  for (const [key, field] of [['signed-from', 'signedFrom'], ['signed-to', 'signedTo']] as const) {
    if (!value(key)) continue;
    if (parseIsoDate(value(key))?.precision === 'day') state[field] = value(key);
    else reject(key, 'a day is written like 2021-04-01');
  }
  ignored.push(...checkRanges(state));
  for (const [key, field] of [['min', 'minPence'], ['max', 'maxPence']] as const) {
    if (!value(key)) continue;
    const pence = parseAmountFilter(value(key));
    if (pence !== null) state[field] = pence;
    else reject(key, 'an amount is written like £1m, 500k or 1,000,000');
  }
  if (state.minPence !== null && state.maxPence !== null && state.minPence > state.maxPence) {
    ignored.push('Ignored the amount range: its minimum is above its maximum.');
    state.minPence = null;
    state.maxPence = null;
  }
  if (value('programme')) {
    if (known.programmes.includes(value('programme'))) state.programme = value('programme');
    else reject('programme', 'no such programme');
  }
  if (value('funder')) {
    if (known.funders.includes(value('funder'))) state.funder = value('funder');
    else reject('funder', 'no such funder');
  }
  if (value('role')) {
    if ((SUM_ROLES as readonly string[]).includes(value('role'))) state.role = value('role') as SumRole;
    else reject('role', 'no such kind of sum');
  }
  if (value('sort')) {
    if ((SORTS as readonly string[]).includes(value('sort'))) state.sort = value('sort') as Sort;
    else reject('sort', 'sort by best, newest, oldest, largest or smallest');
  }
  return { state, ignored };
}

/**
 * An amount for the URL, exact, with integer arithmetic only: 136000000 pence -> "1.36m",
 * 13500000 -> "135000", 1050 -> "10.50".
 */
export function amountParam(pence: number): string {
  const pounds = Math.floor(pence / 100);
  const rest = pence - pounds * 100;
  if (rest !== 0) return `${pounds}.${String(rest).padStart(2, '0')}`;
  if (pounds < 1_000_000) return String(pounds);
  const millions = Math.floor(pounds / 1_000_000);
  const fraction = String(pounds - millions * 1_000_000).padStart(6, '0').replace(/0+$/, '');
  return `${millions}${fraction ? `.${fraction}` : ''}m`;
}

/** Writes the state as a query string, leaving out what is unset, in a fixed order. */
export function stateToSearchParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  const amount = (pence: number | null) => (pence === null ? null : amountParam(pence));
  const values: [string, string | number | null][] = [
    ['q', state.q.trim()],
    ['year', state.year],
    ['fy', state.fy],
    ['fy-to', state.fyTo],
    ['signed-from', state.signedFrom],
    ['signed-to', state.signedTo],
    ['min', amount(state.minPence)],
    ['max', amount(state.maxPence)],
    ['programme', state.programme],
    ['funder', state.funder],
    ['role', state.role],
    ['sort', state.sort],
  ];
  for (const [key, value] of values) if (value !== null && value !== '') params.set(key, String(value));
  return params;
}

/**
 * Puts the spans of a state in order, in place, saying what it dropped: a span that ends before it
 * starts is dropped whole; an end year equal to the start year is the start year alone.
 * Financial years and ISO days compare as strings: each starts with its four-digit year.
 */
export function checkRanges(state: SearchState): string[] {
  const dropped: string[] = [];
  if (state.fy && state.fyTo && state.fyTo <= state.fy) {
    if (state.fyTo < state.fy) dropped.push('Ignored the span of financial years: it ends before it starts.');
    state.fyTo = null;
  }
  if (state.signedFrom && state.signedTo && state.signedFrom > state.signedTo) {
    dropped.push('Ignored the signing dates: the first is after the last.');
    state.signedFrom = null;
    state.signedTo = null;
  }
  return dropped;
}

/** The state without a filter, as its chip's button asks: a span of years or of dates goes whole. */
export function withoutFilter(state: SearchState, field: keyof SearchState): SearchState {
  const next = { ...state, [field]: null };
  if (field === 'fyTo') next.fy = null;
  if (field === 'signedFrom' || field === 'signedTo') next.signedFrom = next.signedTo = null;
  return next;
}
