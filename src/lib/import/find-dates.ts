/**
 * Dates as the documents print them, found in running text. Reading each one is left to
 * parseUkDate (day first), so the importer and the schema can never disagree about a date.
 */
import { parseUkDate, type ParsedDate } from '../core/dates.ts';

/** A date found in a text, with its printed form and position. */
export interface WrittenDate extends ParsedDate {
  /** Exactly as printed: "10/12/2021", "31<sup>st</sup> March 2021", "March 2024". */
  asWritten: string;
  /** Offset in the text searched. */
  start: number;
}

const MONTHS_LONG = 'January|February|March|April|May|June|July|August|September|October|November|December';
const MONTHS_SHORT = 'Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec';

const PATTERNS = [
  // "15 January 2021", "31st March 2022", "31<sup>st</sup> March 2021", "2nd Feb. 2020"
  new RegExp(
    `(?<![\\p{L}\\p{N}])\\d{1,2}(?:st|nd|rd|th|<sup>(?:st|nd|rd|th)</sup>)?\\s+(?:${MONTHS_LONG}|${MONTHS_SHORT})\\.?,?\\s+\\d{4}(?![\\p{L}\\p{N}])`,
    'giu',
  ),
  // "March 2024": full month names only, capitalised, so "may 2018" in a sentence is not a date.
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${MONTHS_LONG})\\s+\\d{4}(?![\\p{L}\\p{N}])`, 'gu'),
  // "10/12/2021", "1/2/2021", "02/05/18"
  /(?<![\d/.])\d{1,2}\/\d{1,2}\/(?:\d{4}|\d{2})(?![\d/])/g,
];

/** "08 05 18": only beside a "Date" label, where a run of spaced numbers cannot be anything else. */
const SPACED = /(?<![\d/.])\d{1,2}[ .-]\d{1,2}[ .-](?:\d{4}|\d{2})(?![\d/])/g;

/**
 * Finds every date written in `text`, in order. `spaced` also accepts "08 05 18", which is safe
 * only on a "Date ..." line of a signature block.
 */
export function findWrittenDates(text: string, options: { spaced?: boolean } = {}): WrittenDate[] {
  const found: WrittenDate[] = [];
  // Which characters an earlier pattern's date covers: checking a match costs its own length only.
  const covered = new Uint8Array(text.length);
  const overlaps = (start: number, end: number) => {
    for (let i = start; i < end; i += 1) if (covered[i]) return true;
    return false;
  };
  for (const pattern of options.spaced ? [...PATTERNS, SPACED] : PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (overlaps(start, end)) continue;
      const parsed = parseUkDate(match[0]);
      if (!parsed) continue;
      covered.fill(1, start, end);
      found.push({ ...parsed, asWritten: match[0], start });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

// Shapes of a day-first date: "31/02/2022", "31.02.2022", "30 February 2023", "31st June 2021".
const DATE_SHAPES = [
  /(?<![\d/.])\d{1,2}\/\d{1,2}\/(?:\d{4}|\d{2})(?![\d/])/g,
  new RegExp(`(?<![\\p{L}\\p{N}])\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${MONTHS_LONG}|${MONTHS_SHORT})\\.?,?\\s+\\d{4}(?![\\p{L}\\p{N}])`, 'giu'),
];

/**
 * Dates written in the shape of a day that does not exist ("31/02/2022", "30 February 2023"):
 * findWrittenDates skips them, so they are reported here as errors, never taken for no date.
 */
export function findImpossibleDates(text: string): { asWritten: string; start: number }[] {
  const found: { asWritten: string; start: number }[] = [];
  for (const pattern of DATE_SHAPES) {
    for (const match of text.matchAll(pattern)) {
      if (!parseUkDate(match[0])) found.push({ asWritten: match[0], start: match.index });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
