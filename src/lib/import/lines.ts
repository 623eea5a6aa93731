/**
 * Line handling shared by every step of the importer, so that a line number printed in a review
 * or a loss report is the same line the maintainer finds in the source file.
 */

/** Splits text into lines on every line break a PDF extraction can produce, form feeds included. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|[\r\n\f\v\u2028\u2029]/);
}
