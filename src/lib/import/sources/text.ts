/**
 * The plain-text reader: a UTF-8 file of a decision's extracted text, as the seeds are. The text is
 * taken as it is; the import itself removes extraction noise and records each removal.
 */
import { readDecisionBytes } from '../input.ts';
import type { DocumentOrigin, SourceResult } from '../source-document.ts';

/** Reads a text file's bytes as a document; a binary, non-UTF-8 or empty file gets one line. */
export function readTextSource(bytes: Uint8Array, origin: DocumentOrigin): SourceResult {
  const input = readDecisionBytes(bytes);
  if (!input.ok) return input;
  return { ok: true, document: { text: input.text, origin, known: {}, cleaned: [] } };
}
