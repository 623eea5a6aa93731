/**
 * The search page's "Download these results as CSV": one row per result, in the order listed,
 * with the column names the site's data files use for the same things (decisions.csv's
 * `reference`, `title`, `placing_date`, `signed_date`, `programmes`, `url`; funding.csv calls the
 * kind of sum its `role`; decisions.csv names a decision's accepted total `accepted_pence`). The
 * last row is the total of the rows above, as the page's line under the count gives it: a
 * spreadsheet shows it where a reader looks for a total, and a program tells it by its empty `url`.
 * The page imports this module only when the button is pressed, which keeps csv-stringify out of
 * its first load.
 */
import { toCsv, type CsvColumn } from '../core/csv.ts';
import type { SearchRecord } from './records.ts';
import { selectionTotals, type SelectionTotals } from './summary.ts';

/** A row of the download: a result (its record and the absolute address of its page), or the total (no record). */
export interface ResultRow {
  record: SearchRecord | null;
  url: string;
  /** The result's own totals, or the whole selection's. */
  totals: SelectionTotals;
}

/** The columns of the search page's download. */
export const RESULTS_CSV_COLUMNS: readonly CsvColumn<ResultRow>[] = [
  { name: 'reference', description: 'The decision’s reference, "PCD 1092"; empty when the document carries none.', value: (r) => r.record?.reference ?? '' },
  { name: 'title', description: 'The title as published; on the last row, "Total of the 3 decisions above".', value: (r) => r.record?.title ?? totalLabel(r.totals.decisions) },
  { name: 'placing_date', description: 'The date the site orders the decision by.', value: (r) => r.record?.date ?? '' },
  {
    name: 'signed_date',
    description: 'The date the Deputy Mayor signed; empty when the document gives none (the placing date is then another date).',
    value: (r) => (r.record?.dateIsSigned ? (r.record.date ?? '') : ''),
  },
  { name: 'headline_pence', description: 'The sum the decision is mainly about, in whole pence; empty when it states none.', value: (r) => (r.record?.headline ? String(r.record.headline.pence) : '') },
  { name: 'headline_role', description: 'What that sum is (accepted, bid, allocation…).', value: (r) => r.record?.headline?.role ?? '' },
  { name: 'programmes', description: 'Programme names.', value: (r) => r.record?.programmeNames.join('; ') ?? '' },
  {
    name: 'accepted_pence',
    description: 'The total of the sums the decision accepts, in pence; on the last row, of every decision listed.',
    value: (r) => String(r.totals.acceptedPence),
  },
  {
    name: 'bid_pence',
    description: 'The total of the sums the decision bids for, in pence, never added to the accepted total; on the last row, of every decision listed.',
    value: (r) => String(r.totals.bidPence),
  },
  { name: 'url', description: 'The decision page; empty on the last row, the total.', value: (r) => r.url },
];

/** The title of the totals row. */
function totalLabel(n: number): string {
  return n === 1 ? 'Total of the decision above' : n === 0 ? 'Total: no decisions' : `Total of the ${n} decisions above`;
}

/** The download of a list of results: a header row, one row per record (`urlOf` gives each page's address), then their total. */
export function resultsCsv(records: readonly SearchRecord[], urlOf: (id: string) => string): string {
  return toCsv(RESULTS_CSV_COLUMNS, [
    ...records.map((record) => ({ record, url: urlOf(record.id), totals: selectionTotals([record]) })),
    { record: null, url: '', totals: selectionTotals(records) },
  ]);
}
