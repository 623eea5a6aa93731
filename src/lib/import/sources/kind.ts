/**
 * What kind of input a file is, read from its first bytes and, failing that, its name: a PDF starts
 * "%PDF-" whatever it is called, and a saved web page starts with a doctype or an <html> tag.
 */

export type InputKind = 'pdf' | 'html' | 'text';

const HTML_START = /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html)[\s>]/i;

/** The kind of an input file, from its bytes first and its extension second. */
export function inputKind(bytes: Uint8Array, name: string): InputKind {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (head.replace(/^\uFEFF|^\xEF\xBB\xBF/, '').startsWith('%PDF-')) return 'pdf';
  if (HTML_START.test(head.replace(/^\xEF\xBB\xBF/, ''))) return 'html';
  if (/\.pdf$/i.test(name)) return 'pdf';
  if (/\.html?$/i.test(name)) return 'html';
  return 'text';
}

/** True for a file a folder import reads; other files (images, notes, hidden files) are skipped. */
export function isImportableName(name: string): boolean {
  return !name.startsWith('.') && /\.(?:txt|text|md|pdf|html?)$/i.test(name);
}
