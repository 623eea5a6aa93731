/**
 * Words as the search sees them: runs of letters, and runs of digits, lower-cased, so "[PCD990]" holds
 * the words "pcd" and "990" as "PCD 990" does. The same in the indexes, in a query and in highlights.
 */
export const WORD = /\p{L}+|\p{N}+/gu;

/** The words of a text, lower-cased, in order, repeats kept. */
export function wordsIn(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

/** Words the stemmer applies to: three or more Latin letters, accented ones included. */
const LATIN_WORD = /^[a-z\u00df-\u00f6\u00f8-\u024f]{3,}$/;

/** Porter's English stemmer once loaded (loadStemmer). */
let stemmer: ((word: string) => string) | null = null;

/**
 * Loads Porter's English stemmer (the `stemmer` package) if it is not loaded yet. Only the full-text
 * search needs it, so the search page loads it with the full-text index, after the first results,
 * and its first script goes without (README, `npm run bench:search`). Until it is loaded, words have
 * no stem.
 */
export async function loadStemmer(): Promise<void> {
  stemmer ??= (await import('stemmer')).stemmer;
}

/**
 * The stem of a word by Porter's English stemmer, so that "exploitation", "exploited" and
 * "exploiting" are one word to the search ("exploit"), as are "authority" and "authorities"
 * ("author"). Null for numbers, words of other scripts and words under three letters, which only
 * match themselves, and for every word before loadStemmer.
 */
export function stemOf(word: string): string | null {
  return stemmer && LATIN_WORD.test(word) ? stemmer(word) : null;
}

/**
 * The starts one of which every word with this stem has. Porter's rules rewrite at most a stem's last
 * letter: a "y" becomes "i" ("any" → "ani", "seriously" and "series" → "seri"), an "e" may be added
 * ("rating" → "rate"), and "bil" becomes "bl" ("possibility" → "possibl"). So a stem ending in "i"
 * is started by itself or with a "y", one ending in "l" by itself or with an "i", one ending in "e"
 * by itself less the "e", any other by itself: few words, in one or two places of the sorted index.
 */
export function stemStarts(stem: string): string[] {
  const rest = stem.slice(0, -1);
  if (stem.endsWith('i')) return [stem, `${rest}y`];
  if (stem.endsWith('l')) return [stem, `${rest}i`];
  if (stem.endsWith('e')) return [rest];
  return [stem];
}

/** Whether a word has the stem `stem`: stemmed only if it starts as one of stemStarts(stem), the few it can be. */
export function hasStem(word: string, stem: string): boolean {
  return stemStarts(stem).some((start) => word.startsWith(start)) && stemOf(word) === stem;
}
