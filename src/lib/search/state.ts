/**
 * The whole search state lives in the URL (?q=&year=&fy=&min=&max=&programme=&funder=&role=&sort=),
 * so a search is a link a journalist can paste. Malformed parameters are dropped with a note.
 */
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
  fy: string | null;
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
  if (value('fy')) {
    const fy = parseFinancialYear(value('fy'));
    if (fy) state.fy = fy;
    else reject('fy', 'a financial year is written like 2021/22');
  }
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
  if (state.q.trim()) params.set('q', state.q.trim());
  if (state.year !== null) params.set('year', String(state.year));
  if (state.fy) params.set('fy', state.fy);
  if (state.minPence !== null) params.set('min', amountParam(state.minPence));
  if (state.maxPence !== null) params.set('max', amountParam(state.maxPence));
  if (state.programme) params.set('programme', state.programme);
  if (state.funder) params.set('funder', state.funder);
  if (state.role) params.set('role', state.role);
  if (state.sort) params.set('sort', state.sort);
  return params;
}
