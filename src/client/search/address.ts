/**
 * The search state in the page's address, both ways: every search is a link, and Back and Forward
 * step through them. While the reader types, the address follows after a pause rather than on every
 * key: writing it cost up to 18 ms a key, and browsers throttle pages that change it too often.
 */
import { stateFromSearchParams, stateToSearchParams, type KnownValues, type SearchState, type StateFromUrl } from '../../lib/search/state.ts';

/** How long typing must pause before the address is written. */
export const ADDRESS_WRITE_PAUSE_MS = 300;

/** Typing after a pause this long starts a new history entry; quicker keys replace the entry they started. */
export const NEW_ENTRY_AFTER_PAUSE_MS = 1000;

/** The search state the page's address describes, with a sentence for each parameter it ignored. */
export function stateInAddress(known: KnownValues): StateFromUrl {
  return stateFromSearchParams(new URLSearchParams(location.search), known);
}

/** Writes a search state into the address, at once or after a pause, as a new history entry or in place. */
export class AddressWriter {
  readonly #state: () => SearchState;
  #pending: ReturnType<typeof setTimeout> | undefined;
  #pendingPush = false;
  #lastTypedAt = 0;

  /** `state` gives the state to write when the write happens, not when it was asked for. */
  constructor(state: () => SearchState) {
    this.#state = state;
  }

  /** A key was typed: write after a pause, starting a new entry if the reader had stopped typing for a while. */
  typed(now = Date.now()): void {
    this.soon(now - this.#lastTypedAt > NEW_ENTRY_AFTER_PAUSE_MS);
    this.#lastTypedAt = now;
  }

  /** A filter, the order or a submitted query changed: write now, as a new entry. */
  changed(): void {
    this.soon(true);
    this.flush();
  }

  /** Writes after ADDRESS_WRITE_PAUSE_MS, unless asked again first; a new entry if any of the requests wanted one. */
  soon(push: boolean): void {
    this.#pendingPush ||= push;
    clearTimeout(this.#pending);
    this.#pending = setTimeout(() => this.flush(), ADDRESS_WRITE_PAUSE_MS);
  }

  /** Writes at once a write still waiting, if any: for a copied link, leaving the box or the page. */
  flush(): void {
    const { waiting, push } = this.forget();
    if (waiting) this.write(push);
  }

  /** Forgets the write still waiting, saying whether there was one and whether it was to start an entry. */
  forget(): { waiting: boolean; push: boolean } {
    const taken = { waiting: this.#pending !== undefined, push: this.#pendingPush };
    clearTimeout(this.#pending);
    this.#pending = undefined;
    this.#pendingPush = false;
    return taken;
  }

  /** Writes the state now, unless the address already says it. */
  write(push: boolean): void {
    const params = stateToSearchParams(this.#state()).toString();
    const url = `${location.pathname}${params ? `?${params}` : ''}`;
    if (url !== `${location.pathname}${location.search}`) history[push ? 'pushState' : 'replaceState']({}, '', url);
  }
}
