/**
 * Financial years as the documents write them: "2021/22", "FY 21/22", "2023/2024", "2023/4".
 * Reading each one is left to parseFinancialYear, which also refuses years that do not follow
 * each other ("2017/2021" is a span, not a financial year).
 */
import { parseFinancialYear, type FinancialYear } from '../core/financial-year.ts';

/** A financial year found in a text, canonical and as printed. */
export interface WrittenFinancialYear {
  /** Canonical: "2021/22". */
  value: FinancialYear;
  /** As printed: "FY 21/22". */
  asWritten: string;
  start: number;
}

// Not inside a date: "10/12/2021" holds "10/12" and "12/2021", neither of them a financial year.
const CANDIDATE = /(?<![\d/])(?:FY\s?)?(?:\d{4}|\d{2})\s?\/\s?(?:\d{4}|\d{1,2})(?![\d/])/gi;

/** Finds every financial year written in `text`, in order. */
export function findFinancialYears(text: string): WrittenFinancialYear[] {
  const found: WrittenFinancialYear[] = [];
  for (const match of text.matchAll(CANDIDATE)) {
    const value = parseFinancialYear(match[0]);
    if (value) found.push({ value, asWritten: match[0], start: match.index });
  }
  return found;
}
