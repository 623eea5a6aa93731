/**
 * UK financial years, which run from 1 April to 31 March and are written "2020/21".
 */
import { parseIsoDate, type IsoDate } from './dates.ts';

/** A financial year in canonical form, e.g. "2021/22". */
export type FinancialYear = string;

/** The financial year a date falls in: 31 March 2021 is in 2020/21, 1 April 2021 in 2021/22. */
export function financialYearOf(iso: IsoDate): FinancialYear {
  const parsed = parseIsoDate(iso);
  if (!parsed || parsed.precision !== 'day') throw new RangeError(`Need a full ISO date, got: ${iso}`);
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7));
  const start = month >= 4 ? year : year - 1;
  return formatFinancialYear(start);
}

/** "2021/22" for the financial year starting in April 2021. */
export function formatFinancialYear(startYear: number): FinancialYear {
  return `${startYear}/${String((startYear + 1) % 100).padStart(2, '0')}`;
}

/** The calendar year in which a canonical financial year starts: "2021/22" -> 2021. */
export function startYearOf(fy: FinancialYear): number {
  const parsed = parseFinancialYear(fy);
  if (parsed !== fy) throw new RangeError(`Not a canonical financial year: ${fy}`);
  return Number(fy.slice(0, 4));
}

const FY_PATTERN = /^(?:FY\s*)?(\d{2}|\d{4})\s*[/-]\s*(\d{1,2}|\d{4})$/i;

/**
 * Reads a financial year in the forms the documents use — "2021/22", "FY 21/22", "2023/2024",
 * "2023/4" — and returns it canonical ("2021/22"). Null when the years are not consecutive.
 */
export function parseFinancialYear(text: string): FinancialYear | null {
  const match = FY_PATTERN.exec(text.trim());
  if (!match) return null;
  const [, first = '', second = ''] = match;
  const start = first.length === 2 ? 2000 + Number(first) : Number(first);
  const expectedEnd = start + 1;
  let end: number;
  if (second.length === 4) end = Number(second);
  else if (second.length === 2) end = Math.floor(start / 100) * 100 + Number(second) + (Number(second) < start % 100 ? 100 : 0);
  else end = Math.floor(expectedEnd / 10) * 10 + Number(second); // "2023/4"
  return end === expectedEnd ? formatFinancialYear(start) : null;
}

/** The first and last day of a financial year: "2021/22" -> ["2021-04-01", "2022-03-31"]. */
export function financialYearBounds(fy: FinancialYear): [IsoDate, IsoDate] {
  const start = startYearOf(fy);
  return [`${start}-04-01`, `${start + 1}-03-31`];
}

/** Orders financial years oldest first. */
export function compareFinancialYears(a: FinancialYear, b: FinancialYear): number {
  return startYearOf(a) - startYearOf(b);
}
