/**
 * The plain-text reader: a UTF-8 file of a decision's extracted text, as the seeds are. The text is
 * taken as it is; the import itself removes extraction noise and records each removal. A text
 * copied from a register page (its title, then "Key information" with "Reference code:", "Date
 * signed:" and the rest) gives the same known facts as the saved page would.
 */
import { readDecisionBytes } from '../input.ts';
import { splitLines } from '../lines.ts';
import type { DocumentOrigin, KnownFacts, SourceResult } from '../source-document.ts';
import { KEY_INFORMATION_LINE, registerFacts } from './register-page.ts';

/** The facts of a copied register page's Key information block, when the text starts with one. */
function copiedPageFacts(text: string): KnownFacts {
  const lines = splitLines(text).map((line) => ({ text: line.trim(), tag: 'p', container: 0 }));
  const filled = lines.flatMap((line, index) => (line.text ? [index] : []));
  const key = filled.slice(0, 20).find((index) => KEY_INFORMATION_LINE.test(lines[index]?.text ?? ''));
  if (key === undefined) return {};
  const before = filled.filter((index) => index < key).pop();
  const line = before === undefined ? '' : (lines[before]?.text ?? '').replace(/^#{1,6}\s+/, '');
  // The site's own links are never the title ("Home", "Skip to main content", the logos).
  const heading = /^(?:home|skip to\b|mayor of london logo|london assembly logo)/i.test(line) ? '' : line;
  return registerFacts(lines, heading, key, 'the line before “Key information”');
}

/** Reads a text file's bytes as a document; a binary, non-UTF-8 or empty file gets one line. */
export function readTextSource(bytes: Uint8Array, origin: DocumentOrigin): SourceResult {
  const input = readDecisionBytes(bytes);
  if (!input.ok) return input;
  return { ok: true, document: { text: input.text, origin, known: copiedPageFacts(input.text), cleaned: [] } };
}
