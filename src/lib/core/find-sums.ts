/**
 * Sums of money as the documents print them: "£1,360,000", "£1.36m", "£0.231m", "£3.6 million",
 * and bare figures in tables whose column heading says "£m", "£k", "£000" or "£". Reading each one is left to
 * parseAmount, so the importer and the schema can never disagree about a sum.
 */
import { parseAmount } from './money.ts';

/** A sum found in a text, with its printed form and position. */
export interface WrittenSum {
  pence: number;
  /** Exactly as printed: "£1.36m", "£495, 000". */
  asWritten: string;
  /** Offset in the text searched. */
  start: number;
  /** Present when the sum was read but its printing is doubtful ("£495, 000"): what to check. */
  problem?: string;
}

/** Something printed as an amount that could not be read as one: "-£20,000", "£1.2345m", "£5.6mn". */
export interface UnreadAmount {
  asWritten: string;
  start: number;
  /** Why it was not read, in words. */
  problem: string;
}

const UNIT = /^\s?(?:bn|billion|million|thousand|m|k)$/i;
// A minus sign or dash straight before the pound sign, or between it and the figure, makes a
// negative amount (not a dash between two figures, "£10,000 - £20,000", "£120k-£150k"); a space after a thousands
// comma ("£495, 000") is read whole and flagged.
const CANDIDATE = /(?:(?<!(?:\d(?:bn|[km]|million)?|[)%])\s?)([-−–]\s?))?£\s?([-−–]\s?)?(\d(?:,?[ \u00a0](?=\d{3}(?!\d))|[\d,.])*)(\s?[A-Za-z]+)?/g;
const NUMBER = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;

/**
 * Every amount printed with a pound sign in `text`, in order: those read (`sums`, some with a
 * `problem` to check) and those that could not be read (`unread`), so no printed amount is ever
 * dropped without a word or read wrong in silence.
 */
export function scanAmounts(text: string): { sums: WrittenSum[]; unread: UnreadAmount[] } {
  const sums: WrittenSum[] = [];
  const unread: UnreadAmount[] = [];
  for (const match of text.matchAll(CANDIDATE)) {
    const sign = match[1] ?? match[2];
    // "£135,000," and "£4.7m." end before their punctuation.
    const printedNumber = (match[3] ?? '').replace(/[,.]+$/, '');
    const spaced = /[ \u00a0]/.test(printedNumber);
    const number = printedNumber.replace(/,?[ \u00a0]/g, ',');
    const letters = match[4] ?? '';
    let unit = '';
    if (UNIT.test(letters)) unit = letters;
    const start = match.index;
    const prefixEnd = match[0].indexOf(printedNumber);
    const printed = `${match[0].slice(0, prefixEnd)}${printedNumber}${unit}`;
    const fail = (problem: string) => unread.push({ asWritten: `${printed}${unit ? '' : letters && !/^\s/.test(letters) ? letters : ''}`, start, problem });
    if (!NUMBER.test(number)) {
      fail('the figure is not a number this site can read (check its commas and points)');
      continue;
    }
    if (letters && !unit && !/^\s/.test(letters)) {
      fail(`“${letters}” after the figure is not a unit this site can read (m, k, bn, million, thousand)`);
      continue;
    }
    const pence = parseAmount(`£${number}${unit}`);
    if (pence === null) {
      fail('not a whole number of pence, or too large');
      continue;
    }
    if (sign) {
      fail(`a negative amount (${formatNegative(pence)}); the record holds no negative sums, so a person must say what it is`);
      continue;
    }
    sums.push({
      pence,
      asWritten: printed,
      start,
      ...(spaced ? { problem: `a space inside the number: read whole as £${number}${unit}; if the figure ends at the space it is £${printedNumber.split(/,?[ \u00a0]/)[0]}; check the document` } : {}),
    });
  }
  const worded = scanWordedAmounts(text);
  if (worded.length > 0) {
    sums.push(...worded);
    sums.sort((a, b) => a.start - b.start);
  }
  return { sums, unread };
}

