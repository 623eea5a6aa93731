/**
 * Pure operations on decisions: ordering, headline figures, totals and cross-references.
 * Decisions arrive here already validated by the schema; nothing here touches Astro.
 */
import type { DecisionAmount, DecisionData } from './decision-data.ts';
import { dayOf, type IsoDate } from './dates.ts';
import { financialYearBounds } from './financial-year.ts';
import { DATE_KIND_LABELS, type EvidenceLevel } from './enums.ts';
import { sumPence } from './money.ts';
import { referenceNumber, slugForReference, type Reference } from './references.ts';

/** A validated decision with its address. */
export interface Decision extends DecisionData {
  /** The file name without ".md", which is also the page address: "pcd-1092". */
  id: string;
}

/** The date a decision is placed at, and whether the document states it or it is inferred. */
export interface PlacingDate {
  iso: IsoDate;
  /** How the date was arrived at: the signature, another stated date, or the financial year. */
  basis: 'signed' | 'other-date' | 'financial-year';
  /** For readers, when the date is not the signature: "funding period starts". */
  explanation: string;
}

/** The Deputy Mayor's signing date, or null when the document gives none. */
export function signedDate(decision: Decision): IsoDate | null {
  return decision.signed.date ?? null;
}

/**
 * Where a decision sits in time. The signing date when stated; otherwise the earliest other date
 * the document states; otherwise the start of its first financial year. Never shown as a signing date.
 */
export function placingDate(decision: Decision): PlacingDate | null {
  const signed = signedDate(decision);
  if (signed) return { iso: signed, basis: 'signed', explanation: 'signed by the Deputy Mayor' };
  const earliest = [...decision.dates].sort((a, b) => dayKey(a.date).localeCompare(dayKey(b.date)))[0];
  if (earliest) {
    return { iso: earliest.date, basis: 'other-date', explanation: DATE_KIND_LABELS[earliest.kind]?.toLowerCase() ?? earliest.kind };
  }
  const fy = [...decision.financialYears].sort()[0];
  if (fy) return { iso: financialYearBounds(fy)[0], basis: 'financial-year', explanation: `start of financial year ${fy}` };
  return null;
}

function dayKey(iso: IsoDate | undefined): string {
  return iso ? dayOf(iso) : '0000-00-00';
}

/** Newest first by placing date; ties broken by reference number, highest first, then id. */
export function sortNewestFirst<T extends Decision>(decisions: readonly T[]): T[] {
  return [...decisions].sort((a, b) => {
    const byDate = dayKey(placingDate(b)?.iso).localeCompare(dayKey(placingDate(a)?.iso));
    if (byDate !== 0) return byDate;
    const byNumber = (b.reference ? referenceNumber(b.reference) : 0) - (a.reference ? referenceNumber(a.reference) : 0);
    return byNumber !== 0 ? byNumber : a.id.localeCompare(b.id);
  });
}

/** The sum that headlines a decision in listings, or null when it states none. */
export function headlineAmount(decision: Decision): DecisionAmount | null {
  return decision.amounts.find((amount) => amount.principal) ?? null;
}

/** The reference a reader cites: "PCD 1092", or a description when there is none. */
export function displayReference(decision: Decision): string {
  return decision.reference ?? 'No PCD number';
}

/** Its reference and title, as a page title or a link names it: "PCD 1092: Title", or the title alone. */
export function referenceAndTitle(decision: Pick<Decision, 'reference' | 'title'>): string {
  return decision.reference ? `${decision.reference}: ${decision.title}` : decision.title;
}

/** How to name a decision in a sentence: its reference, or its title in quotes when it has none. */
export function nameInSentence(decision: Pick<Decision, 'reference' | 'title'>): string {
  return decision.reference ?? `“${decision.title}”`;
}

