/**
 * The columns of the two CSV files of every decision: decisions.csv (one row per decision) and
 * funding.csv (one row per sum, with the period the funding pages count it in). Rows are read from
 * the decisions.json export, so the CSV and JSON files say the same thing. Columns of money say
 * `cell` so that decisions.xlsx, written from these same lists, holds them as numbers.
 */
import type { CsvColumn } from '../core/csv.ts';
import { penceToPounds } from '../core/money.ts';
import type { Decision } from '../core/decisions.ts';
import { comparePeriods, fundingItems, type FundingItem } from '../core/attribution.ts';
import type { UrlOf } from './data-terms.ts';
import { exportDecisions, type ExportedDecision, type ExportedSum } from './decisions-json.ts';

const list = (values: readonly string[]) => values.join('; ');

/** The columns of decisions.csv, one row per decision; lists are joined with "; ". */
export const DECISION_CSV_COLUMNS: readonly CsvColumn<ExportedDecision>[] = [
  { name: 'id', description: 'The decision’s permanent name: its page is /decisions/<id>/.', value: (d) => d.id },
  { name: 'reference', description: 'Its reference, "PCD 1092"; empty when the document carries none.', value: (d) => d.reference ?? '' },
  { name: 'title', description: 'The title as published.', value: (d) => d.title },
  { name: 'summary', description: 'What was decided, in plain words, by the site’s editors.', value: (d) => d.summary },
  { name: 'signed_date', description: 'The date the Deputy Mayor signed, YYYY-MM-DD; empty when the document gives none.', value: (d) => d.signedDate ?? '' },
  { name: 'signed_as_written', description: 'The signing date as printed (UK, day first).', value: (d) => d.signedAsWritten ?? '' },
  { name: 'signed_not_stated', description: 'Why there is no signing date, when there is none.', value: (d) => d.signedNotStated ?? '' },
  { name: 'placing_date', description: 'The date the site orders the decision by.', value: (d) => d.placingDate ?? '' },
  { name: 'placing_basis', description: 'Where that date comes from: signed, other-date or financial-year.', value: (d) => d.placingBasis ?? '' },
  { name: 'decision_types', description: 'What the decision does (codes).', value: (d) => list(d.decisionTypes) },
  { name: 'financial_years', description: 'UK financial years the decision concerns: "2021/22".', value: (d) => list(d.financialYears) },
  { name: 'programmes', description: 'Programme names.', value: (d) => list(d.programmes.map((p) => p.name)) },
  { name: 'programme_ids', description: 'Programme codes, in the same order.', value: (d) => list(d.programmes.map((p) => p.id)) },
  { name: 'funders', description: 'Who gives the money.', value: (d) => list(d.funders) },
  { name: 'recipient', description: 'Who receives or spends it.', value: (d) => d.recipient },
  { name: 'part_two', description: 'Whether a confidential Part 2 exists: yes, no, not-stated or conflicting.', value: (d) => d.partTwo },
  { name: 'sums', description: 'How many sums the decision states (each is a row of funding.csv).', value: (d) => String(d.sums.length), cell: 'integer' },
  { name: 'accepted_pence', description: 'The total of the sums this decision accepts, in pence.', value: (d) => String(d.acceptedPence), cell: 'integer' },
  { name: 'accepted_pounds', description: 'The same total in pounds, two decimals.', value: (d) => penceToPounds(d.acceptedPence), cell: 'pounds' },
  { name: 'url', description: 'The decision page.', value: (d) => d.url },
  { name: 'evidence', description: 'What the record rests on: full-text, register or citation.', value: (d) => d.evidence },
  { name: 'register_page', description: 'The decision’s page on the public register, when known.', value: (d) => d.registerPage ?? '' },
  { name: 'approval_recorded', description: 'false for a paper whose approval is not recorded.', value: (d) => String(d.approvalRecorded) },
  { name: 'source_file', description: 'The extracted text the page was made from; empty for a decision not published here in full.', value: (d) => d.source.file ?? '' },
  { name: 'source_publisher', description: 'Who published the original document.', value: (d) => d.source.publisher },
  { name: 'source_url', description: 'The published document, when its address was recorded.', value: (d) => d.source.url ?? '' },
];

