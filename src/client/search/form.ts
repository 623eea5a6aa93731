/**
 * The search form and the search state, both ways: the state the reader has filled in, and the form
 * filled in from a state (from the address, or with a filter removed).
 */
import type { FilterOptions } from '../../lib/search/engine.ts';
import { parseAmountFilter } from '../../lib/search/query.ts';
import { checkRanges, LIST_FILTERS, QUERY_MAX_CHARACTERS, stateToSearchParams, type SearchState } from '../../lib/search/state.ts';
import type { SearchParts } from './parts.ts';

/** The parts of the form the state is read from and written to. */
export type FormParts = Pick<SearchParts, 'q' | 'min' | 'max' | 'fyTo' | 'signedFrom' | 'signedTo' | 'sort' | 'selects' | 'amountError'>;

/** The value of a list option: years are numbers, as the records hold them. */
export function optionValue(filter: string, option: HTMLOptionElement): string | number {
  return filter === 'year' ? Number(option.value) : option.value;
}

/** The choices of each list filter, for the engine to count (the first option of each is "Any"). */
export function filterOptions(selects: FormParts['selects']): FilterOptions {
  return Object.fromEntries(LIST_FILTERS.map((filter) => [filter, [...selects[filter].options].slice(1).map((o) => optionValue(filter, o))]));
}

/**
 * The state the form describes. An amount box that holds no sum counts as empty and is marked
 * invalid, with a message, as is a span that ends before it starts; `valid` says whether all was readable.
 */
export function readForm(parts: FormParts): { state: SearchState; valid: boolean } {
  let valid = true;
  const amount = (input: HTMLInputElement) => {
    const value = input.value.trim();
    if (!value) return null;
    const pence = parseAmountFilter(value);
    if (pence === null) valid = false;
    return pence;
  };
  const { selects } = parts;
  const state: SearchState = {
    q: parts.q.value.slice(0, QUERY_MAX_CHARACTERS),
    year: selects.year.value ? Number(selects.year.value) : null,
    fy: selects.fy.value || null,
    fyTo: parts.fyTo.value || null,
    // A date box holds an ISO day or nothing: the browser keeps a half-typed date to itself.
    signedFrom: parts.signedFrom.value || null,
    signedTo: parts.signedTo.value || null,
    programme: selects.programme.value || null,
    funder: selects.funder.value || null,
    role: (selects.role.value || null) as SearchState['role'],
    minPence: amount(parts.min),
    maxPence: amount(parts.max),
    sort: (parts.sort.value || null) as SearchState['sort'],
  };
  const spans = checkRanges(state);
  parts.amountError.textContent = valid ? spans.join(' ') : 'Write sums like £1m, 500k or 1,000,000; that one is not used.';
  valid &&= spans.length === 0;
  parts.amountError.hidden = valid;
  for (const input of [parts.min, parts.max]) input.setAttribute('aria-invalid', String(input.value.trim() !== '' && parseAmountFilter(input.value) === null));
  return { state, valid };
}

/** Fills the form in from a state; amounts are written as the address writes them ("1.36m"). */
export function writeForm(parts: FormParts, state: SearchState): void {
  parts.q.value = state.q;
  const params = stateToSearchParams(state);
  parts.min.value = params.get('min') ?? '';
  parts.max.value = params.get('max') ?? '';
  parts.sort.value = state.sort ?? '';
  parts.fyTo.value = state.fyTo ?? '';
  parts.signedFrom.value = state.signedFrom ?? '';
  parts.signedTo.value = state.signedTo ?? '';
  for (const filter of LIST_FILTERS) parts.selects[filter].value = state[filter] === null ? '' : String(state[filter]);
}