/** A short label for charts and tight lists: the reference, else the short title, else the title. */
export function shortLabel(decision: Pick<Decision, 'reference' | 'shortTitle' | 'title'>): string {
  return decision.reference ?? decision.shortTitle ?? decision.title;
}

/**
 * The one rule for totals: only a sum the decision accepts is money it took on. Bids, allocations,
 * caps, match funding, parts of other sums and other decisions' grants never enter a total.
 */
export function countsInTotals(amount: Pick<DecisionAmount, 'role'>): boolean {
  return amount.role === 'accepted';
}

/** The total of one decision's accepted sums, in pence. */
export function acceptedPenceOf(decision: Pick<Decision, 'amounts'>): number {
  return sumPence(decision.amounts.filter(countsInTotals).map((amount) => amount.pence));
}

/** A decision referred to by another, whether or not it is published on this site. */
export interface RelatedDecision {
  reference: Reference;
  /** The page slug when the decision is on the site; null when it is not published here. */
  id: string | null;
  /** What the citing document says about it. */
  says: string;
  /** Index in the citing decision's `related` list, to link the sentence. */
  index: number;
  /** Where a register record's page cites it; null for a decision published here in full. */
  location: string | null;
  /** What the site's record of the cited decision rests on; null when it is not on the site. */
  evidence: EvidenceLevel | null;
}

/** The decisions one decision refers to, each marked as on the site or not. */
export function relatedDecisions(decision: Decision, all: readonly Decision[]): RelatedDecision[] {
  const onSite = archiveIndex(all).levels;
  return decision.related.map((related, index) => {
    const id = slugForReference(related.reference);
    const evidence = onSite.get(id) ?? null;
    return { reference: related.reference, id: evidence ? id : null, says: related.says, index, location: related.location ?? null, evidence };
  });
}

/** A decision known only because others cite it. */
export interface CitedOnlyDecision {
  reference: Reference;
  /** Each citing decision and what it says. */
  citations: { decisionId: string; says: string; index: number; date: IsoDate | null }[];
}

/** Decisions that the site's documents cite but that are not published here, by reference number. */
export function decisionsKnownOnlyFromCitations(all: readonly Decision[]): CitedOnlyDecision[] {
  const onSite = new Set(all.map((d) => d.id));
  const cited = new Map<Reference, CitedOnlyDecision>();
  for (const decision of all) {
    decision.related.forEach((related, index) => {
      if (onSite.has(slugForReference(related.reference))) return;
      const entry = cited.get(related.reference) ?? { reference: related.reference, citations: [] };
      entry.citations.push({ decisionId: decision.id, says: related.says, index, date: related.date?.date ?? null });
      cited.set(related.reference, entry);
    });
  }
  return [...cited.values()].sort((a, b) => referenceNumber(a.reference) - referenceNumber(b.reference));
}

/** Decisions that refer to the given one ("cited by"). */
export function citedBy(decision: Decision, all: readonly Decision[]): Decision[] {
  if (!decision.reference) return [];
  return archiveIndex(all).citing.get(decision.reference) ?? [];
}

/**
 * The evidence level of each decision on the site and, for each reference, the decisions citing it, built once per list:
 * every decision page asks, and scanning the whole archive for each made the build quadratic
 * (3 s of a 2,500-decision build, measured with a CPU profile).
 */
const indexes = new WeakMap<readonly Decision[], { levels: Map<string, EvidenceLevel>; citing: Map<string, Decision[]> }>();
function archiveIndex(all: readonly Decision[]): { levels: Map<string, EvidenceLevel>; citing: Map<string, Decision[]> } {
  let index = indexes.get(all);
  if (!index) {
    const citing = new Map<string, Decision[]>();
    for (const other of all) {
      for (const reference of new Set(other.related.map((r) => r.reference))) citing.set(reference, [...(citing.get(reference) ?? []), other]);
    }
    index = { levels: new Map(all.map((d) => [d.id, d.evidence])), citing };
    indexes.set(all, index);
  }
  return index;
}
