/**
 * The one way every CSV of the site is written, at build time and in the browser: a list of
 * columns (header, what it holds, value), RFC 4180 quoting by csv-stringify, cells that a
 * spreadsheet would run as a formula neutralised, and a UTF-8 byte-order mark first. The browser
 * build of csv-stringify runs in Node too, so the search page's download and the build's files come
 * from the same code.
 */
import { stringify } from 'csv-stringify/browser/esm/sync';

/**
 * How a spreadsheet should hold a column's cells. A CSV cannot say (every cell is text until a
 * reader guesses); the .xlsx downloads, written from the same columns, can: `text` is kept exactly
 * as written (dates as printed, references, codes), `integer` is a whole number (pence, counts),
 * `pounds` a number shown with two decimals.
 */
export type CellType = 'text' | 'integer' | 'pounds';

/** A column of a CSV file: its header, what it holds (shown on the data page), its value, and how a spreadsheet types it. */
export interface CsvColumn<T> {
  name: string;
  description: string;
  value: (row: T) => string;
  /** How a spreadsheet holds the cells; text when not given. */
  cell?: CellType;
}

/**
 * The byte-order mark every CSV starts with. Without it Excel on Windows reads UTF-8 as its ANSI
 * code page and shows "Â£1.701m" for "£1.701m"; LibreOffice, csv-parse (`bom: true`) and Python's
 * utf-8-sig read it as the encoding's signature, not as data.
 */
export const UTF8_BOM = '\uFEFF';

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

/** A CSV file: the byte-order mark, a header row, then one row per record; RFC 4180 quoting by csv-stringify, formulas neutralised. */
export function toCsv<T>(columns: readonly CsvColumn<T>[], records: readonly T[]): string {
  return UTF8_BOM + stringify(csvRows(columns, records).map((row) => row.map(neutraliseFormula)));
}
