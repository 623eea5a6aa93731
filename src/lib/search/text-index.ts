/**
 * The full-text index of the search page: for each word of each decision's text (title, summary,
 * headings, paragraphs and tables), which decisions hold it and roughly how often. It keeps no word
 * positions, and is split into shards of consecutive words, so a query downloads only the shards
 * that hold its words.
 *
 * Keeping no positions is what makes a common word cheap: the decisions that hold it are a list of
 * small gaps that compresses to almost nothing (the README compares it with Pagefind, which it
 * replaced). Excerpts come from each decision's plain text (/search/text/<id>.txt), and only for the
 * few results that matched in their text alone. Searching it is text-search.ts.
 *
 * On the wire:
 *   - /search/words.json: the key of the records it indexes and the first word of each shard.
 *   - /search/words/<n>.json: a shard, { key, words, postings }. `postings[i]` lists the decisions
 *     that hold `words[i]`, as record positions in records.json, in order. Each entry is
 *     gap * 4 + weight: the gap from the previous position (from -1 for the first), and a weight of
 *     0–3 for 1, 2–3, 4–7 and 8 or more occurrences.
 */
import { hasStem, stemOf, wordsIn } from './words.ts';

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
