/**
 * The full-text index of the search page: for each word of each decision's text (title, summary,
 * headings, paragraphs and tables), which decisions hold it and roughly how often. It keeps no word
 * positions, and is split into shards of consecutive words, so a query downloads only the shards
 * that hold its words.
 *
 * Keeping no positions is what makes a common word cheap: the decisions that hold it are a list of
 * small gaps that compresses to almost nothing (the README compares it with Pagefind, which it
 * replaced). Excerpts come from each decision's plain text (/search/text/<id>.txt), and only for the
 * few results that matched in their text alone.
 *
 * On the wire:
 *   - /search/words.json: the key of the records it indexes and the first word of each shard.
 *   - /search/words/<n>.json: a shard, { key, words, postings }. `postings[i]` lists the decisions
 *     that hold `words[i]`, as record positions in records.json, in order. Each entry is
 *     gap * 4 + weight: the gap from the previous position (from -1 for the first), and a weight of
 *     0–3 for 1, 2–3, 4–7 and 8 or more occurrences.
 */
import { hasStem, stemOf, stemStarts, wordsIn } from './words.ts';

/** /search/words.json: where each shard's words start. */
export interface TextManifest {
  key: string;
  /** The first word of each shard, in order: shard n holds the words from firsts[n] up to firsts[n + 1]. */
  firsts: string[];
}

/** /search/words/<n>.json: a run of words, each with the decisions that hold it. */
export interface TextShard {
  key: string;
  words: string[];
  postings: number[][];
}

/** Raw JSON bytes a shard is filled to before the next starts (about 10–15 KB gzip). */
export const SHARD_BYTES = 32_000;

const weightOf = (count: number) => (count >= 8 ? 3 : count >= 4 ? 2 : count >= 2 ? 1 : 0);

/** Builds the index of `texts`, given in the order of the records whose key is `key`. */
export function buildTextIndex(texts: readonly string[], key: string, shardBytes = SHARD_BYTES): { manifest: TextManifest; shards: TextShard[] } {
  const postings = new Map<string, number[]>();
  const last = new Map<string, number>();
  texts.forEach((text, doc) => {
    const counts = new Map<string, number>();
    for (const word of wordsIn(text)) counts.set(word, (counts.get(word) ?? 0) + 1);
    for (const [word, count] of counts) {
      let list = postings.get(word);
      if (!list) postings.set(word, (list = []));
      list.push((doc - (last.get(word) ?? -1)) * 4 + weightOf(count));
      last.set(word, doc);
    }
  });
  const words = [...postings.keys()].sort(compareWords);
  const shards: TextShard[] = [];
  let current: TextShard | null = null;
  let bytes = 0;
  for (const word of words) {
    const list = postings.get(word) as number[];
    const size = word.length + 4 + JSON.stringify(list).length;
    if (!current || bytes + size > shardBytes) {
      current = { key, words: [], postings: [] };
      shards.push(current);
      bytes = 0;
    }
    current.words.push(word);
    current.postings.push(list);
    bytes += size;
  }
  return { manifest: { key, firsts: shards.map((s) => s.words[0] as string) }, shards };
}

