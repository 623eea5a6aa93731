/**
 * Words as the search sees them: runs of letters, and runs of digits, lower-cased, so "[PCD990]" holds
 * the words "pcd" and "990" as "PCD 990" does. The same in the indexes, in a query and in highlights.
 */
export const WORD = /\p{L}+|\p{N}+/gu;

/** The words of a text, lower-cased, in order, repeats kept. */
export function wordsIn(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}
