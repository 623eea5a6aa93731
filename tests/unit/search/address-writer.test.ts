/**
 * The search page's address writer (src/client/search/address.ts), with the browser's location and
 * history stood in for and the clock faked: when the address follows the search, and whether it
 * starts a history entry or replaces the current one.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { ADDRESS_WRITE_PAUSE_MS, AddressWriter, NEW_ENTRY_AFTER_PAUSE_MS } from '../../../src/client/search/address.ts';
import { EMPTY_STATE, type SearchState } from '../../../src/lib/search/state.ts';

let state: SearchState;
let writes: string[];
let writer: AddressWriter;

beforeEach(() => {
  vi.useFakeTimers();
  state = { ...EMPTY_STATE };
  writes = [];
  const location = { pathname: '/search/', search: '' };
  const write = (kind: string) => (_: unknown, __: string, url: string) => {
    writes.push(`${kind} ${url}`);
    location.search = url.slice(location.pathname.length);
  };
  vi.stubGlobal('location', location);
  vi.stubGlobal('history', { pushState: write('push'), replaceState: write('replace') });
  writer = new AddressWriter(() => state);
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

/** The reader types `q` at `at` ms (Date.now()'s scale). */
const type = (q: string, at: number) => {
  state = { ...state, q };
  writer.typed(at);
};

describe('AddressWriter', () => {
  test('writes the typed words only once typing has paused for ADDRESS_WRITE_PAUSE_MS', () => {
    type('Oro', 10_000);
    type('Orochi', 10_100);
    vi.advanceTimersByTime(ADDRESS_WRITE_PAUSE_MS - 1);
    expect(writes).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(writes).toEqual(['push /search/?q=Orochi']);
  });

  test('replaces the entry typing started while the keys come quicker than NEW_ENTRY_AFTER_PAUSE_MS', () => {
    type('Oro', 10_000);
    vi.advanceTimersByTime(ADDRESS_WRITE_PAUSE_MS);
    type('Orochi', 10_000 + NEW_ENTRY_AFTER_PAUSE_MS);
    vi.advanceTimersByTime(ADDRESS_WRITE_PAUSE_MS);
    type('Orochi lines', 10_000 + 2 * NEW_ENTRY_AFTER_PAUSE_MS + 1);
    vi.advanceTimersByTime(ADDRESS_WRITE_PAUSE_MS);
    expect(writes).toEqual(['push /search/?q=Oro', 'replace /search/?q=Orochi', 'push /search/?q=Orochi+lines']);
  });

  test('writes a changed filter at once, as a new entry', () => {
    type('Orochi', 10_000);
    state = { ...state, year: 2021 };
    writer.changed();
    expect(writes).toEqual(['push /search/?q=Orochi&year=2021']);
    vi.advanceTimersByTime(ADDRESS_WRITE_PAUSE_MS);
    expect(writes).toHaveLength(1);
  });

  test('flush writes the waiting words at once, and nothing when none is waiting', () => {
    type('ANPR', 10_000);
    writer.flush();
    writer.flush();
    expect(writes).toEqual(['push /search/?q=ANPR']);
  });

  test('forget drops the waiting write, saying there was one', () => {
    type('ANPR', 10_000);
    expect(writer.forget()).toEqual({ waiting: true, push: true });
    vi.advanceTimersByTime(ADDRESS_WRITE_PAUSE_MS);
    expect(writes).toEqual([]);
    expect(writer.forget()).toEqual({ waiting: false, push: false });
  });

  test('leaves the address alone when it already describes the state', () => {
    state = { ...state, q: 'Orochi' };
    writer.write(true);
    writer.write(true);
    state = { ...EMPTY_STATE };
    writer.write(false);
    expect(writes).toEqual(['push /search/?q=Orochi', 'replace /search/']);
  });
});
