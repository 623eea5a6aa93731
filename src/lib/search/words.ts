/**
 * Words as the search sees them: runs of letters, and runs of digits, lower-cased, so "[PCD990]" holds
 * the words "pcd" and "990" as "PCD 990" does. The same in the indexes, in a query and in highlights.
 */
export const WORD = /\p{L}+|\p{N}+/gu;

/** The words of a text, lower-cased, in order, repeats kept. */
export function wordsIn(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

/** Words ending in "s" that are not plurals: they neither find the word without the "s" nor are found from it. */
const NOT_PLURAL = new Set([
  'across', 'afterwards', 'always', 'besides', 'does', 'goes', 'means', 'news', 'perhaps', 'series',
  'sometimes', 'species', 'thus', 'towards', 'unless', 'whereas',
]);

/** Words the English rules below apply to: Latin letters, accented ones included. */
const LATIN_WORD = /^[a-z\u00df-\u00f6\u00f8-\u024f]+$/;

/**
 * The regular English singular and plural of a word, other than itself, so that "grants" finds
 * "grant" and "authority" finds "authorities": "-ies" and "-y", "-es" after s, x, z, ch and sh, and
 * "-s". A word ending in "s" but not "es" may be either ("bias", "grants"), so it gets both. Rules, not a
 * dictionary: a form that is no word ("buse" from "buses") matches nothing, and costs little to look
 * up, as it sorts next to the word. Each form of a word has the word among its own forms. Words
 * shorter than three letters, numbers, words in other scripts, and a few words that only look
 * plural ("news" is not the plural of "new") have no other forms.
 */
export function wordForms(word: string): string[] {
  if (word.length < 3 || !LATIN_WORD.test(word) || NOT_PLURAL.has(word)) return [];
  const forms = new Set<string>();
  if (word.endsWith('s')) {
    if (!word.endsWith('es')) forms.add(`${word}es`); // bias → biases, class → classes
    if (!word.endsWith('ss')) {
      forms.add(word.slice(0, -1)); // grants → grant, taxis → taxi
      if (/[^aeiou]ies$/.test(word) && word.length > 4) forms.add(`${word.slice(0, -3)}y`);
      if (/(?:s|x|z|ch|sh)es$/.test(word)) forms.add(word.slice(0, -2));
    }
  } else {
    forms.add(`${word}s`);
    if (/[^aeiou]y$/.test(word)) forms.add(`${word.slice(0, -1)}ies`);
    if (/(?:x|z|ch|sh)$/.test(word)) forms.add(`${word}es`);
  }
  return [...forms].filter((form) => form.length >= 3 && !NOT_PLURAL.has(form));
}
