/**
 * Dates as the MOPAC documents write them. UK documents put the day first: "1/2/2021" is
 * 1 February 2021 and "08 05 18" is 8 May 2018. Dates are held as ISO strings: "2021-02-01"
 * for a day, "2024-03" when a document gives only a month ("March 2024").
 */

/** An ISO calendar date ("2021-02-01") or month ("2024-03"). */
export type IsoDate = string;

export interface ParsedDate {
  iso: IsoDate;
  precision: 'day' | 'month';
}

const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
] as const;

const MONTH_ALIASES: Record<string, number> = Object.fromEntries(
  MONTHS.flatMap((name, index) => [
    [name, index + 1],
    [name.slice(0, 3), index + 1],
    ...(name === 'september' ? [['sept', 9]] : []),
  ]),
);

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

function expandYear(year: string): number {
  // Two-digit years in these documents are all this century ("08 05 18" is 2018).
  return year.length === 2 ? 2000 + Number(year) : Number(year);
}

/**
 * True when the day exists in that month of that year (leap years included). The calendar itself
 * decides: a day that does not exist rolls over into another month or year (31 February becomes
 * 3 March, month 13 next January), and a part that is not a whole number is cut to one (month 1.5
 * becomes 1), so each part must come back as it went in.
 */
export function isRealDay(year: number, month: number, day: number): boolean {
  const date = new Date(0);
  // setUTCFullYear, not Date.UTC, which reads years 0 to 99 as 1900 to 1999.
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function dayDate(year: number, month: number, day: number): ParsedDate | null {
  if (year < 1900 || year > 2199 || !isRealDay(year, month, day)) return null;
  return { iso: `${year}-${pad(month)}-${pad(day)}`, precision: 'day' };
}

const NUMERIC = /^(\d{1,2})[/.\s-]+(\d{1,2})[/.\s-]+(\d{2}|\d{4})$/;
const DAY_MONTH_NAME = /^(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)\.?,?\s+(\d{4})$/i;
const MONTH_NAME_YEAR = /^([a-z]+)\.?\s+(\d{4})$/i;

/**
 * Parses a date written UK day-first: "10/12/2021", "1/2/2021", "08 05 18", "15 January 2021",
 * "31st March 2022", or a month alone, "March 2024". Returns null for anything else, including
 * impossible dates such as "31/02/2021" and dates without a year ("9th April").
 */
export function parseUkDate(text: string): ParsedDate | null {
  const value = text.trim().replace(/<sup>(st|nd|rd|th)<\/sup>/gi, '$1');
  let match = NUMERIC.exec(value);
  if (match) {
    const [, day = '', month = '', year = ''] = match;
    return dayDate(expandYear(year), Number(month), Number(day));
  }
  match = DAY_MONTH_NAME.exec(value);
  if (match) {
    const [, day = '', monthName = '', year = ''] = match;
    const month = MONTH_ALIASES[monthName.toLowerCase()];
    return month ? dayDate(Number(year), month, Number(day)) : null;
  }
  match = MONTH_NAME_YEAR.exec(value);
  if (match) {
    const [, monthName = '', year = ''] = match;
    const month = MONTH_ALIASES[monthName.toLowerCase()];
    const y = Number(year);
    return month && y >= 1900 && y <= 2199 ? { iso: `${y}-${pad(month)}`, precision: 'month' } : null;
  }
  return null;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_MONTH = /^(\d{4})-(\d{2})$/;

/** Parses an ISO date or month string as stored in frontmatter; null when malformed or impossible. */
export function parseIsoDate(text: string): ParsedDate | null {
  let match = ISO_DAY.exec(text);
  if (match) return dayDate(Number(match[1]), Number(match[2]), Number(match[3]));
  match = ISO_MONTH.exec(text);
  if (match) {
    const month = Number(match[2]);
    return month >= 1 && month <= 12 ? { iso: text, precision: 'month' } : null;
  }
  return null;
}

/** Formats an ISO date for people: "2021-12-10" -> "10 December 2021", "2024-03" -> "March 2024". */
/** The day a date stands for when days are compared: a month ("2024-03") counts from its first day. */
export function dayOf(iso: IsoDate): IsoDate {
  return iso.length === 7 ? `${iso}-01` : iso;
}

export function formatDate(iso: IsoDate): string {
  const parsed = parseIsoDate(iso);
  if (!parsed) throw new RangeError(`Not an ISO date: ${iso}`);
  const [year = '', month = '', day] = iso.split('-');
  const monthName = MONTHS[Number(month) - 1] ?? '';
  const name = monthName.charAt(0).toUpperCase() + monthName.slice(1);
  return day ? `${Number(day)} ${name} ${year}` : `${name} ${year}`;
}

/** The calendar year of an ISO date or month. */
export function yearOf(iso: IsoDate): number {
  return Number(iso.slice(0, 4));
}
