/** Comparison used by sortable tables: numbers, ISO dates and text each in their natural order, and the order in words. */

export type SortKind = 'date' | 'amount' | 'reference' | 'text';

export type SortOrder = 'ascending' | 'descending';

/** Compares two cell values of the given kind, ascending. Empty values sort first. */
export function compareCells(a: string, b: string, kind: SortKind): number {
  if (kind === 'amount' || kind === 'reference') return (Number(a) || 0) - (Number(b) || 0);
  if (kind === 'date') return a.localeCompare(b);
  return a.localeCompare(b, 'en-GB', { sensitivity: 'base', numeric: true });
}

/**
 * The order a column takes when chosen: a reader who sorts by amount or date wants the largest or
 * newest first; references and text read up from the start. Choosing the current column again reverses it.
 */
export function nextSortOrder(kind: SortKind, current: SortOrder | null): SortOrder {
  if (current === 'ascending') return 'descending';
  if (current === 'descending') return 'ascending';
  return kind === 'amount' || kind === 'date' ? 'descending' : 'ascending';
}

const ORDER_WORDS: Record<SortKind, Record<SortOrder, string>> = {
  date: { descending: 'newest first', ascending: 'oldest first' },
  amount: { descending: 'largest first', ascending: 'smallest first' },
  reference: { descending: 'highest number first', ascending: 'lowest number first' },
  text: { descending: 'Z to A', ascending: 'A to Z' },
};

/**
 * A table's order as a caption says it: "newest first" for the date order every list starts in,
 * otherwise "sorted by headline amount, largest first" (the column's heading in lower case).
 */
export function sortOrderInWords(column: string, kind: SortKind, order: SortOrder): string {
  const words = ORDER_WORDS[kind][order];
  const name = column.trim();
  if (!name) throw new Error('sortOrderInWords needs the heading of the sorted column');
  return kind === 'date' ? words : `sorted by ${name.charAt(0).toLowerCase()}${name.slice(1)}, ${words}`;
}
