/**
 * Sums a sentence splits by financial year: "£9.4m in 2023/24 and £9m in each of 2024/25 and
 * 2025/26", "£410,250 per year for 2024/25 and 2025/26", "£13,900,000 in FY22/23, £13,000,000 in
 * FY23/24 and FY 24/25". Each becomes one sum whose parts are its years (the record's `perYear`),
 * whose total is theirs added up unless the sentence prints it.
 */
import type { WrittenSum } from '../core/find-sums.ts';
import type { YearSplit } from './candidate-types.ts';
import { expandFinancialYears, findFinancialYears } from './find-financial-years.ts';

/** A run of a sentence's sums that together give one amount per year. */
export interface PerYearGroup {
  /** Indexes of the sentence's sums in the group, in order. */
  members: number[];
  parts: YearSplit[];
  total: number;
  /** True when a year's figure applies to several years only because its neighbours are split by year. */
  inferred: boolean;
  /** The index of the sum just before or after the split that prints its total ("a total of £3.9m (£1.2m in ..."). */
  totalAt?: number;
}

// Between a sum and its years: "per year for", "in each of", "for the financial years", "in".
const LEAD =
  /^\s*\(?\s*(?:(per (?:year|annum)|a year|each year|annually|per financial year)\s*,?\s*)?(?:(?:in|for|during|across|over)\s+)?(?:(each of|both|each)\s+)?(?:the\s+)?(?:(?:two|three|four|five|\d)\s+)?(?:financial\s+years?\s+|years?\s+)?(?:of\s+)?(?:from\s+|between\s+)?$/i;
// Between two years of one sum: ", ", " and ", " & ", " – " (a range).
const JOIN = /^\s*\)?\s*(?:,|and|&|,\s*and|[-–—]|to|until)?\s*\(?\s*$/i;
// Between the last year of one sum and the next sum of the same split.
const NEXT = /^\s*\)?\s*(?:,|;|and|,\s*and|then|and then|,\s*then|with|followed by|plus)?\s*(?:a further\s+|and\s+)?$/i;

interface Tie {
  years: { value: string; end: number }[];
  yearly: boolean;
}

/** The financial years written straight after the sum at `index` ("£900,000 for 2022/23"), if any. */
export function yearsTiedTo(sentence: string, sums: readonly WrittenSum[], index: number): string[] {
  return yearsAfter(sentence, sums, index)?.years.map((year) => year.value) ?? [];
}

/** The years written straight after the sum at `index`, before the next sum. */
function yearsAfter(sentence: string, sums: readonly WrittenSum[], index: number): Tie | null {
  const sum = sums[index];
  if (!sum) return null;
  const from = sum.start + sum.asWritten.length;
  const to = sums[index + 1]?.start ?? sentence.length;
  const segment = sentence.slice(from, to);
  const written = findFinancialYears(segment);
  const first = written[0];
  if (!first) return yearsBefore(sentence, sums, index, segment);
  const lead = LEAD.exec(segment.slice(0, first.start));
  if (!lead) return null;
  let last = first;
  for (const next of written.slice(1)) {
    if (!JOIN.test(segment.slice(last.start + last.asWritten.length, next.start))) break;
    last = next;
  }
  const span = segment.slice(first.start, last.start + last.asWritten.length);
  const years = expandFinancialYears(span).map((year) => year.value);
  const end = from + last.start + last.asWritten.length;
  return { years: years.map((value) => ({ value, end })), yearly: Boolean(lead[1] || lead[2]) };
}

// "for the three years 2022/23 – 2024/25 of up to £13,000,000 per year": the years stand before.
const BEFORE_SUM = /^\s*,?\s*(?:of|at|worth|is|was|will be|totals?|totalling)\s+(?:up\s?to\s+)?(?:an?\s+)?$/i;
const YEARLY_AFTER = /^\s*(?:per (?:year|annum)|a year|each year|annually|per financial year)\b/i;

/**
 * For a sum with no years after it: the years just before it, when they lead into it ("for the
 * three years 2022/23 – 2024/25 of up to £13m per year", "for 2022-23 is £21,033,663").
 */
function yearsBefore(sentence: string, sums: readonly WrittenSum[], index: number, after: string): Tie | null {
  const sum = sums[index];
  if (!sum) return null;
  const yearly = YEARLY_AFTER.test(after);
  const previous = sums[index - 1];
  const from = previous ? previous.start + previous.asWritten.length : 0;
  const segment = sentence.slice(from, sum.start);
  const written = findFinancialYears(segment);
  const last = written[written.length - 1];
  if (!last || !BEFORE_SUM.test(segment.slice(last.start + last.asWritten.length))) return null;
  let first = last;
  for (let i = written.length - 2; i >= 0; i -= 1) {
    const candidate = written[i];
    if (!candidate || !JOIN.test(segment.slice(candidate.start + candidate.asWritten.length, first.start))) break;
    first = candidate;
  }
  const years = expandFinancialYears(segment.slice(first.start, last.start + last.asWritten.length)).map((year) => year.value);
  // "for 2022-23 is £21,033,663": one year before a figure is that figure's year.
  if (!yearly && years.length !== 1) return null;
  const end = sum.start + sum.asWritten.length;
  return { years: years.map((value) => ({ value, end })), yearly };
}

/**
 * Finds the per-year splits among a sentence's sums. A single sum with "per year" or "each of"
 * and two or more years is a split; so is a run of sums each followed by its own years, none
 * repeated. A figure followed by several years inside such a run counts for each of them
 * (`inferred`), as "£13m in 23/24 and 24/25" means £13m in each.
 */
export function findPerYearGroups(sentence: string, sums: readonly WrittenSum[]): PerYearGroup[] {
  const ties = sums.map((_, index) => yearsAfter(sentence, sums, index));
  const groups: PerYearGroup[] = [];
  let i = 0;
  while (i < sums.length) {
    const tie = ties[i];
    if (!tie) {
      i += 1;
      continue;
    }
    const members = [i];
    let j = i;
    while (j + 1 < sums.length) {
      const current = ties[j];
      const next = sums[j + 1];
      const nextTie = ties[j + 1];
      if (!current || !next || !nextTie) break;
      const lastEnd = current.years[current.years.length - 1]?.end ?? 0;
      if (!NEXT.test(sentence.slice(lastEnd, next.start))) break;
      members.push(j + 1);
      j += 1;
    }
    const parts: YearSplit[] = [];
    const seen = new Set<string>();
    let inferred = false;
    let valid = true;
    for (const member of members) {
      const memberTie = ties[member];
      const sum = sums[member];
      if (!memberTie || !sum) continue;
      if (memberTie.years.length > 1 && !memberTie.yearly) {
        if (members.length === 1) valid = false;
        else inferred = true;
      }
      for (const year of memberTie.years) {
        if (seen.has(year.value)) valid = false;
        seen.add(year.value);
        parts.push({ financialYear: year.value, pence: sum.pence, asWritten: sum.asWritten });
      }
    }
    if (valid && parts.length >= 2) {
      parts.sort((a, b) => a.financialYear.localeCompare(b.financialYear));
      const total = parts.reduce((sum, part) => sum + part.pence, 0);
      const before = i - 1;
      const after = j + 1;
      const totalAt = sums[before]?.pence === total ? before : sums[after]?.pence === total && !ties[after] ? after : undefined;
      groups.push({ members, parts, total, inferred, ...(totalAt !== undefined ? { totalAt } : {}) });
    }
    i = j + 1;
  }
  return groups;
}
