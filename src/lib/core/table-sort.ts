/** Comparison used by sortable tables: numbers, ISO dates and text each in their natural order. */

export type SortKind = 'date' | 'amount' | 'reference' | 'text';

/** Compares two cell values of the given kind, ascending. Empty values sort first. */
export function compareCells(a: string, b: string, kind: SortKind): number {
  if (kind === 'amount' || kind === 'reference') return (Number(a) || 0) - (Number(b) || 0);
  if (kind === 'date') return a.localeCompare(b);
  return a.localeCompare(b, 'en-GB', { sensitivity: 'base', numeric: true });
}
