/**
 * The compact per-decision records the search page loads and fuse.js searches: everything needed to
 * rank, filter and list a decision, but not its full text (Pagefind indexes that separately).
 *
 * On the wire (/search/records.json) each record is a row of values in a fixed order, without the
 * fields the page can derive: the download and the time to read it are what a reader waits for
 * before the first results (measured at 2,000 synthetic decisions: 1,480 KB as objects, 826 KB as rows; 144 and 106 KB gzip).
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

/** The calendar year of a placing date ("2021-02-01" or "2024-03"), derived the same way on both sides of the wire. */
function yearOf(date: string | null): number | null {
  return date ? Number(date.slice(0, 4)) : null;
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
      year: yearOf(placed?.iso ?? null),
      financialYears: decision.financialYears.length > 0 ? [...decision.financialYears] : dayIso ? [financialYearOf(dayIso)] : [],
      programmes: [...decision.programmes],
      programmeNames: decision.programmes.map((p) => programmeById(p).name),
      funders: [...decision.funders],
      sums: decision.amounts.map((a) => ({ pence: a.pence, role: a.role, asWritten: a.asWritten })),
      headline: headline ? { pence: headline.pence, role: headline.role } : null,
    };
  });
}

/** One record on the wire. `label` is null when it is the reference; `headline` indexes `sums` (-1: none). */
export type RecordRow = [
  id: string,
  reference: string | null,
  label: string | null,
  title: string,
  summary: string,
  date: string | null,
  dateIsSigned: 0 | 1,
  financialYears: string[],
  programmes: string[],
  funders: string[],
  sums: [pence: number, role: SumRole, asWritten: string][],
  headline: number,
];

/** /search/records.json: the rows, and the name of each programme they list. */
export interface RecordsFile {
  programmes: Record<string, string>;
  rows: RecordRow[];
}

export function toRecordsFile(records: readonly SearchRecord[]): RecordsFile {
  const programmes: Record<string, string> = {};
  const rows = records.map((r): RecordRow => {
    r.programmes.forEach((id, i) => (programmes[id] = r.programmeNames[i]!));
    const headline = r.headline ? r.sums.findIndex((s) => s.pence === r.headline!.pence && s.role === r.headline!.role) : -1;
    if (r.headline && headline === -1) throw new Error(`${r.id}: its headline sum is not one of its sums`);
    return [
      r.id,
      r.reference,
      r.label === r.reference ? null : r.label,
      r.title,
      r.summary,
      r.date,
      r.dateIsSigned ? 1 : 0,
      r.financialYears,
      r.programmes,
      r.funders,
      r.sums.map((s) => [s.pence, s.role, s.asWritten]),
      headline,
    ];
  });
  return { programmes, rows };
}

/** The records of a records file, with the derived fields filled in again. */
export function fromRecordsFile(file: RecordsFile): SearchRecord[] {
  return file.rows.map(([id, reference, label, title, summary, date, signed, financialYears, programmes, funders, sums, headline]) => {
    const headlineSum = sums[headline];
    return {
      id,
      reference,
      referenceNumber: reference ? referenceNumber(reference) : null,
      title,
      label: label ?? reference ?? title,
      summary,
      date,
      dateIsSigned: signed === 1,
      year: yearOf(date),
      financialYears,
      programmes,
      programmeNames: programmes.map((p) => file.programmes[p] ?? p),
      funders,
      sums: sums.map(([pence, role, asWritten]) => ({ pence, role, asWritten })),
      headline: headlineSum ? { pence: headlineSum[0], role: headlineSum[1] } : null,
    };
  });
}
