/**
 * The compact per-decision records the search page loads and fuse.js searches: everything needed to
 * rank, filter and list a decision, but not its full text (Pagefind indexes that separately).
 */
import type { Decision } from '../decisions.ts';
import { headlineAmount, placingDate, shortLabel } from '../decisions.ts';
import { financialYearOf } from '../financial-year.ts';
import { programmeById } from '../programmes.ts';
import { referenceNumber } from '../references.ts';
import type { SumRole } from '../sums.ts';

export interface SearchRecord {
  id: string;
  reference: string | null;
  /** 1092 for "PCD 1092", for matching a bare number. */
  referenceNumber: number | null;
  title: string;
  label: string;
  summary: string;
  /** The placing date (ISO) and whether it is the signing date. */
  date: string | null;
  dateIsSigned: boolean;
  /** Calendar year of the placing date. */
  year: number | null;
  /** Financial years the decision concerns; the placing date's when the document names none. */
  financialYears: string[];
  programmes: string[];
  programmeNames: string[];
  funders: string[];
  sums: { pence: number; role: SumRole; asWritten: string }[];
  headline: { pence: number; role: SumRole } | null;
}

/** The search record of each decision. */
export function searchRecords(decisions: readonly Decision[]): SearchRecord[] {
  return decisions.map((decision) => {
    const placed = placingDate(decision);
    const dayIso = placed ? (placed.iso.length === 7 ? `${placed.iso}-01` : placed.iso) : null;
    const headline = headlineAmount(decision);
    return {
      id: decision.id,
      reference: decision.reference,
      referenceNumber: decision.reference ? referenceNumber(decision.reference) : null,
      title: decision.title,
      label: shortLabel(decision),
      summary: decision.summary,
      date: placed?.iso ?? null,
      dateIsSigned: placed?.basis === 'signed',
      year: placed ? Number(placed.iso.slice(0, 4)) : null,
      financialYears: decision.financialYears.length > 0 ? [...decision.financialYears] : dayIso ? [financialYearOf(dayIso)] : [],
      programmes: [...decision.programmes],
      programmeNames: decision.programmes.map((p) => programmeById(p).name),
      funders: [...decision.funders],
      sums: decision.amounts.map((a) => ({ pence: a.pence, role: a.role, asWritten: a.asWritten })),
      headline: headline ? { pence: headline.pence, role: headline.role } : null,
    };
  });
}