/** One row of funding.csv: a sum, its decision, and the period the funding pages count it in. */
export interface FundingRow {
  decision: ExportedDecision;
  sum: ExportedSum;
  /** The financial year (or span) the funding pages show the sum against, from fundingItems. */
  period: string;
  periodInferred: boolean;
}

/** The columns of funding.csv, one row per sum of money. */
export const FUNDING_CSV_COLUMNS: readonly CsvColumn<FundingRow>[] = [
  { name: 'decision_id', description: 'The decision’s permanent name (a row of decisions.csv).', value: (r) => r.decision.id },
  { name: 'reference', description: 'The decision’s reference; empty when it has none.', value: (r) => r.decision.reference ?? '' },
  { name: 'signed_date', description: 'The date the decision was signed; empty when the document gives none.', value: (r) => r.decision.signedDate ?? '' },
  { name: 'role', description: 'What the sum is (see “How sums are classified”). Add up only accepted sums.', value: (r) => r.sum.role },
  { name: 'principal', description: 'true for the sum the decision is mainly about.', value: (r) => String(r.sum.principal) },
  { name: 'pence', description: 'The sum in whole pence.', value: (r) => String(r.sum.pence), cell: 'integer' },
  { name: 'pounds', description: 'The sum in pounds, two decimals.', value: (r) => r.sum.pounds, cell: 'pounds' },
  { name: 'as_written', description: 'The sum exactly as printed.', value: (r) => r.sum.asWritten },
  { name: 'financial_years', description: 'The financial years the document ties the sum to; empty when it names none.', value: (r) => list(r.sum.financialYears) },
  {
    name: 'period',
    description: 'The financial year the funding pages count the sum in: a span ("2021/22–2022/23") when the document ties it to several years without a split, "Not stated" when there is no year and no signing date.',
    value: (r) => r.period,
  },
  { name: 'period_inferred', description: 'true when that year comes from the signing date because the document names none.', value: (r) => String(r.periodInferred) },
  { name: 'programme', description: 'The programme the sum is for, when the data says.', value: (r) => r.sum.programme?.name ?? '' },
  { name: 'programme_id', description: 'Its code.', value: (r) => r.sum.programme?.id ?? '' },
  { name: 'funder', description: 'Who gives the money, when the document ties this sum to a funder (the decision’s funders are in decisions.csv).', value: (r) => r.sum.funder ?? '' },
  { name: 'other_decision', description: 'For another decision’s grant: that decision’s reference.', value: (r) => r.sum.otherDecision ?? '' },
  { name: 'note', description: 'A short clarification by the site’s editors.', value: (r) => r.sum.note ?? '' },
  { name: 'sentence', description: 'The sentence the sum comes from, verbatim; empty for a decision not published here in full.', value: (r) => r.sum.quote ?? '' },
  { name: 'url', description: 'Where to check the sum: its sentence on the decision page, or the register page.', value: (r) => r.sum.url },
  { name: 'evidence', description: 'What the decision’s record rests on: full-text, register or citation.', value: (r) => r.decision.evidence },
  { name: 'location', description: 'Where on the register page the figure stands; empty for a decision published here in full.', value: (r) => r.sum.location ?? '' },
];

/**
 * Every sum of every decision, newest decision first, sums in facts-panel order, with the funding
 * pages' period. A sum the document splits by year counts in each of its years there; its one row
 * here gives the span of those years ("2022/23–2024/25"), not the last year alone.
 */
export function fundingRows(decisions: readonly Decision[], urlOf: UrlOf): FundingRow[] {
  const items = new Map<string, FundingItem[]>();
  for (const item of fundingItems(decisions)) {
    const key = `${item.decisionId}\u0000${item.amountIndex}`;
    items.set(key, [...(items.get(key) ?? []), item]);
  }
  return exportDecisions(decisions, urlOf).flatMap((decision) =>
    decision.sums.map((sum, index) => {
      const parts = items.get(`${decision.id}\u0000${index}`) ?? [];
      const periods = [...new Set(parts.map((p) => p.period))].sort(comparePeriods);
      const period = periods.length > 1 ? `${periods[0]}–${periods[periods.length - 1]}` : (periods[0] ?? 'Not stated');
      return { decision, sum, period, periodInferred: parts.some((p) => p.periodInferred) };
    }),
  );
}
