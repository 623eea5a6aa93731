/**
 * The one way every CSV of the site is written, at build time and in the browser: a list of
 * columns (header, what it holds, value), RFC 4180 quoting by csv-stringify, and cells that a
 * spreadsheet would run as a formula neutralised. The browser build of csv-stringify runs in Node
 * too, so the search page's download and the build's files come from the same code.
 */
import { stringify } from 'csv-stringify/browser/esm/sync';

/** A column of a CSV file: its header, what it holds (shown on the data page) and its value. */
export interface CsvColumn<T> {
  name: string;
  description: string;
  value: (row: T) => string;
}

/**
 * A cell a spreadsheet would run as a formula (first character =, +, -, @, tab or carriage return)
 * gets a leading apostrophe, as OWASP advises against CSV injection; csv-stringify only quotes. A
 * plain number such as "-12.5" is left alone. Readers of the data strip that apostrophe.
 */
export function neutraliseFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) && !/^-?\d+(\.\d+)?$/.test(cell) ? `'${cell}` : cell;
}

/** The header and rows of a CSV file, as text cells, before any spreadsheet protection. */
export function csvRows<T>(columns: readonly CsvColumn<T>[], records: readonly T[]): string[][] {
  return [columns.map((c) => c.name), ...records.map((record) => columns.map((c) => c.value(record)))];
}

/** A CSV file: a header row, then one row per record; RFC 4180 quoting by csv-stringify, formulas neutralised. */
export function toCsv<T>(columns: readonly CsvColumn<T>[], records: readonly T[]): string {
  return stringify(csvRows(columns, records).map((row) => row.map(neutraliseFormula)));
}
