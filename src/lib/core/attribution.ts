/**
 * Every sum of a decision as a traceable item, and the period it counts in.
 *
 * Attribution rule (shown on the funding page): an accepted sum counts in the financial year the
 * document ties it to. A sum the document ties to several years without stating a split is not
 * divided: it is shown against all those years together ("2021/22–2022/23"). A sum tied to no year
 * counts in the financial year of the decision's signing date, marked as inferred.
 */
import { sumAnchorId } from './anchors.ts';
import { decisionPath } from './routes.ts';
import { placingDate, shortLabel, type Decision } from './decisions.ts';
import { compareFinancialYears, financialYearOf } from './financial-year.ts';
import type { ProgrammeId } from './programmes.ts';
import type { SumRole } from './sums.ts';
import type { ApprovalStatus, EvidenceLevel } from './enums.ts';

/** One sum, or one financial year's part of a sum split by year, with everything needed to show it and trace it. */
export interface FundingItem {
  decisionId: string;
  reference: string | null;
  title: string;
  /** The decision's short label: its reference, else its short title. */
  label: string;
  /** What the record of its decision rests on. */
  evidence: EvidenceLevel;
  /** Whether its decision's approval is recorded. */
  approval: ApprovalStatus;
  amountIndex: number;
  /** For one year of a sum split by year: which part (0-based); null for a whole sum. */
  part: number | null;
  /** The anchor of its sentence on the decision page: "sum-1". */
  anchor: string;
  pence: number;
  role: SumRole;
  asWritten: string;
  /** The sentence it comes from; null when its decision is not published here in full. */
  quote: string | null;
  /** Where on the register page the figure stands; null when not recorded. */
  location: string | null;
  /** The register page the figure was read from, for a register record. */
  registerPage: string | null;
  /** The financial year it counts in, or a span "2021/22–2022/23" when the document gives no split. */
  period: string;
  /** True when the period was inferred from the signing date because the document names no year. */
  periodInferred: boolean;
  /** The programme the sum is counted under. */
  programme: ProgrammeId;
  /** Programmes the sum supports besides its own. */
  inSupportOf: ProgrammeId[];
  /** The programmes its decision is tagged with. */
  decisionProgrammes: ProgrammeId[];
  /** Another decision the sum belongs to, for other decisions' grants. */
  otherDecision: string | null;
  note: string | null;
}

function periodOf(decision: Decision, years: readonly string[]): { period: string; inferred: boolean } | null {
  const sorted = [...years].sort(compareFinancialYears);
  if (sorted.length === 1) return { period: sorted[0] as string, inferred: false };
  if (sorted.length > 1) return { period: `${sorted[0]}–${sorted[sorted.length - 1]}`, inferred: false };
  const placed = placingDate(decision);
  if (placed?.basis === 'signed') return { period: financialYearOf(placed.iso), inferred: true };
  return null;
}

/**
 * Every sum of the decisions as a traceable item, in decision then frontmatter order. A sum the
 * document splits by financial year becomes one item per year, so each amount counts in its own
 * year and the total is never added beside its parts.
 */
export function fundingItems(decisions: readonly Decision[]): FundingItem[] {
  return decisions.flatMap((decision) =>
    decision.amounts.flatMap((amount, amountIndex): FundingItem[] => {
      const common = {
        decisionId: decision.id,
        reference: decision.reference,
        title: decision.title,
        label: shortLabel(decision),
        evidence: decision.evidence,
        approval: decision.approval,
        amountIndex,
        anchor: sumAnchorId(amountIndex),
        role: amount.role,
        quote: amount.quote ?? null,
        location: amount.location ?? null,
        registerPage: decision.evidence === 'register' ? (decision.register?.page ?? null) : null,
        programme: (amount.programme ?? decision.programmes[0]) as ProgrammeId,
        inSupportOf: [...amount.inSupportOf],
        decisionProgrammes: [...decision.programmes],
        otherDecision: amount.decision ?? null,
        note: amount.note ?? null,
      };
      if (amount.perYear) {
        return amount.perYear.map((year, part) => ({
          ...common,
          part,
          pence: year.pence,
          asWritten: year.asWritten,
          period: year.financialYear,
          periodInferred: false,
        }));
      }
      const period = periodOf(decision, amount.financialYears);
      return [
        {
          ...common,
          part: null,
          pence: amount.pence,
          asWritten: amount.asWritten,
          period: period?.period ?? 'Not stated',
          periodInferred: period?.inferred ?? false,
        },
      ];
    }),
  );
}

/** Orders periods ("2020/21", "2021/22–2022/23", "Not stated") oldest first, unknown last. */
export function comparePeriods(a: string, b: string): number {
  const start = (p: string) => (/^\d{4}\//.test(p) ? Number(p.slice(0, 4)) : Number.POSITIVE_INFINITY);
  return start(a) - start(b) || a.localeCompare(b);
}

/**
 * Where a reader checks a figure: its sentence on the decision page when the text is published here,
 * the register page it was read from for a register record, else the decision's page.
 */
export function figureUrl(item: Pick<FundingItem, 'decisionId' | 'anchor' | 'evidence' | 'registerPage'>, urlOf: (path: string) => string): string {
  if (item.evidence === 'full-text') return urlOf(decisionPath(item.decisionId, item.anchor));
  return item.registerPage ?? urlOf(decisionPath(item.decisionId));
}
