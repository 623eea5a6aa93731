/**
 * The parts of the search's markup (src/pages/search/index.astro), found inside its
 * <decision-search> element: each by its data-part attribute, the form's controls by name, the list
 * filters by data-filter. Nothing is looked up page-wide, so the ids are left to the labels.
 */
import { LIST_FILTERS, type ListFilter } from '../../lib/search/state.ts';

/** Every element the search reads or writes. */
export interface SearchParts {
  form: HTMLFormElement;
  q: HTMLInputElement;
  min: HTMLInputElement;
  max: HTMLInputElement;
  /** The last financial year of a span, and the signing dates (type=date, ISO values). */
  fyTo: HTMLSelectElement;
  signedFrom: HTMLInputElement;
  signedTo: HTMLInputElement;
  sort: HTMLSelectElement;
  selects: Record<ListFilter, HTMLSelectElement>;
  /** The filters' disclosure, and the "(2 active)" of its summary. */
  filters: HTMLDetailsElement;
  filterCount: HTMLElement;
  amountError: HTMLElement;
  /** Everything below the form: notes, count, actions, results. */
  output: HTMLElement;
  notes: HTMLElement;
  problem: HTMLElement;
  activeFilters: HTMLElement;
  count: HTMLElement;
  /** What the results add up to: "£8.66m accepted · £3.7m bid". */
  totals: HTMLElement;
  copyLink: HTMLButtonElement;
  copyStatus: HTMLElement;
  downloadCsv: HTMLButtonElement;
  results: HTMLOListElement;
  more: HTMLButtonElement;
}

/** Finds the parts inside `root`; throws, naming the part, if the markup lacks one. */
export function findParts(root: HTMLElement): SearchParts {
  const form = one(root.querySelector('form'), HTMLFormElement, 'form');
  const part = <T extends HTMLElement>(name: string, type: new () => T): T => one(root.querySelector(`[data-part="${name}"]`), type, name);
  const control = <T extends HTMLElement>(name: string, type: new () => T): T => one(form.elements.namedItem(name), type, name);
  return {
    form,
    q: control('q', HTMLInputElement),
    min: control('min', HTMLInputElement),
    max: control('max', HTMLInputElement),
    fyTo: control('fy-to', HTMLSelectElement),
    signedFrom: control('signed-from', HTMLInputElement),
    signedTo: control('signed-to', HTMLInputElement),
    sort: control('sort', HTMLSelectElement),
    selects: Object.fromEntries(
      LIST_FILTERS.map((filter) => [filter, one(form.querySelector(`select[data-filter="${filter}"]`), HTMLSelectElement, filter)]),
    ) as Record<ListFilter, HTMLSelectElement>,
    amountError: part('amount-error', HTMLElement),
    filters: part('filters', HTMLDetailsElement),
    filterCount: part('filter-count', HTMLElement),
    output: part('output', HTMLElement),
    notes: part('notes', HTMLElement),
    problem: part('problem', HTMLElement),
    activeFilters: part('active-filters', HTMLElement),
    count: part('count', HTMLElement),
    totals: part('totals', HTMLElement),
    copyLink: part('copy-link', HTMLButtonElement),
    copyStatus: part('copy-status', HTMLElement),
    downloadCsv: part('download-csv', HTMLButtonElement),
    results: part('results', HTMLOListElement),
    more: part('more', HTMLButtonElement),
  };
}

function one<T extends HTMLElement>(found: unknown, type: new () => T, name: string): T {
  if (found instanceof type) return found;
  throw new Error(`search: the markup has no ${name} (${type.name})`);
}
