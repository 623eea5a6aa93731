/**
 * The inputs of `npm run import`, read into SourceDocuments: a text file, a PDF, a saved register
 * page, the address of a register page (the page is fetched, then the PDF it links, whose text is
 * the decision's while the facts come from the page), or a folder of any of these. The readers
 * themselves are pure (src/lib/import/sources/); this file does the file system and the network.
 * Only https addresses are fetched; plain http is allowed for this machine alone (localhost), so
 * the tests can serve pages they make.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { inputKind, isImportableName } from '../../src/lib/import/sources/kind.ts';
import { readPdfSource } from '../../src/lib/import/sources/pdf.ts';
import { readRegisterPage } from '../../src/lib/import/sources/register-page.ts';
import { readTextSource } from '../../src/lib/import/sources/text.ts';
import type { SourceDocument, SourceResult } from '../../src/lib/import/source-document.ts';

/** One input to import: a file (found directly or in a folder) or an address. */
export type Input = { kind: 'file'; path: string } | { kind: 'address'; url: string };

/** A read input: the document and any note for the review, or one line saying why not. */
export type ReadInput = { ok: true; document: SourceDocument; notes: string[] } | { ok: false; problem: string };

const LARGEST = 100 * 1024 * 1024;
const TIMEOUT_MS = 60_000;

/** True for something written as an address rather than a path. */
export function looksLikeAddress(arg: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(arg);
}

/**
 * The inputs named on the command line, folders expanded to their importable files (sorted, not
 * recursive). A folder without any is one problem; other names are checked when read.
 */
export function expandInputs(args: readonly string[]): { inputs: Input[]; problems: { input: string; problem: string }[]; skipped: string[] } {
  const inputs: Input[] = [];
  const problems: { input: string; problem: string }[] = [];
  const skipped: string[] = [];
  for (const arg of args) {
    if (looksLikeAddress(arg)) {
      inputs.push({ kind: 'address', url: arg });
      continue;
    }
    let isFolder = false;
    try {
      isFolder = statSync(arg).isDirectory();
    } catch {
      // Not there: reported when read, as for any file.
    }
    if (!isFolder) {
      inputs.push({ kind: 'file', path: arg });
      continue;
    }
    let names: string[];
    try {
      names = readdirSync(arg).sort();
    } catch (error) {
      problems.push({ input: arg, problem: `cannot read the folder (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})` });
      continue;
    }
    const files = names.filter((name) => {
      try {
        return statSync(path.join(arg, name)).isFile();
      } catch {
        return false;
      }
    });
    const importable = files.filter(isImportableName);
    skipped.push(...files.filter((name) => !isImportableName(name) && !name.startsWith('.')).map((name) => path.join(arg, name)));
    if (importable.length === 0) problems.push({ input: arg, problem: 'the folder holds no .txt, .pdf or .html file to import' });
    for (const name of importable) inputs.push({ kind: 'file', path: path.join(arg, name) });
  }
  return { inputs, problems, skipped };
}

/** Reads a file input into a document with the reader its bytes call for. */
export async function readFileInput(file: string): Promise<ReadInput> {
  let bytes: Buffer;
  try {
    const stats = statSync(file);
    if (stats.isDirectory()) return { ok: false, problem: 'is a directory, not a text file' };
    if (!stats.isFile()) return { ok: false, problem: 'is not a regular file' };
    if (stats.size > LARGEST) return { ok: false, problem: `is ${Math.round(stats.size / 1e6)} MB, more than any decision; not read` };
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return {
      ok: false,
      problem: code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'cannot read: permission denied' : `cannot read (${code ?? (error as Error).message})`,
    };
  }
  const name = path.basename(file);
  // Empty whatever its name says (a 0-byte "decision.pdf" is not a damaged PDF); the whole file is
  // read only when its first 4 KB are blank.
  if (!/\S/.test(bytes.subarray(0, 4096).toString('latin1')) && !/\S/.test(bytes.toString('latin1'))) return { ok: false, problem: 'the file is empty' };
  const kind = inputKind(bytes, name);
  let result: SourceResult;
  if (kind === 'pdf') result = await readPdfSource(bytes, { file: name });
  else if (kind === 'html') {
    const text = readTextSource(bytes, { file: name });
    if (!text.ok) return text;
    const page = readRegisterPage(text.document.text, { file: name });
    result = page.ok ? { ok: true, document: page.document } : page;
  } else result = readTextSource(bytes, { file: name });
  return result.ok ? { ok: true, document: result.document, notes: [] } : result;
}

