/**
 * The files the search page reads, each fetched once: the records (all a first result needs), the
 * details (summaries, sums as written), and the full-text index (its table of shards, the shards a
 * query's words need, and the plain texts that excerpts come from).
 * The performance marks are for the benchmark (npm run bench:search) and for anyone profiling the
 * page: performance.getEntriesByType('mark').
 */
import type { TextHit } from '../../lib/search/engine.ts';
import { applyDetails, fromRecordsFile, type DetailsFile, type RecordsFile, type SearchRecord } from '../../lib/search/records.ts';
import { textTerms, type TextManifest, type TextShard, type TextTerm } from '../../lib/search/text-index.ts';
import { loadStemmer } from '../../lib/search/words.ts';

/** The records of /search/records.json, and the key its companion files must carry. */
export interface LoadedRecords {
  key: string;
  records: SearchRecord[];
}

/** Reads /search/records.json; throws when it cannot be fetched or read. */
export async function loadRecords(url: string): Promise<LoadedRecords> {
  const response = await fetch(url);
  performance.mark('search:records-received');
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const body = await response.text();
  performance.mark('search:records-read');
  const file = JSON.parse(body) as RecordsFile;
  const records = fromRecordsFile(file);
  performance.mark('search:records-parsed');
  return { key: file.key, records };
}

/** Reads /search/details.json into the records (summaries, sums as written); throws when it cannot. */
export async function loadDetails(url: string, { key, records }: LoadedRecords): Promise<void> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  applyDetails(records, key, (await response.json()) as DetailsFile);
  performance.mark('search:details-applied');
}

/** Where the full-text index lives: its table of shards, the folder of its shards, the folder of plain texts. */
export interface FullTextAddresses {
  words: string;
  wordShards: string;
  texts: string;
}

/** What the full text answers for a query: the decisions whose text holds its words, and the terms read from it. */
export interface FullTextAnswer {
  hits: TextHit[];
  terms: TextTerm[];
}

/** The full-text index, loaded a shard at a time as queries need them; every file is fetched once. */
export class FullTextIndex {
  readonly #table = new Map<'table', Promise<TextManifest>>();
  readonly #shards = new Map<number, Promise<TextShard>>();
  readonly #texts = new Map<string, Promise<string>>();
  readonly #addresses: FullTextAddresses;
  readonly #loaded: LoadedRecords;

  constructor(addresses: FullTextAddresses, loaded: LoadedRecords) {
    this.#addresses = addresses;
    this.#loaded = loaded;
  }

  /**
   * The decisions whose text holds the words of `query`, best first. Null when `isCurrent` says a
   * newer search started while the shards loaded: its answer would only be thrown away.
   */
  async search(query: string, isCurrent: () => boolean): Promise<FullTextAnswer | null> {
    // The search of the index and the stemmer come with the index's table: only the full text uses them.
    const [table, { searchText, shardsFor }] = await Promise.all([
      once(this.#table, 'table', () => this.#json<TextManifest>(this.#addresses.words)),
      import('../../lib/search/text-search.ts'),
      loadStemmer(),
    ]);
    const terms = textTerms(query);
    const needed = [...new Set(terms.flatMap((term) => shardsFor(table, term)))];
    const shards = new Map(
      await Promise.all(needed.map(async (n) => [n, await once(this.#shards, n, () => this.#json<TextShard>(`${this.#addresses.wordShards}${n}.json`))] as const)),
    );
    if (!isCurrent()) return null;
    const { records } = this.#loaded;
    const hits = searchText(shards, table, terms, records.length).flatMap((doc, rank) => {
      const record = records[doc];
      return record ? [{ id: record.id, rank }] : [];
    });
    return { hits, terms };
  }

  /** A decision's plain text, for an excerpt (5–10 KB gzip each). */
  text(id: string): Promise<string> {
    return once(this.#texts, id, async () => {
      const response = await fetch(`${this.#addresses.texts}${id}.txt`);
      if (!response.ok) throw new Error(`${id}.txt: HTTP ${response.status}`);
      return response.text();
    });
  }

  /** A file of the index, refused if it was built with other records than the page holds. */
  async #json<T extends { key: string }>(url: string): Promise<T> {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    const value = (await response.json()) as T;
    if (value.key !== this.#loaded.key) throw new Error(`${url} is from another build than the records`);
    return value;
  }
}

/** Fetched once per page; a failed fetch is forgotten, so a later search tries again. */
function once<K, V>(cache: Map<K, Promise<V>>, key: K, load: () => Promise<V>): Promise<V> {
  let promise = cache.get(key);
  if (!promise) {
    promise = load();
    cache.set(key, promise);
    promise.catch(() => cache.delete(key));
  }
  return promise;
}
