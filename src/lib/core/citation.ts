/**
 * A ready citation of a decision page, built from the decision's own facts. The style follows
 * Harvard (author, year, title, reference, date signed, where published, URL, date accessed), which
 * UK newsrooms and universities read without a guide. (Error reports: src/lib/site/report-error.ts.)
 */
import { formatDate, yearOf } from './dates.ts';
import { referenceAndTitle, type Decision } from './decisions.ts';

export interface CitationInput {
  decision: Pick<Decision, 'reference' | 'title' | 'signed' | 'source'>;
  /** The page's permanent address. */
  url: string;
  /** The day the reader looked at the page, ISO. */
  accessed: string;
}

/** "Mayor’s Office for Policing and Crime (2021) PCD 1092: Title. Signed 10 December 2021. …" */
export function citationText({ decision, url, accessed }: CitationInput): string {
  const signed = decision.signed.date ?? null;
  const year = signed ? String(yearOf(signed)) : 'n.d.';
  const name = referenceAndTitle(decision);
  const signedPart = signed ? `Signed ${formatDate(signed)}.` : 'No signing date given.';
  return `${decision.source.publisher} (${year}) ${name}. ${signedPart} Available at: ${url} (Accessed: ${formatDate(accessed)}).`;
}
