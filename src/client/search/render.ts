/**
 * Drawing a search: the count, the results a page at a time, the counts beside the filter options,
 * the filters in force as removable chips, the notes on the address and the loading problems.
 * Built with createElement and textContent: nothing from the data or the address is read as HTML.
 */
import { formatPence } from '../../lib/core/money.ts';
import type { OptionCountsByFilter, SearchResult } from '../../lib/search/engine.ts';
import { LIST_FILTERS, type SearchState } from '../../lib/search/state.ts';
import { spanChips, totalsText, type SelectionTotals } from '../../lib/search/summary.ts';
import { optionValue } from './form.ts';
import type { SearchParts } from './parts.ts';

/** Results drawn at a time: a common word matches most of the archive, and drawing it all is slow. */
export const RESULTS_PER_PAGE = 50;

/** "12 decisions for “orochi”", "1 decision", "No decisions". */
export function drawCount(count: HTMLElement, n: number, query: string): void {
  const q = query.trim();
  count.textContent = `${n === 0 ? 'No' : n} ${n === 1 ? 'decision' : 'decisions'}${q ? ` for “${q}”` : ''}`;
}

/**
 * What the results add up to, "£8.66m accepted · £3.7m bid", and, while signing dates filter, how
 * many decisions that would otherwise be listed were left out for having no signing date.
 */
export function drawTotals(totals: HTMLElement, sums: SelectionTotals, unsigned: number): void {
  const left = unsigned ? ` · ${unsigned} ${unsigned === 1 ? 'decision' : 'decisions'} with no signing date left out` : '';
  totals.textContent = totalsText(sums) + left;
}

/** The first `shown` results, each drawn by `item`, and the "Show more" button for the rest. */
export function drawResults(
  { results: list, more }: Pick<SearchParts, 'results' | 'more'>,
  results: readonly SearchResult[],
  shown: number,
  item: (result: SearchResult) => HTMLLIElement,
): void {
  list.replaceChildren(...results.slice(0, shown).map(item));
  more.hidden = results.length <= shown;
  more.textContent = `Show ${Math.min(RESULTS_PER_PAGE, results.length - shown)} more of ${results.length - shown} remaining`;
}

/** Each option's label followed by the number of results choosing it would list: "2021 (2)". */
export function drawOptionCounts(selects: SearchParts['selects'], counts: OptionCountsByFilter): void {
  for (const filter of LIST_FILTERS) {
    const count = counts[filter] as ReadonlyMap<string | number, number> | undefined;
    for (const option of [...selects[filter].options].slice(1)) {
      option.textContent = `${labelOf(option)} (${count?.get(optionValue(filter, option)) ?? 0})`;
    }
  }
}

/** The filters of a state as chips, each a button that calls `remove` with the field it clears; returns how many. */
export function drawActiveFilters(
  { activeFilters, selects }: Pick<SearchParts, 'activeFilters' | 'selects'>,
  state: SearchState,
  remove: (field: keyof SearchState) => void,
): number {
  const chips: [string, keyof SearchState][] = [];
  for (const filter of LIST_FILTERS) {
    // A span of financial years is one chip, from spanChips.
    if (state[filter] === null || (filter === 'fy' && state.fyTo)) continue;
    const select = selects[filter];
    const option = [...select.options].find((o) => o.value === String(state[filter]));
    // A chip is headed by its filter's own label ("Financial year: 2021/22").
    chips.push([`${select.labels[0]?.textContent ?? filter}: ${option ? labelOf(option) : String(state[filter])}`, filter]);
  }
  chips.push(...spanChips(state));
  if (state.minPence !== null) chips.push([`At least ${formatPence(state.minPence)}`, 'minPence']);
  if (state.maxPence !== null) chips.push([`At most ${formatPence(state.maxPence)}`, 'maxPence']);
  activeFilters.hidden = !chips.length;
  activeFilters.replaceChildren(
    ...chips.map(([label, field]) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'chip';
      button.textContent = `${label} `;
      const x = document.createElement('span');
      x.setAttribute('aria-hidden', 'true');
      x.textContent = '×';
      const hidden = document.createElement('span');
      hidden.className = 'visually-hidden';
      hidden.textContent = ', remove this filter';
      button.append(x, hidden);
      button.addEventListener('click', () => remove(field));
      return button;
    }),
  );
  return chips.length;
}

/** One sentence per parameter of the address that was ignored; hidden when there is none. */
export function drawNotes(notes: HTMLElement, ignored: readonly string[]): void {
  notes.hidden = ignored.length === 0;
  notes.textContent = ignored.join(' ');
}

/** What went wrong loading the page's files, shown above the results until it is over. */
export class ProblemNotice {
  readonly #element: HTMLElement;
  readonly #problems = new Map<'details' | 'text', string>();

  /** `element` is the notice; it is hidden while there is no problem. */
  constructor(element: HTMLElement) {
    this.#element = element;
  }

  /** Reports a problem with the details or the full text, or with null that it is over. */
  set(kind: 'details' | 'text', message: string | null): void {
    if (message === null) this.#problems.delete(kind);
    else this.#problems.set(kind, message);
    this.#element.hidden = this.#problems.size === 0;
    this.#element.textContent = [...this.#problems.values()].join(' ');
  }
}

/** An option's label without its count, kept in data-label the first time a count is added. */
function labelOf(option: HTMLOptionElement): string {
  const label = option.dataset['label'] ?? option.textContent ?? '';
  option.dataset['label'] = label;
  return label;
}
