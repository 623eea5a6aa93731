/**
 * Financial years as the documents write them: "2021/22", "2021-22", "2021-2022", "FY 21/22",
 * "2023/2024", "2023/4", and ranges of them ("2022/23 – 2024/25", "from 2023/24 to 2024/25").
 * Reading each one is left to parseFinancialYear, which also refuses years that do not follow
 * each other ("2017/2021" is a span, not a financial year).
 */
import { formatFinancialYear, parseFinancialYear, type FinancialYear } from '../core/financial-year.ts';

/** A financial year found in a text, canonical and as printed. */
export interface WrittenFinancialYear {
  /** Canonical: "2021/22". */
  value: FinancialYear;
  /** As printed: "FY 21/22". */
  asWritten: string;
  start: number;
}

// "2021/22", "2021-22", "2021-2022", "2021–22", "FY 21/22", "FY21-22"; not inside a date ("10/12/2021"
// holds "10/12" and "12/2021"; "2021-12-10" holds "2021-12"). With a dash, two-digit years need
// "FY" ("pages 21-22" are not a year).
const CANDIDATE = /(?<![\d/.-])(?:FY\s?(?:\d{4}|\d{2})\s?[/\-–]\s?(?:\d{4}|\d{1,2})|(?:\d{4}|\d{2})\s?\/\s?(?:\d{4}|\d{1,2})|\d{4}\s?[-–]\s?(?:\d{4}|\d{2}))(?![\d/]|-\d)/gi;

/** Finds every financial year written in `text`, in order. */
export function findFinancialYears(text: string): WrittenFinancialYear[] {
  const found: WrittenFinancialYear[] = [];
  for (const match of text.matchAll(CANDIDATE)) {
    const value = parseFinancialYear(match[0].replace(/[–]/g, '-'));
    if (value) found.push({ value, asWritten: match[0], start: match.index });
  }
  return found;
}

// Between two years of a range: "2022/23 – 2024/25", "2022/23 to 2024/25", "from 2023/24 to
// 2024/25", "between 2022/23 and 2024/25".
const RANGE_JOIN = /^\s*(?:[-–—]|to|until|through)\s*(?:FY\s?)?$/i;

/**
 * The financial years a text names, ranges expanded to every year in them ("2022/23 – 2024/25" is
 * three years), each with the printed words it comes from, in order and once each.
 */
export function expandFinancialYears(text: string): WrittenFinancialYear[] {
  const found = findFinancialYears(text);
  const out: WrittenFinancialYear[] = [];
  const seen = new Set<string>();
  const add = (item: WrittenFinancialYear) => {
    if (!seen.has(item.value)) {
      seen.add(item.value);
      out.push(item);
    }
  };
  found.forEach((item, index) => {
    const previous = found[index - 1];
    add(item);
    if (!previous) return;
    const between = text.slice(previous.start + previous.asWritten.length, item.start);
    const betweenAnd = /^\s*and\s*$/i.test(between) && /\bbetween\s*(?:FY\s?)?$/i.test(text.slice(Math.max(0, previous.start - 12), previous.start));
    if (!RANGE_JOIN.test(between) && !betweenAnd) return;
    const first = Number(previous.value.slice(0, 4));
    const last = Number(item.value.slice(0, 4));
    // A range of more than ten years is more likely a misreading than a grant's span.
    if (last - first < 2 || last - first > 10) return;
    for (let year = first + 1; year < last; year += 1) {
      add({ value: formatFinancialYear(year), asWritten: `${previous.asWritten}${between}${item.asWritten}`, start: previous.start });
    }
  });
  return out.sort((a, b) => a.value.localeCompare(b.value) || a.start - b.start);
}