// "GBP 1,360,000", "1.36 million pounds": amounts written without a pound sign.
const WORDED = /\bGBP\s?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?:\s?(bn|billion|million|thousand|m|k)\b)?|(?<![\d.,£])(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?\s?(bn|billion|million|thousand|m|k)?\s+(?:pounds|sterling)\b/gi;

/** Amounts written without "£" (in pounds by name), read and always flagged: a person confirms them. */
export function scanWordedAmounts(text: string): WrittenSum[] {
  const found: WrittenSum[] = [];
  if (!/GBP|pounds|sterling/i.test(text)) return found;
  for (const match of text.matchAll(WORDED)) {
    const whole = match[1] ?? match[4] ?? '';
    const fraction = match[2] ?? match[5];
    const unit = match[3] ?? match[6] ?? '';
    const pence = parseAmount(`£${whole}${fraction ? `.${fraction}` : ''}${unit}`);
    if (pence === null || pence === 0) continue;
    found.push({ pence, asWritten: match[0], start: match.index, problem: 'written without a pound sign; read as pounds, check it' });
  }
  return found;
}

function formatNegative(pence: number): string {
  return `minus ${(pence / 100).toLocaleString('en-GB')} pounds`;
}

/** Finds every sum written with a pound sign in `text` and read as one, in order (see scanAmounts). */
export function findWrittenSums(text: string): WrittenSum[] {
  return scanAmounts(text).sums;
}

/** A figure in a table column headed in £m, £k or £: "1.701" under "2023/24 £m". */
export interface TableSum {
  pence: number;
  /** The cell as printed, markup removed: "1.701". */
  asWritten: string;
  /** The column heading: "2023/24 £m". */
  column: string;
  /** The row's first cell: "Grant Funding". */
  row: string;
}

/** A table cell under a money heading that could not be read as an amount: "(12.5)", "1.2.3". */
export interface UnreadTableCell {
  asWritten: string;
  column: string;
  row: string;
  problem: string;
}

const TAGS = /<\/?(?:b|u|sup)>/gi;

/** The unit a column heading gives its figures: "£m" millions, "£k", "£000" or "£'000" thousands, "£" pounds. */
function columnUnit(heading: string): 'm' | 'k' | '' | null {
  if (/£\s?m\b|£\s?million/i.test(heading)) return 'm';
  if (/£\s?k\b|£\s?[’']?000s?\b|£\s?thousands?\b|\(£[’']?000\)/i.test(heading)) return 'k';
  if (/£\s*\)?\s*$|\(£\)|\bGBP\b/i.test(heading)) return '';
  return null;
}

/**
 * Reads the figures of a table's money columns: "1.701" under "2023/24 £m" is £1.701m, "250" under
 * "£k" is £250,000, "12,500" under "Amount (£)" is £12,500. Zeros, blanks and dashes are skipped;
 * a negative or unreadable figure is reported, never dropped in silence.
 */
export function scanTable(rows: readonly (readonly string[])[]): { sums: TableSum[]; unread: UnreadTableCell[] } {
  const [header = [], ...body] = rows;
  const columns = header.flatMap((cell, index) => {
    const unit = columnUnit(cell);
    return unit === null ? [] : [{ index, unit }];
  });
  const sums: TableSum[] = [];
  const unread: UnreadTableCell[] = [];
  for (const row of body) {
    const rowName = (row[0] ?? '').replace(TAGS, '').trim();
    for (const { index, unit } of columns) {
      if (index === 0) continue;
      const cell = (row[index] ?? '').replace(TAGS, '').trim();
      const column = header[index] ?? '';
      if (!cell || /^[-–—]$|^n\/?a$|^nil$/i.test(cell)) continue;
      const figure = cell.replace(/^£\s?/, '');
      // Figures in £m are printed with decimals ("0.084"); a bare "1" there is usually a count
      // that slid into the wrong column.
      if (unit === 'm' && /^\d+$/.test(figure)) continue;
      if (/^\(.*\)$|^[-−–]\s?£?\d/.test(figure)) {
        unread.push({ asWritten: cell, column, row: rowName, problem: 'a negative figure; the record holds no negative sums' });
        continue;
      }
      if (!/^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/.test(figure)) {
        if (/\d/.test(figure)) unread.push({ asWritten: cell, column, row: rowName, problem: 'not a figure this site can read' });
        continue;
      }
      const pence = parseAmount(`${figure}${unit}`);
      if (pence === null) unread.push({ asWritten: cell, column, row: rowName, problem: 'not a whole number of pence' });
      else if (pence > 0) sums.push({ pence, asWritten: cell, column, row: rowName });
    }
  }
  return { sums, unread };
}

/** Finds the non-zero figures of a table's money columns (see scanTable). */
export function findTableSums(rows: readonly (readonly string[])[]): TableSum[] {
  return scanTable(rows).sums;
}
