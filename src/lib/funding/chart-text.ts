/**
 * Fitting words into a chart's image: lines broken at spaces to a width. Pure and without
 * imports, so the page's chart script stays small.
 */

/**
 * Breaks `text` into lines no wider than `maxWidth` as `measure` reports widths, at spaces. A
 * word wider than a line is never cut: it stands on a line of its own, and `fits` says so, so the
 * caller can draw it smaller.
 */
export function wrapLines(text: string, maxWidth: number, measure: (text: string) => number): { lines: string[]; fits: boolean } {
  // Only ordinary spaces break a line: a no-break space holds "3 December 2026" together.
  const words = text.split(/[ \t\n]+/).filter(Boolean);
  const lines: string[] = [];
  let fits = true;
  for (const word of words) {
    const last = lines.at(-1);
    if (last !== undefined && measure(`${last} ${word}`) <= maxWidth) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
    if (measure(word) > maxWidth) fits = false;
  }
  return { lines, fits };
}
