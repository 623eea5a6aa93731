/**
 * "Download these results as CSV". The columns and csv-stringify are imported on the click, so
 * they stay out of the page's first load (tests/build/javascript-budget.test.ts).
 */
import type { SearchRecord } from '../../lib/search/records.ts';

/** How long the file's object URL outlives the click that saves it. */
const OBJECT_URL_LIFETIME_MS = 1000;

/** Saves the records as mopac-decisions-search.csv, in the order given; `urlOf` gives each page's absolute address. */
export async function downloadResultsCsv(records: readonly SearchRecord[], urlOf: (id: string) => string): Promise<void> {
  const { resultsCsv } = await import('../../lib/search/results-csv.ts');
  const blob = new Blob([resultsCsv(records, urlOf)], { type: 'text/csv;charset=utf-8' });
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = 'mopac-decisions-search.csv';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), OBJECT_URL_LIFETIME_MS);
}