/** Words in code-unit order, the same on the server and in every browser. */
export function compareWords(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * A word of a query: matched exactly, as any word of the same `stem` ("exploiting" for
 * "exploitation"), or, with `prefix`, as the start of longer words (the word being typed).
 */
export interface TextTerm {
  word: string;
  prefix: boolean;
  /** The word's stem (words.ts stemOf), if it has one. */
  stem?: string;
}

/** Prefixes shorter than this are matched exactly: "a" would otherwise pull in a twentieth of the index. */
export const PREFIX_FROM = 3;

/**
 * The terms of a query: its distinct words, each with its stem, the last one also as a prefix while
 * it is being typed.
 */
export function textTerms(query: string): TextTerm[] {
  const words = [...new Set(wordsIn(query))];
  return words.map((word, i) => {
    const term: TextTerm = { word, prefix: i === words.length - 1 && word.length >= PREFIX_FROM };
    const stem = stemOf(word);
    return stem === null ? term : { ...term, stem };
  });
}

/**
 * How much a longer word a prefix term matches counts against the word itself: of two texts that
 * use them as often, typing "jiothou" ranks the one holding "jiothou" before one holding only
 * "jiothous".
 */
const PREFIX_WEIGHT = 0.5;
/**
 * How much another word of the same stem counts: so little that a text holding the word typed, even
 * once, ranks before every text holding only other words of its stem, however often (a word used 8
 * times or more counts 2.8 times one used once, and 2.8 × 0.3 < 1). Porter's stems also join words
 * that only look alike ("general" and "generous"), another reason to rank them last.
 */
const FORM_WEIGHT = 0.3;

/**
 * How much a word of a text counts for a term: 1 for the word itself, less for another word of its
 * stem and for a longer word a prefix starts, 0 if it does not match. The one rule of the index,
 * the excerpts and the highlights.
 */
export function termWeight(term: TextTerm, word: string): number {
  if (word === term.word) return 1;
  if (term.prefix && word.startsWith(term.word)) return PREFIX_WEIGHT;
  return term.stem !== undefined && hasStem(word, term.stem) ? FORM_WEIGHT : 0;
}

/** The shard that holds `word` if any does: the last whose first word is not after it. */
function shardOf(firsts: readonly string[], word: string): number {
  let low = 0;
  let high = firsts.length - 1;
  let at = 0;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (compareWords(firsts[mid] as string, word) <= 0) {
      at = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  return at;
}

/**
 * The shards that can hold a term's words: the word's, those of the words of its stem and, for a
 * prefix, those of the words it starts; in order.
 */
export function shardsFor(manifest: TextManifest, term: TextTerm): number[] {
  const { firsts } = manifest;
  if (firsts.length === 0) return [];
  const out = new Set<number>();
  // Every shard holding a word that starts with `start`: the one it would sort into, and the next ones that start with it.
  const startingWith = (start: string) => {
    const at = shardOf(firsts, start);
    out.add(at);
    for (let n = at + 1; n < firsts.length && (firsts[n] as string).startsWith(start); n++) out.add(n);
  };
  out.add(shardOf(firsts, term.word));
  if (term.prefix) startingWith(term.word);
  for (const start of term.stem === undefined ? [] : stemStarts(term.stem)) startingWith(start);
  return [...out].sort((a, b) => a - b);
}

/** The record positions holding a word, with its weight there. */
function decode(list: readonly number[]): { doc: number; weight: number }[] {
  const out: { doc: number; weight: number }[] = [];
  let doc = -1;
  for (const code of list) {
    doc += code >> 2;
    out.push({ doc, weight: code & 3 });
  }
  return out;
}

/**
 * The record positions whose text holds every term, best first: each term adds its rarity (inverse
 * document frequency, over the texts holding any word it matches) times how often the decision uses
 * the word, times termWeight (less for another word of its stem or a longer word than for the word
 * itself). The rarity is the term's, not each word's, so a rare form does not outrank the word typed.
 * `shards` must hold every shard shardsFor names for the terms; `count` is the number of records
 * indexed.
 */
export function searchText(shards: ReadonlyMap<number, TextShard>, manifest: TextManifest, terms: readonly TextTerm[], count: number): number[] {
  if (terms.length === 0) return [];
  let scores: Map<number, number> | null = null;
  for (const term of terms) {
    // Each text holding a word the term matches, with its best use of one.
    const best = new Map<number, number>();
    for (const n of shardsFor(manifest, term)) {
      const shard = shards.get(n);
      if (!shard) throw new Error(`The full-text shard ${n} is not loaded`);
      shard.words.forEach((word, i) => {
        const matched = termWeight(term, word);
        if (matched === 0) return;
        for (const { doc, weight } of decode(shard.postings[i] as number[])) {
          const use = (1 + weight * 0.6) * matched;
          if (use > (best.get(doc) ?? 0)) best.set(doc, use);
        }
      });
    }
    const rarity = Math.log(1 + count / Math.max(best.size, 1));
    for (const [doc, use] of best) {
      if (scores && !scores.has(doc)) best.delete(doc);
      else best.set(doc, rarity * use);
    }
    if (scores) for (const [doc, score] of best) best.set(doc, score + (scores.get(doc) ?? 0));
    scores = best;
    if (scores.size === 0) break;
  }
  return [...(scores ?? [])].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([doc]) => doc);
}
