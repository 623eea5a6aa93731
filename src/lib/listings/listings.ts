/**
 * Static listings of decisions by calendar year, financial year and programme: crawlable pages that
 * work without JavaScript, linked from the search page and from each decision.
 */
import type { Decision } from '../core/decisions.ts';
import { placingDate, sortNewestFirst } from '../core/decisions.ts';
import { dayOf } from '../core/dates.ts';
import { compareFinancialYears, financialYearOf } from '../core/financial-year.ts';
import type { ProgrammeId } from '../core/programmes.ts';

/** The calendar year a decision is listed under, or null when no date is known. */
export function listingYear(decision: Decision): number | null {
  const placed = placingDate(decision);
  return placed ? Number(placed.iso.slice(0, 4)) : null;
}

/** The financial years a decision is listed under: those it names, else its placing date's. */
export function listingFinancialYears(decision: Decision): string[] {
  if (decision.financialYears.length > 0) return [...decision.financialYears];
  const placed = placingDate(decision);
  if (!placed) return [];
  return [financialYearOf(dayOf(placed.iso))];
}

/** "2021/22" -> "2021-22", for URLs. */
export function financialYearSlug(fy: string): string {
  return fy.replace('/', '-');
}

export interface Listing<K> {
  key: K;
  decisions: Decision[];
}

function group<K>(decisions: readonly Decision[], keysOf: (d: Decision) => K[]): Map<K, Decision[]> {
  const groups = new Map<K, Decision[]>();
  for (const decision of decisions) {
    for (const key of keysOf(decision)) groups.set(key, [...(groups.get(key) ?? []), decision]);
  }
  return groups;
}

/** Decisions by calendar year, newest year first, each newest first. */
export function listingsByYear(decisions: readonly Decision[]): Listing<number>[] {
  const groups = group(decisions, (d) => {
    const year = listingYear(d);
    return year === null ? [] : [year];
  });
  return [...groups].sort(([a], [b]) => b - a).map(([key, list]) => ({ key, decisions: sortNewestFirst(list) }));
}

/** Decisions by financial year, newest first. */
export function listingsByFinancialYear(decisions: readonly Decision[]): Listing<string>[] {
  const groups = group(decisions, listingFinancialYears);
  return [...groups]
    .sort(([a], [b]) => compareFinancialYears(b, a))
    .map(([key, list]) => ({ key, decisions: sortNewestFirst(list) }));
}

/** Decisions by programme, in the order of the programme list. */
export function listingsByProgramme(decisions: readonly Decision[], order: readonly ProgrammeId[]): Listing<ProgrammeId>[] {
  const groups = group(decisions, (d) => [...d.programmes]);
  return order.filter((p) => groups.has(p)).map((key) => ({ key, decisions: sortNewestFirst(groups.get(key) ?? []) }));
}
