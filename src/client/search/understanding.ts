/**
 * What the search box understood (src/lib/search/understand-query.ts), kept in step with the form:
 * a year or a range of sums typed in the box sets the matching filter, shown in its control, its
 * chip and the address, and is said in a polite status line with a button that searches the words as
 * typed instead. The box keeps the text as typed; the engine searches the words left.
 *
 * Every phrase the box reads holds a digit, so this module (1.8 KB gzip with the reading) is loaded
 * only once a query holds one (decision-search.ts), as the CSV writer is on the first download: the
 * page's first script stays within its budget (tests/build/javascript-budget.test.ts).
 */
import { literalQuery, understandQuery, understoodSentence, type Understanding, type UnderstoodField } from '../../lib/search/understand-query.ts';
import type { SearchState } from '../../lib/search/state.ts';

type Filters = Pick<SearchState, UnderstoodField>;
const FIELDS: readonly UnderstoodField[] = ['year', 'fy', 'minPence', 'maxPence'];

/** The years and financial years the archive has: an option of the filter each names. */
export interface Archive {
  years: readonly number[];
  financialYears: readonly string[];
}

/** The understanding of the box's query, the filters it set and what they held before. */
export class QueryUnderstanding {
  readonly #archive: Archive;
  /** What the understanding wrote into each filter, and what the filter held before it did. */
  #applied: Partial<Filters> = {};
  #before: Partial<Filters> = {};
  /** Filters the reader changed by hand, with the phrase that had set each: the box no longer sets them while it holds that phrase. */
  #released = new Map<UnderstoodField, string>();
  #query = '';
  #current: Understanding = understandQuery('');

  constructor(archive: Archive) {
    this.#archive = archive;
  }

  /** The words left to search for, without the phrases understood. */
  get words(): string {
    return this.#current.words;
  }

  /** The words of a query to search for: those of the query last applied, or of another read afresh. */
  wordsOf(query: string): string {
    return query === this.#query ? this.#current.words : understandQuery(query, this.#archive).words;
  }

  /** "Showing decisions of 2021 · with a sum of £1m or more", or empty. */
  get sentence(): string {
    return understoodSentence(this.#current);
  }

  /**
   * The state with the filters its query names. `fromAddress`: the state was read from an address
   * that an understanding wrote, so a filter holding the understood value was set by it, not by hand.
   */
  apply(state: SearchState, fromAddress = false): SearchState {
    const next = { ...state };
    if (fromAddress) {
      this.#applied = {};
      this.#before = {};
    }
    for (const [field, phrase] of this.#released) if (fromAddress || !next.q.includes(phrase)) this.#released.delete(field);
    for (const field of FIELDS) {
      if (!(field in this.#applied)) continue;
      // A filter the reader changed since the box set it is theirs; one left alone goes back to what it was.
      if (next[field] !== this.#applied[field]) this.#released.set(field, this.#current.phrases.find((p) => field in p.filters)?.text ?? '');
      else (next as Record<UnderstoodField, unknown>)[field] = this.#before[field] ?? null;
    }
    this.#current = understandQuery(next.q, { ...this.#archive, except: [...this.#released.keys()] });
    this.#query = next.q;
    this.#applied = {};
    this.#before = {};
    for (const field of FIELDS) {
      const value = this.#current.filters[field];
      if (value === undefined) continue;
      const held = next[field];
      this.#before = { ...this.#before, [field]: fromAddress && held === value ? null : held };
      this.#applied = { ...this.#applied, [field]: value };
      next[field] = value as never;
    }
    return next;
  }

  /** The state searching the query as typed, word for word: quoted, with the filters the box had set put back. */
  literal(state: SearchState): SearchState {
    const next = { ...state, q: literalQuery(state.q) };
    for (const field of FIELDS) if (field in this.#applied && next[field] === this.#applied[field]) next[field] = (this.#before[field] ?? null) as never;
    this.#applied = {};
    this.#before = {};
    this.#released.clear();
    this.#current = understandQuery(next.q);
    this.#query = next.q;
    return next;
  }

  /** Says what was understood, and offers the literal search of `query`; both hidden when nothing was. */
  draw(root: HTMLElement, query: string): void {
    const status = root.querySelector<HTMLElement>('[data-part="understood"]');
    const undo = root.querySelector<HTMLButtonElement>('[data-part="understood-undo"]');
    if (!status || !undo) return;
    const sentence = this.sentence;
    // The status line stays in the page, empty, so a screen reader hears each new sentence.
    if (status.textContent !== sentence) status.textContent = sentence;
    undo.hidden = sentence === '';
    undo.textContent = sentence ? `Search for “${query.trim()}” as words instead` : '';
  }
}
