/**
 * What each data file should hold, worked out here from the source decisions alone, never through
 * the CsvColumn lists or exportDecisions that write the files: a test that read its expectations
 * from the code under test could not see that code swap two columns. The unit tests compare the
 * writers with these rows, and the build test compares the built files (issue 18, point 3).
 */
import { fundingItems, type FundingItem } from '../../../src/lib/core/attribution.ts';
import { placingDate, shortLabel, sortNewestFirst, type Decision } from '../../../src/lib/core/decisions.ts';
import { programmeById } from '../../../src/lib/core/programmes.ts';

/** A row of a file as header → text, as csv-parse gives it. */
export type SourceRow = Record<string, string>;

/** Pounds with two decimals, worked out from pence without the site's money module. */
export const pounds = (pence: number) => `${Math.floor(pence / 100)}.${String(pence % 100).padStart(2, '0')}`;
const list = (values: readonly string[]) => values.join('; ');
const acceptedPence = (d: Decision) => d.amounts.filter((a) => a.role === 'accepted').reduce((n, a) => n + a.pence, 0);
/** The decision page's address; `urlOf` is the file's (site origin and base path). */
const pageOf = (d: Decision, urlOf: (path: string) => string) => urlOf(`/decisions/${d.id}/`);

/** The columns whose cells are numbers in decisions.xlsx; every other column is text. */
export const NUMBER_COLUMNS = {
  decisions: { sums: 'integer', accepted_pence: 'integer', accepted_pounds: 'pounds' },
  funding: { pence: 'integer', pounds: 'pounds' },
} as const;

/** decisions.csv as the source says it should be: one row per decision, newest first. */
export function sourceDecisionRows(decisions: readonly Decision[], urlOf: (path: string) => string): SourceRow[] {
  return sortNewestFirst(decisions).map((d) => ({
    id: d.id,
    reference: d.reference ?? '',
    title: d.title,
    summary: d.summary,
    signed_date: d.signed.date ?? '',
    signed_as_written: d.signed.asWritten ?? '',
    signed_not_stated: d.signed.notStated ?? '',
    placing_date: placingDate(d)?.iso ?? '',
    placing_basis: placingDate(d)?.basis ?? '',
    decision_types: list(d.decisionTypes),
    financial_years: list(d.financialYears),
    programmes: list(d.programmes.map((id) => programmeById(id).name)),
    programme_ids: list(d.programmes),
    funders: list(d.funders),
    recipient: d.recipient,
    part_two: d.partTwo.status,
    sums: String(d.amounts.length),
    accepted_pence: String(acceptedPence(d)),
    accepted_pounds: pounds(acceptedPence(d)),
    url: pageOf(d, urlOf),
    evidence: d.evidence,
    register_page: d.register?.page ?? '',
    approval_recorded: String(d.approval === 'recorded'),
    source_file: d.source.file ?? '',
    source_publisher: d.source.publisher,
    source_url: d.source.url ?? '',
  }));
}

/** The period the funding pages count a sum in: its one item's, or the span of a sum split by year. */
function periodOf(items: readonly FundingItem[]): { period: string; inferred: boolean } {
  const periods = [...new Set(items.map((i) => i.period))].sort((a, b) => a.slice(0, 4).localeCompare(b.slice(0, 4)));
  const period = periods.length > 1 ? `${periods[0]}–${periods[periods.length - 1]}` : (periods[0] ?? 'Not stated');
  return { period, inferred: items.some((i) => i.periodInferred) };
}

/** funding.csv as the source says it should be: one row per sum, newest decision first, sums in page order. */
export function sourceFundingRows(decisions: readonly Decision[], urlOf: (path: string) => string): SourceRow[] {
  const items = fundingItems(decisions);
  return sortNewestFirst(decisions).flatMap((d) =>
    d.amounts.map((a, i) => {
      const { period, inferred } = periodOf(items.filter((item) => item.decisionId === d.id && item.amountIndex === i));
      return {
        decision_id: d.id,
        reference: d.reference ?? '',
        signed_date: d.signed.date ?? '',
        role: a.role,
        principal: String(a.principal),
        pence: String(a.pence),
        pounds: pounds(a.pence),
        as_written: a.asWritten,
        financial_years: list(a.financialYears),
        period,
        period_inferred: String(inferred),
        programme: a.programme ? programmeById(a.programme).name : '',
        programme_id: a.programme ?? '',
        funder: a.funder ?? '',
        other_decision: a.decision ?? '',
        note: a.note ?? '',
        sentence: a.quote ?? '',
        url: d.evidence === 'full-text' ? `${pageOf(d, urlOf)}#sum-${i + 1}` : (d.register?.page ?? pageOf(d, urlOf)),
        evidence: d.evidence,
        location: a.location ?? '',
      };
    }),
  );
}

/** The accepted sums of a view's decisions, as the funding pages count them (split sums one item per year). */
export function acceptedItems(decisions: readonly Decision[]): FundingItem[] {
  return fundingItems(decisions).filter((item) => item.role === 'accepted');
}

/** <view>-by-year.csv as the source says: accepted pence by period and programme name, sorted for comparison. */
export function sourceByYear(decisions: readonly Decision[]): string[] {
  const cells = new Map<string, number>();
  for (const item of acceptedItems(decisions)) {
    const key = `${item.period} | ${programmeById(item.programme).name}`;
    cells.set(key, (cells.get(key) ?? 0) + item.pence);
  }
  return [...cells].map(([key, pence]) => `${key} | ${pence} | ${pounds(pence)}`).sort();
}

/** <view>-per-decision.csv (and the added column of -cumulative.csv) as the source says: each decision that accepts money. */
export function sourcePerDecision(decisions: readonly Decision[]): string[] {
  return decisions
    .filter((d) => acceptedPence(d) > 0)
    .map((d) => `${shortLabel(d)} | ${placingDate(d)?.iso ?? ''} | ${acceptedPence(d)} | ${pounds(acceptedPence(d))}`)
    .sort();
}

/** Whether each decision that accepts money is placed at its signing date, by short label (for -cumulative.csv). */
export function sourceSigned(decisions: readonly Decision[]): Map<string, string> {
  return new Map(decisions.filter((d) => acceptedPence(d) > 0).map((d) => [shortLabel(d), d.signed.date ? '1' : '']));
}

/** <view>-ledger.csv as the source says: one line per accepted sum (per year of a split sum), sorted for comparison. */
export function sourceLedger(decisions: readonly Decision[], urlOf: (path: string) => string): string[] {
  const byId = new Map(decisions.map((d) => [d.id, d]));
  return acceptedItems(decisions)
    .map((item) => {
      const d = byId.get(item.decisionId)!;
      const a = d.amounts[item.amountIndex]!;
      const asWritten = item.part === null ? a.asWritten : (a.perYear?.[item.part]?.asWritten ?? '');
      // Where a reader checks the figure: its sentence on the page, or the register page for a decision known only from the register.
      const url = d.evidence === 'full-text' ? `${pageOf(d, urlOf)}#sum-${item.amountIndex + 1}` : (d.register?.page ?? pageOf(d, urlOf));
      return [item.period, programmeById(item.programme).name, shortLabel(d), item.pence, pounds(item.pence), asWritten, a.quote ?? '', url].join(' | ');
    })
    .sort();
}
