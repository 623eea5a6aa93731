/**
 * The bytes of an input file, accepted only as UTF-8 text: a PDF, a Word file or a Latin-1 export
 * given by mistake is refused with one line, before anything is written.
 */

/** Decodes a file's bytes as the text of a document, or says in a few words why it is not one. */
export function readDecisionBytes(bytes: Uint8Array): { ok: true; text: string } | { ok: false; problem: string } {
  if (bytes.includes(0)) return { ok: false, problem: 'not a text file (it holds NUL bytes)' };
  let text: string;
  try {
    // A byte-order mark is dropped by the decoder.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, problem: 'not UTF-8 text' };
  }
  if (text.trim() === '') return { ok: false, problem: 'the file is empty' };
  return { ok: true, text };
}
