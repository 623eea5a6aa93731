/**
 * A ready citation of a decision page, and a pre-written error report, built from the decision's
 * own facts. The style follows Harvard (author, year, title, reference, date signed, where
 * published, URL, date accessed), which UK newsrooms and universities read without a guide.
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

/** The address a report of an error goes to: an email address or a web address. */
export type CorrectionsContact = { kind: 'email'; address: string } | { kind: 'web'; url: string };

/** Reads the SITE_CORRECTIONS setting: an email address or an https:// address; anything else is refused. */
export function parseCorrectionsContact(value: string | undefined): CorrectionsContact | null {
  const text = value?.trim();
  if (!text) return null;
  if (/^mailto:/i.test(text)) return parseCorrectionsContact(text.slice(7));
  if (/^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/.test(text)) return { kind: 'email', address: text };
  if (/^https:\/\/[^\s"<>]+$/i.test(text)) return { kind: 'web', url: text };
  throw new Error(`SITE_CORRECTIONS must be an email address or an https:// address, not "${text}"`);
}

/** A link that starts a report about this page: an email with the page named, or the contact's web page. */
export function reportErrorHref(contact: CorrectionsContact, page: { label: string; url: string }): string {
  if (contact.kind === 'web') return contact.url;
  const subject = `Possible error on ${page.label}`;
  const body = [`Page: ${page.url}`, '', 'What is wrong (quote the sentence or figure):', '', 'What the published document says, with its page number:', ''].join('\n');
  return `mailto:${contact.address}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}
