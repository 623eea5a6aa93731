/**
 * The timeline: every decision in date order, grouped by calendar year, with the start of each
 * financial year marked, and the decisions known only because others cite them.
 */
import type { Decision } from '../core/decisions.ts';
import { decisionsKnownOnlyFromCitations, headlineAmount, placingDate } from '../core/decisions.ts';
import { dayOf, yearOf, type IsoDate } from '../core/dates.ts';
import { financialYearBounds, financialYearOf } from '../core/financial-year.ts';
import type { ProgrammeId } from '../core/programmes.ts';
import type { DecisionAmount } from '../core/decision-data.ts';
import type { EvidenceLevel } from '../core/enums.ts';

export interface TimelineEntry {
  kind: 'published' | 'cited';
  reference: string | null;
  /** The page address for a published decision; null for one known only from citations. */
  id: string | null;
  title: string;
  /** Where it is placed in time, or null when no document says. */
  date: IsoDate | null;
  /** How the date was arrived at, when it is not a signing date. */
  dateNote: string | null;
  programmes: ProgrammeId[];
  headline: DecisionAmount | null;
  /** What the record rests on; a decision known only from citations, with or without a file, is "citation". */
  evidence: EvidenceLevel;
  /** For cited decisions: each citing decision and what it says. */
  citations: { decisionId: string; reference: string | null; says: string; index: number }[];
}

export type TimelineItem =
  | { type: 'entry'; entry: TimelineEntry }
  | { type: 'financial-year'; financialYear: string; starts: IsoDate };

export interface TimelineGroup {
  /** "2021", or "Date not known". */
  label: string;
  items: TimelineItem[];
}

/** Day-resolution sort key: a month-only date sorts at the first of the month. */
function sortKey(iso: IsoDate): string {
  return dayOf(iso);
}

/** Published and cited decisions as timeline entries, in no particular order. */
export function timelineEntries(decisions: readonly Decision[]): TimelineEntry[] {
  const byId = new Map(decisions.map((d) => [d.id, d]));
  const published: TimelineEntry[] = decisions.map((decision) => {
    const placed = placingDate(decision);
    return {
      kind: 'published',
      reference: decision.reference,
      id: decision.id,
      title: decision.title,
      date: placed?.iso ?? null,
      dateNote: placed && placed.basis !== 'signed' ? `No signing date; placed by ${placed.explanation}` : null,
      programmes: [...decision.programmes],
      headline: headlineAmount(decision),
      evidence: decision.evidence,
      citations: [],
    };
  });
  const cited: TimelineEntry[] = decisionsKnownOnlyFromCitations(decisions).map((cited) => {
    const dated = cited.citations.find((c) => c.date);
    const programmes = new Set<ProgrammeId>();
    for (const c of cited.citations) {
      const citing = byId.get(c.decisionId);
      const related = citing?.related[c.index];
      for (const p of related?.programmes.length ? related.programmes : (citing?.programmes ?? [])) programmes.add(p);
    }
    return {
      kind: 'cited',
      reference: cited.reference,
      id: null,
      title: cited.citations[0]?.says ?? '',
      date: dated?.date ?? null,
      dateNote: dated ? `Date as given by ${byId.get(dated.decisionId)?.reference ?? dated.decisionId}` : null,
      programmes: [...programmes],
      headline: null,
      evidence: 'citation',
      citations: cited.citations.map((c) => ({
        decisionId: c.decisionId,
        reference: byId.get(c.decisionId)?.reference ?? null,
        says: c.says,
        index: c.index,
      })),
    };
  });
  return [...published, ...cited];
}

/**
 * Entries oldest first, grouped by calendar year, with a marker where each financial year starts
 * (1 April) between entries; entries without a date are grouped last.
 */
export function buildTimeline(entries: readonly TimelineEntry[], programme: ProgrammeId | null = null): TimelineGroup[] {
  const shown = entries.filter((e) => !programme || e.programmes.includes(programme));
  const dated = shown.filter((e) => e.date).sort((a, b) => sortKey(a.date as string).localeCompare(sortKey(b.date as string)));
  const undated = shown.filter((e) => !e.date);
  const groups: TimelineGroup[] = [];
  let previousFy: string | null = null;
  for (const entry of dated) {
    const key = sortKey(entry.date as string);
    const year = String(yearOf(key));
    let group = groups[groups.length - 1];
    if (!group || group.label !== year) {
      group = { label: year, items: [] };
      groups.push(group);
    }
    const fy = financialYearOf(key);
    if (fy !== previousFy) {
      // Mark the start of the financial year only when it falls in this group's calendar year.
      const starts = financialYearBounds(fy)[0];
      if (String(yearOf(starts)) === year) group.items.push({ type: 'financial-year', financialYear: fy, starts });
      previousFy = fy;
    }
    group.items.push({ type: 'entry', entry });
  }
  if (undated.length > 0) groups.push({ label: 'Date not known', items: undated.map((entry) => ({ type: 'entry', entry })) });
  return groups;
}
