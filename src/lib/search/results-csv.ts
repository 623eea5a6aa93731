/**
 * The search page's "Download these results as CSV": one row per result, in the order listed,
 * with the column names the site's data files use for the same things (decisions.csv's
 * `reference`, `title`, `placing_date`, `signed_date`, `programmes`, `url`; funding.csv calls the
 * kind of sum its `role`). The page imports this module only when the button is pressed, which
 * keeps csv-stringify out of its first load.
 */
import { toCsv, type CsvColumn } from '../core/csv.ts';
import type { SearchRecord } from './records.ts';

/** A result as a row of the download: its record and the absolute address of its page. */
export interface ResultRow {
  record: SearchRecord;
  url: string;
}

/** The columns of the search page's download. */
export const RESULTS_CSV_COLUMNS: readonly CsvColumn<ResultRow>[] = [
  { name: 'reference', description: 'The decision’s reference, "PCD 1092"; empty when the document carries none.', value: (r) => r.record.reference ?? '' },
  { name: 'title', description: 'The title as published.', value: (r) => r.record.title },
  { name: 'placing_date', description: 'The date the site orders the decision by.', value: (r) => r.record.date ?? '' },
  {
    name: 'signed_date',
    description: 'The date the Deputy Mayor signed; empty when the document gives none (the placing date is then another date).',
    value: (r) => (r.record.dateIsSigned ? (r.record.date ?? '') : ''),
  },
  { name: 'headline_pence', description: 'The sum the decision is mainly about, in whole pence; empty when it states none.', value: (r) => (r.record.headline ? String(r.record.headline.pence) : '') },
  { name: 'headline_role', description: 'What that sum is (accepted, bid, allocation…).', value: (r) => r.record.headline?.role ?? '' },
  { name: 'programmes', description: 'Programme names.', value: (r) => r.record.programmeNames.join('; ') },
  { name: 'url', description: 'The decision page.', value: (r) => r.url },
];

/** The download of a list of results: a header row, then one row per record, `urlOf` giving each page's address. */
export function resultsCsv(records: readonly SearchRecord[], urlOf: (id: string) => string): string {
  return toCsv(
    RESULTS_CSV_COLUMNS,
    records.map((record) => ({ record, url: urlOf(record.id) })),
  );
}
