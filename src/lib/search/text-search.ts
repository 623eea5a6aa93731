/**
 * Searching the full-text index (text-index.ts) for a query's terms: which shards hold their words
 * (shardsFor), and which decisions hold them all, best first (searchText). Apart from text-index.ts
 * because only the full-text search needs it: the search page loads it with the index and the
 * stemmer, after the first results, not in its first script.
 */
import { compareWords, termWeight, type TextManifest, type TextShard, type TextTerm } from './text-index.ts';
import { stemStarts } from './words.ts';

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
