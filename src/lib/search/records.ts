/**
 * The compact per-decision records the search page loads and fuse.js searches: everything needed to
 * rank, filter and list a decision, but not its full text (text-index.ts indexes that separately).
 *
 * On the wire the records are two files, both in columns (one array per field), without the fields
 * the page can derive:
 *   - /search/records.json: everything needed to match, filter, sort and list a decision. The page
 *     waits for it before it can show any result.
 *   - /search/details.json: each summary and how each sum is written, which only the drawn results
 *     show. The page loads it after the first results are drawn.
 * Measured at 2,000 synthetic decisions (npm run bench:search): one file of objects was 144 KB gzip;
 * one file of rows 105 KB; now records.json is 41 KB and details.json 38 KB.
 */
import type { Decision } from '../core/decisions.ts';
import { headlineAmount, placingDate, shortLabel } from '../core/decisions.ts';
import { dayOf } from '../core/dates.ts';
import { financialYearOf } from '../core/financial-year.ts';
import { programmeById } from '../core/programmes.ts';
import { referenceNumber, slugForReference } from '../core/references.ts';
import type { SumRole } from '../core/sums.ts';
import { EVIDENCE_LEVELS, type EvidenceLevel } from '../core/enums.ts';

/** A decision as the search page holds it: what it needs to match, filter, sort and list it. */
export interface SearchRecord {
  id: string;
  reference: string | null;
  /** 1092 for "PCD 1092", for matching a bare number. */
  referenceNumber: number | null;
  title: string;
  label: string;
  /** Null until the details file is read (applyDetails). */
  summary: string | null;
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
  /** `asWritten` is null until the details file is read (applyDetails). */
  sums: { pence: number; role: SumRole; asWritten: string | null }[];
  headline: { pence: number; role: SumRole } | null;
  /** What the site's record of the decision rests on. */
  evidence: EvidenceLevel;
}

/** The calendar year of a placing date ("2021-02-01" or "2024-03"), derived the same way on both sides of the wire. */
function yearOf(date: string | null): number | null {
  return date ? Number(date.slice(0, 4)) : null;
}

/** The search record of each decision. */
export function searchRecords(decisions: readonly Decision[]): SearchRecord[] {
  return decisions.map((decision) => {
    const placed = placingDate(decision);
    const dayIso = placed ? dayOf(placed.iso) : null;
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
      evidence: decision.evidence,
    };
  });
}

/** /search/records.json: one column per field, each `count` long; programmes, funders and roles are indexes into the tables. */
export interface RecordsFile {
  /** Shared with the details file, so the page never pairs files from two builds. */
  key: string;
  count: number;
  programmes: [id: string, name: string][];
  funders: string[];
  roles: SumRole[];
  columns: {
    /** Null when it is the page slug of the reference ("pcd-1092" for "PCD 1092"). */
    id: (string | null)[];
    reference: (string | null)[];
    /** Null when it is the reference. */
    label: (string | null)[];
    title: string[];
    date: (string | null)[];
    signed: (0 | 1)[];
    financialYears: string[][];
    programmes: number[][];
    funders: number[][];
    sums: [pence: number, role: number][][];
    /** Which of the record's sums is its headline; -1 for none. */
    headline: number[];
    /** What each record rests on, as an index into EVIDENCE_LEVELS (0: published here in full). */
    evidence: number[];
  };
}

/** /search/details.json: what only a drawn result shows, in the order of records.json. */
export interface DetailsFile {
  key: string;
  summaries: string[];
  sumsAsWritten: string[][];
}

/** The key of a list of records, shared by the files written from it: a short fingerprint (FNV-1a, 32 bits) of the ids, in order. */
export function recordsKey(records: readonly SearchRecord[]): string {
  return keyOf(records.map((r) => r.id));
}

function keyOf(ids: readonly string[]): string {
  let hash = 0x811c9dc5;
  for (const id of ids) {
    for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
    hash = Math.imul(hash ^ 10, 0x01000193);
  }
  return `${ids.length.toString(36)}-${(hash >>> 0).toString(36)}`;
}

const slugOf = (reference: string | null) => (reference ? slugForReference(reference) : null);

/** A table of distinct values and a function giving each value's index in it. */
function table<T>(): { values: T[]; indexOf: (value: T) => number } {
  const values: T[] = [];
  const index = new Map<T, number>();
  return {
    values,
    indexOf: (value) => {
      let i = index.get(value);
      if (i === undefined) {
        i = values.push(value) - 1;
        index.set(value, i);
      }
      return i;
    },
  };
}