/** Checks an address before it is fetched: https, or http on this machine only. */
function addressProblem(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'not a valid address';
  }
  if (parsed.protocol === 'https:') return null;
  const local = ['localhost', '127.0.0.1', '[::1]'].includes(parsed.hostname);
  if (parsed.protocol === 'http:' && local) return null;
  return parsed.protocol === 'http:' ? 'only https addresses are fetched (plain http only from this machine, for tests)' : `only https addresses are fetched, not ${parsed.protocol}`;
}

/** Fetches an address; one line on any failure. */
async function fetchBytes(url: string, what: string): Promise<{ ok: true; bytes: Uint8Array; type: string; url: string } | { ok: false; problem: string }> {
  const problem = addressProblem(url);
  if (problem) return { ok: false, problem: `${what} ${url}: ${problem}` };
  let response: Response;
  try {
    response = await fetch(url, { redirect: 'follow', signal: AbortSignal.timeout(TIMEOUT_MS), headers: { accept: 'text/html,application/pdf;q=0.9,*/*;q=0.5' } });
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    const reason = (error as Error).name === 'TimeoutError' ? `no answer in ${TIMEOUT_MS / 1000} s` : (cause?.code ?? cause?.message ?? (error as Error).message);
    return { ok: false, problem: `cannot fetch ${what} ${url} (${reason})` };
  }
  const final = response.url || url;
  const redirected = addressProblem(final);
  if (redirected) return { ok: false, problem: `${what} ${url} redirects to ${final}: ${redirected}` };
  if (!response.ok) return { ok: false, problem: `${what} ${url} answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}` };
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes.length > LARGEST) return { ok: false, problem: `${what} ${url} is more than ${LARGEST / 1e6} MB` };
  if (bytes.length === 0) return { ok: false, problem: `${what} ${url} is empty` };
  return { ok: true, bytes, type: response.headers.get('content-type') ?? '', url: final };
}

/**
 * Reads a register page's address: the page's facts, and the decision's text from the PDF it links
 * (from the page itself when it links none, or when the PDF has no text layer). An address of a
 * PDF is read as a PDF.
 */
export async function readAddress(url: string): Promise<ReadInput> {
  const page = await fetchBytes(url, 'the page');
  if (!page.ok) return page;
  if (/application\/pdf/i.test(page.type) || inputKind(page.bytes, new URL(page.url).pathname) === 'pdf') {
    const pdf = await readPdfSource(page.bytes, { pdf: page.url });
    return pdf.ok ? { ok: true, document: pdf.document, notes: [] } : { ok: false, problem: `the PDF ${page.url}: ${pdf.problem}` };
  }
  const html = readTextSource(page.bytes, { page: page.url });
  if (!html.ok) return { ok: false, problem: `the page ${page.url}: ${html.problem}` };
  const read = readRegisterPage(html.document.text, { page: page.url });
  if (!read.ok) return { ok: false, problem: `${page.url}: ${read.problem}` };
  const [pdfUrl] = read.pdfLinks;
  if (!pdfUrl) return { ok: true, document: read.document, notes: ['the page links no PDF: the text is the page’s own'] };
  const pdfBytes = await fetchBytes(pdfUrl, 'its PDF');
  if (!pdfBytes.ok) return pdfBytes;
  const pdf = await readPdfSource(pdfBytes.bytes, { page: page.url, pdf: pdfBytes.url });
  if (!pdf.ok) {
    return {
      ok: true,
      document: { ...read.document, origin: { page: page.url, pdf: pdfBytes.url } },
      notes: [`its PDF ${pdfBytes.url}: ${pdf.problem}; the text is the page’s own`],
    };
  }
  const others = read.pdfLinks.length > 1 ? [`the page links ${read.pdfLinks.length} PDFs; read the first: ${pdfUrl}`] : [];
  return { ok: true, document: { ...pdf.document, known: read.document.known }, notes: others };
}
