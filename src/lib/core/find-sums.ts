/**
 * Sums of money as the documents print them: "£1,360,000", "£1.36m", "£0.231m", "£3.6 million",
 * and bare figures in tables whose column heading says "£m". Reading each one is left to
 * parseAmount, so the importer and the schema can never disagree about a sum.
 */
import { parseAmount } from './money.ts';

/** A sum found in a text, with its printed form and position. */
export interface WrittenSum {
  pence: number;
  /** Exactly as printed: "£1.36m". */
  asWritten: string;
  /** Offset in the text searched. */
  start: number;
}

const UNIT = /^\s?(?:bn|billion|million|thousand|m|k)$/i;
const CANDIDATE = /£\s?(\d[\d,]*(?:\.\d+)?)(\s?[A-Za-z]+)?/g;
const NUMBER = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;

/** Finds every sum written with a pound sign in `text`, in order. */
export function findWrittenSums(text: string): WrittenSum[] {
  const sums: WrittenSum[] = [];
  for (const match of text.matchAll(CANDIDATE)) {
    // "£135,000," ends before its comma.
    const number = (match[1] ?? '').replace(/,+$/, '');
    if (!NUMBER.test(number)) continue;
    const letters = match[2] ?? '';
    let unit = '';
    if (UNIT.test(letters)) unit = letters;
    else if (letters && !/^\s/.test(letters)) continue; // "£5.6mn": not a form this site can read
    const prefix = match[0].slice(0, match[0].indexOf(number));
    const asWritten = `${prefix}${number}${unit}`;
    const pence = parseAmount(asWritten);
    if (pence !== null) sums.push({ pence, asWritten, start: match.index });
  }
  return sums;
}

/** A figure in a table column headed in £m: "1.701" under "2023/24 £m". */
export interface TableSum {
  pence: number;
  /** The cell as printed, markup removed: "1.701". */
  asWritten: string;
  /** The column heading: "2023/24 £m". */
  column: string;
  /** The row's first cell: "Grant Funding". */
  row: string;
}

/** Finds the non-zero figures of a table's "£m" columns, reading "1.701" there as £1.701m. */
export function findTableSums(rows: readonly (readonly string[])[]): TableSum[] {
  const [header = [], ...body] = rows;
  const columns = header.flatMap((cell, index) => (/£m\b/i.test(cell) ? [index] : []));
  const sums: TableSum[] = [];
  for (const row of body) {
    for (const index of columns) {
      const cell = (row[index] ?? '').replace(/<\/?(?:b|u|sup)>/gi, '').trim();
      // Figures in £m are printed with decimals ("0.084"); a bare "1" there is usually a count
      // that slid into the wrong column.
      if (!/^\d+\.\d+$/.test(cell)) continue;
      const pence = parseAmount(`${cell}m`);
      if (pence) sums.push({ pence, asWritten: cell, column: header[index] ?? '', row: (row[0] ?? '').replace(/<\/?(?:b|u|sup)>/gi, '').trim() });
    }
  }
  return sums;
}