/** The records as /search/records.json writes them: in columns, with programmes, funders and roles as table indexes. */
export function toRecordsFile(records: readonly SearchRecord[]): RecordsFile {
  const programmes = table<string>();
  const programmeNames = new Map<string, string>();
  const funders = table<string>();
  const roles = table<SumRole>();
  const column = <T>(of: (r: SearchRecord) => T) => records.map(of);
  const headline = column((r) => {
    const at = r.headline ? r.sums.findIndex((s) => s.pence === r.headline!.pence && s.role === r.headline!.role) : -1;
    if (r.headline && at === -1) throw new Error(`${r.id}: its headline sum is not one of its sums`);
    return at;
  });
  return {
    key: keyOf(records.map((r) => r.id)),
    count: records.length,
    columns: {
      id: column((r) => (r.id === slugOf(r.reference) ? null : r.id)),
      reference: column((r) => r.reference),
      label: column((r) => (r.label === r.reference ? null : r.label)),
      title: column((r) => r.title),
      date: column((r) => r.date),
      signed: column((r) => (r.dateIsSigned ? 1 : 0)),
      financialYears: column((r) => r.financialYears),
      programmes: column((r) =>
        r.programmes.map((id, i) => {
          programmeNames.set(id, r.programmeNames[i] ?? id);
          return programmes.indexOf(id);
        }),
      ),
      funders: column((r) => r.funders.map(funders.indexOf)),
      sums: column((r) => r.sums.map((s): [number, number] => [s.pence, roles.indexOf(s.role)])),
      headline,
      evidence: column((r) => EVIDENCE_LEVELS.indexOf(r.evidence)),
    },
    programmes: programmes.values.map((id) => [id, programmeNames.get(id) ?? id]),
    funders: funders.values,
    roles: roles.values,
  };
}

/** The summaries and sums as written, as /search/details.json writes them, in the order of records.json. */
export function toDetailsFile(records: readonly SearchRecord[]): DetailsFile {
  return {
    key: keyOf(records.map((r) => r.id)),
    summaries: records.map((r) => {
      if (r.summary === null) throw new Error(`${r.id}: it has no summary to write`);
      return r.summary;
    }),
    sumsAsWritten: records.map((r) =>
      r.sums.map((s) => {
        if (s.asWritten === null) throw new Error(`${r.id}: a sum has no written form to write`);
        return s.asWritten;
      }),
    ),
  };
}

/** The records of a records file, with the derived fields filled in; summaries and written sums wait for applyDetails. */
export function fromRecordsFile(file: RecordsFile): SearchRecord[] {
  const { columns: c, count } = file;
  const short = Object.entries(c).find(([, values]) => !Array.isArray(values) || values.length !== count);
  if (short) throw new Error(`records.json is damaged: its ${short[0]} column does not hold ${count} values`);
  const programmes = file.programmes.map(([id]) => id);
  const programmeNames = file.programmes.map(([, name]) => name);
  const records: SearchRecord[] = [];
  for (let i = 0; i < count; i++) {
    const reference = c.reference[i] ?? null;
    // A reference on the wire is canonical ("PCD 1092"): its number and slug are read without a regular expression.
    const number = reference ? Number(reference.slice(4)) : null;
    if (number !== null && !(reference?.startsWith('PCD ') && Number.isInteger(number) && number > 0)) {
      throw new Error(`records.json is damaged: record ${i + 1} has the reference ${JSON.stringify(reference)}`);
    }
    const date = c.date[i] ?? null;
    const sums = (c.sums[i] ?? []).map(([pence, role]) => ({ pence, role: file.roles[role] as SumRole, asWritten: null }));
    const headline = sums[c.headline[i] ?? -1];
    const id = c.id[i] ?? (number === null ? null : `pcd-${number}`);
    if (!id) throw new Error(`records.json is damaged: record ${i + 1} has neither an id nor a reference`);
    records.push({
      id,
      reference,
      referenceNumber: number,
      title: c.title[i] as string,
      label: c.label[i] ?? reference ?? (c.title[i] as string),
      summary: null,
      date,
      dateIsSigned: c.signed[i] === 1,
      year: yearOf(date),
      financialYears: c.financialYears[i] ?? [],
      programmes: (c.programmes[i] ?? []).map((p) => programmes[p] as string),
      programmeNames: (c.programmes[i] ?? []).map((p) => programmeNames[p] as string),
      funders: (c.funders[i] ?? []).map((f) => file.funders[f] as string),
      sums,
      headline: headline ? { pence: headline.pence, role: headline.role } : null,
      evidence: EVIDENCE_LEVELS[c.evidence[i] ?? 0] ?? 'full-text',
    });
  }
  return records;
}

/**
 * Fills in the summaries and written sums of records read from a records file (whose key is
 * `recordsKey`), in place, so that
 * anything already built over the records stays valid. A details file from another build (another
 * key) or of another shape is refused with an error, and the records are left as they were.
 */
export function applyDetails(records: SearchRecord[], recordsKey: string, file: DetailsFile): void {
  if (file.key !== recordsKey) throw new Error('details.json does not belong to these records (it is from another build)');
  if (file.summaries.length !== records.length || file.sumsAsWritten.length !== records.length) {
    throw new Error(`details.json is damaged: it does not hold ${records.length} summaries and lists of sums`);
  }
  records.forEach((record, i) => {
    if ((file.sumsAsWritten[i] ?? []).length !== record.sums.length) throw new Error(`details.json is damaged: ${record.id} has ${record.sums.length} sums`);
  });
  records.forEach((record, i) => {
    record.summary = file.summaries[i] ?? null;
    record.sums.forEach((sum, j) => (sum.asWritten = file.sumsAsWritten[i]?.[j] ?? null));
  });
}
