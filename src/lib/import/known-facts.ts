/**
 * The facts a register page states in its heading and "Key information" block (see
 * source-document.ts), turned into candidates: the reference is the document's own, the title is
 * its title, and "Date signed" is its signing date, or an error when it is not a real day. "Date
 * published" is never taken for the signing date.
 */
import { parseUkDate } from '../core/dates.ts';
import { findImpossibleDates, findWrittenDates } from './find-dates.ts';
import { parseReference } from '../core/references.ts';
import type { Candidates, DateCandidate } from './candidate-types.ts';
import type { FoundReference } from './own-reference.ts';
import type { KnownFacts } from './source-document.ts';

type Line = { text: string; line: number };

/** "PCD 1656 Additional Home Office ..." -> "Additional Home Office ...": the title without its reference. */
export function stripReference(title: string): string {
  const stripped = title.replace(/^\s*PCD[\s-]*\d{1,5}\s*[-–—:]?\s*/i, '').trim();
  return stripped || title.trim();
}

/** The line of the text that holds `needle`, or 0 when the text does not print it. */
function lineOf(lines: readonly Line[], needle: string): number {
  const value = needle.trim().toLowerCase();
  if (!value) return 0;
  return lines.find((line) => line.text.toLowerCase().includes(value))?.line ?? 0;
}

/** The page's reference as the document's own, or null when the page states none. */
export function knownReference(known: KnownFacts, lines: readonly Line[]): FoundReference | null {
  const stated = known.reference;
  const reference = stated ? (parseReference(stated.value) ?? parseReference(stated.asWritten)) : null;
  if (!stated || !reference) return null;
  return { reference, asWritten: stated.asWritten, line: lineOf(lines, stated.asWritten), how: stated.how };
}

// Site chrome a reader may have left as the page's heading.
const CHROME = /^(?:skip to (?:main )?content|main menu|menu|search|home|cookies?\b.*|accept (?:all )?cookies|mayor of london|london assembly|mopac decisions)$/i;

/** The page's title, without a leading reference and never a piece of site chrome. */
export function knownTitle(known: KnownFacts, lines: readonly Line[]): Candidates['title'] {
  const stated = known.title;
  if (!stated) return null;
  const value = stripReference(stated.value.replace(/\s+/g, ' '));
  if (!/\p{L}{3}/u.test(value) || CHROME.test(value)) return null;
  return { value, line: lineOf(lines, stated.asWritten), how: stated.how };
}

/**
 * The page's "Date signed" as a signing date. Blank or absent: no date and no error (not stated).
 * Printed but not a real day ("31/02/2022"): an error, never "no signing date".
 */
export function knownSigned(known: KnownFacts, lines: readonly Line[] = []): { date: DateCandidate | null; error: string | null } {
  const stated = known.dateSigned;
  const written = stated?.asWritten.trim() || stated?.value.trim() || '';
  if (!stated || !written) return { date: null, error: null };
  // "14 June 2022", or with more around it: "Tuesday 14 June 2022, 10:00".
  const [found, ...others] = findWrittenDates(written);
  const parsed = parseUkDate(written) ?? (found && others.length === 0 && found.precision === 'day' ? found : null);
  if (!parsed) {
    const impossible = findImpossibleDates(written).length > 0 || /^\d{1,2}\D\d{1,2}\D\d{2,4}$/.test(written);
    return {
      date: null,
      error: impossible
        ? `the page’s “Date signed” is “${written}”, which is not a real day`
        : `the page’s “Date signed” is “${written}”, which the importer cannot read as a date`,
    };
  }
  return {
    date: { iso: parsed.iso, precision: parsed.precision, asWritten: found && parseUkDate(written) === null ? found.asWritten : written, start: 0, kind: 'signed', cue: stated.how, sentence: written, line: lineOf(lines, `Date signed: ${written}`) },
    error: null,
  };
}
