/**
 * Words as the search sees them: runs of letters, and runs of digits, lower-cased, so "[PCD990]" holds
 * the words "pcd" and "990" as "PCD 990" does. The same in the indexes, in a query and in highlights.
 */
export const WORD = /\p{L}+|\p{N}+/gu;

/** The words of a text, lower-cased, in order, repeats kept. */
export function wordsIn(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

/** Words ending in "s" that are not the plural of the word without it. */
const NOT_PLURAL = new Set([
  'across', 'afterwards', 'always', 'besides', 'does', 'goes', 'means', 'news', 'perhaps', 'series',
  'sometimes', 'species', 'thus', 'towards', 'unless', 'whereas',
]);

/**
 * The regular English singular and plural of a word, other than itself, so that "grants" finds
 * "grant" and "authority" finds "authorities": "-ies" and "-y", "-es" after s, x, z, ch and sh, and
 * "-s". Rules, not a dictionary: a form that is no word ("buse" from "buses") matches nothing, and
 * costs little to look up, as it sorts next to the word. Words shorter than three letters, numbers,
 * and a few words that only look plural ("news" is not the plural of "new") have no other forms.
 */
export function wordForms(word: string): string[] {
  if (word.length < 3 || !/^\p{L}+$/u.test(word) || NOT_PLURAL.has(word)) return [];
  const forms = new Set<string>();
  if (word.endsWith('s') && !/(?:ss|us|is)$/.test(word)) {
    if (/[^aeiou]ies$/.test(word) && word.length > 4) forms.add(`${word.slice(0, -3)}y`);
    if (/(?:s|x|z|ch|sh)es$/.test(word)) forms.add(word.slice(0, -2));
    forms.add(word.slice(0, -1));
  } else if (/[^aeiou]y$/.test(word)) forms.add(`${word.slice(0, -1)}ies`);
  else if (/(?:s|x|z|ch|sh)$/.test(word)) forms.add(`${word}es`);
  else forms.add(`${word}s`);
  return [...forms].filter((form) => form.length >= 3);
}
