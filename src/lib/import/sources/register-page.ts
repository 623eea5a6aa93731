/**
 * The register-page reader: a decision's page on the public register (london.gov.uk, "MOPAC
 * decisions"), saved as HTML or fetched from its address. It reads the page heading and the "Key
 * information" block ("Reference code:", "Date signed:", "Date published:", "Decision by:") as
 * known facts, keeps the page's text one block a line, and drops the site's chrome, listing each
 * drop under `cleaned`. A page without a heading and a "Key information" block is not a decision
 * page and is refused with one line.
 */
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { parseReference } from '../../core/references.ts';
import type { CleanedEntry } from '../clean-source.ts';
import type { DocumentOrigin, KnownFacts, SourceDocument, StatedFact } from '../source-document.ts';
import { pageLines, type PageLine, type PageLink } from './html-lines.ts';

/** A register page read: the document, and the PDFs it links, best first, as absolute addresses. */
export type RegisterPageResult =
  | { ok: true; document: SourceDocument; pdfLinks: string[] }
  | { ok: false; problem: string };

const LABELS: Record<string, keyof KnownFacts> = {
  'reference code': 'reference',
  'date signed': 'dateSigned',
  'date published': 'datePublished',
  'decision by': 'decisionBy',
};
const LABEL_LINE = /^(?:[-•*]\s+)?(reference code|date signed|date published|decision by)\s*:?\s*(.*)$/i;
const ATTACHMENTS = /^(#{1,6})\s+(?:supporting documents?|related documents?|documents?|downloads?|attachments?)\s*$/i;
const HEADING = /^(#{1,6})\s+/;

/** Drops the page's list of attached files: file names, not the decision (the PDF's address is kept). */
function dropAttachments(lines: PageLine[], nextId: number): void {
  let level = 0;
  for (const line of lines) {
    const heading = HEADING.exec(line.text);
    if (heading?.[1] && level > 0 && heading[1].length <= level) level = 0;
    const attachments = ATTACHMENTS.exec(line.text);
    if (!line.chrome && attachments?.[1]) level = attachments[1].length;
    if (level > 0 && !line.chrome && line.text !== '') {
      line.chrome = 'The page’s list of attached files; the PDF’s address is kept in the draft’s source.';
      line.chromeId = nextId;
    }
  }
}

/** The next line after `index` that holds text, and where it is. */
function nextText(lines: readonly PageLine[], index: number): { line: PageLine; at: number } | null {
  for (let i = index + 1; i < lines.length; i += 1) {
    const line = lines[i];
    if (line && !line.chrome && line.text !== '') return { line, at: i };
  }
  return null;
}

/**
 * Whether the line after a label with nothing beside it is the label's value: the <dd> after its
 * <dt>, the other line of a wrapper that holds just the two, or a short line that is neither a
 * label nor a heading and is followed by another label (or is a reference, for "Reference code:"). A blank "Date signed:" followed by the page's text takes
 * nothing from it.
 */
function isValueOf(key: keyof KnownFacts, label: PageLine, candidate: PageLine, after: PageLine | undefined, pairs: ReadonlySet<number>): boolean {
  const text = candidate.text.trim();
  if (LABEL_LINE.test(text) || HEADING.test(text) || KEY_INFORMATION_LINE.test(text) || text.length > 80) return false;
  if (label.tag === 'dt') return candidate.tag === 'dd';
  // A wrapper holding just the label and one more line: the field's value.
  if (label.container === candidate.container && pairs.has(label.container)) return true;
  if (after && LABEL_LINE.test(after.text)) return true;
  // The last label: only a reference is sure enough to take without another label after it.
  return key === 'reference' && parseReference(text) !== null;
}

/**
 * The first line of the page's content that passes `test`; failing that, the first such line of
 * the page furniture (a site that puts the page's heading or its Key information in a banner
 * outside <main>), which is then kept as content, with the `extent` lines from it.
 */
function findKept(lines: PageLine[], test: (line: PageLine) => boolean, extent: (from: number) => number): number {
  const kept = lines.findIndex((line) => !line.chrome && test(line));
  if (kept >= 0) return kept;
  const furniture = lines.findIndex((line) => line.chrome !== undefined && !/menu|cookie|footer|Skip/.test(line.chrome) && test(line));
  if (furniture < 0) return -1;
  const count = extent(furniture);
  for (let i = furniture; i < furniture + count; i += 1) {
    const line = lines[i] as PageLine;
    delete line.chrome;
    delete line.chromeId;
  }
  return furniture;
}

/** The facts of the "Key information" block: each label, with its value on its line or the next. */
function keyInformation(lines: readonly PageLine[], from: number): KnownFacts {
  const known: KnownFacts = {};
  const facts = known as Record<string, StatedFact<string>>;
  const counts = new Map<number, number>();
  for (const line of lines) if (line.text !== '' && line.container > 0) counts.set(line.container, (counts.get(line.container) ?? 0) + 1);
  const pairs = new Set([...counts].filter(([, count]) => count === 2).map(([container]) => container));
  for (let next = nextText(lines, from); next; next = nextText(lines, next.at)) {
    const { line } = next;
    const match = LABEL_LINE.exec(line.text);
    if (!match?.[1]) break;
    const key = LABELS[match[1].toLowerCase()];
    let value = (match[2] ?? '').trim();
    if (!value && key) {
      const candidate = nextText(lines, next.at);
      if (candidate && isValueOf(key, line, candidate.line, nextText(lines, candidate.at)?.line, pairs)) {
        value = candidate.line.text.trim();
        next = candidate;
      }
    }
    if (!key || !value || facts[key]) continue;
    const how = `Key information: ${match[1].charAt(0).toUpperCase()}${match[1].slice(1).toLowerCase()}`;
    if (key === 'reference') {
      const reference = parseReference(value);
      if (reference) known.reference = { value: reference, asWritten: value, how };
    } else {
      facts[key] = { value, asWritten: value, how };
    }
  }
  return known;
}

/**
 * The facts a register page states: its Key information block (from line `keyIndex`), its heading
 * as the title, and the reference in the heading when Key information gives none.
 */
export function registerFacts(lines: readonly PageLine[], heading: string, keyIndex: number, headingHow: string): KnownFacts {
  const known = keyInformation(lines, keyIndex);
  if (heading) known.title = { value: heading, asWritten: heading, how: headingHow };
  if (!known.reference) {
    const inHeading = /^\s*(PCD[\s-]*\d{1,5})\b/i.exec(heading)?.[1];
    const reference = inHeading ? parseReference(inHeading) : null;
    if (inHeading && reference) known.reference = { value: reference, asWritten: inHeading, how: headingHow };
  }
  return known;
}

/** The line that opens a register page's "Key information" block. */
export const KEY_INFORMATION_LINE = /^(?:#{1,6}\s+)?key information\s*:?$/i;

/** The PDFs a page links, as absolute addresses, the one naming the reference first. */
function pdfLinksOf(links: readonly PageLink[], page: string | undefined, reference: string | undefined): string[] {
  const found: { url: string; score: number }[] = [];
  for (const link of links) {
    let url: URL;
    try {
      url = page ? new URL(link.href, page) : new URL(link.href);
    } catch {
      continue;
    }
    if (!/\.pdf$/i.test(url.pathname) || found.some((f) => f.url === url.href)) continue;
    const number = reference?.replace(/\D/g, '');
    const named = number && new RegExp(`pcd[\\s_%20-]*${number}(?!\\d)`, 'i').test(`${decodeURIComponent(url.pathname)} ${link.text}`);
    found.push({ url: url.href, score: named ? 0 : 1 });
  }
  return found.sort((a, b) => a.score - b.score).map((f) => f.url);
}

/** Reads a saved or fetched register page; refuses, in one line, a page that is not a decision's. */
export function readRegisterPage(html: string, given: DocumentOrigin): RegisterPageResult {
  const tree = fromHtml(html);
  // A page saved from the browser names its own address in its canonical link.
  const canonical = String(select('link[rel~=canonical][href]', tree)?.properties?.href ?? '');
  const origin: DocumentOrigin = !given.page && /^https:\/\//.test(canonical) ? { ...given, page: canonical } : given;
  const { lines, links } = pageLines(tree);
  dropAttachments(lines, Number.MAX_SAFE_INTEGER);
  const headingIndex = findKept(lines, (line) => line.tag === 'h1', () => 1);
  const keyIndex = findKept(lines, (line) => KEY_INFORMATION_LINE.test(line.text), (from) => {
    // The block's labels and values, up to the first line that is neither.
    let end = from + 1;
    while (end < lines.length && end - from < 24) {
      const line = lines[end] as PageLine;
      if (line.text !== '' && (line.chromeId !== lines[from]?.chromeId || (!LABEL_LINE.test(line.text) && line.text.length > 80))) break;
      end += 1;
    }
    return end - from;
  });
  if (headingIndex < 0 || keyIndex < 0) {
    const what = [...(headingIndex < 0 ? ['no page heading'] : []), ...(keyIndex < 0 ? ['no “Key information” block'] : [])];
    return { ok: false, problem: `not a decision page of the register (${what.join(', ')}); save the decision’s own page, or import its PDF` };
  }
  const known = registerFacts(lines, (lines[headingIndex]?.text ?? '').replace(HEADING, '').trim(), keyIndex, 'the page heading');

  const cleaned = new Map<string, CleanedEntry>();
  const byElement = new Map<number, { reason: string; texts: string[]; lines: number[] }>();
  lines.forEach((line, index) => {
    if (!line.chrome || line.chromeId === undefined || line.text === '') return;
    const element = byElement.get(line.chromeId) ?? { reason: line.chrome, texts: [], lines: [] };
    element.texts.push(line.text);
    element.lines.push(index + 1);
    byElement.set(line.chromeId, element);
  });
  for (const element of byElement.values()) {
    const original = element.texts.join(' ');
    const key = `${element.reason}\u0000${original}`;
    const entry = cleaned.get(key) ?? { original, reason: element.reason, lines: [] };
    entry.lines.push(...element.lines);
    cleaned.set(key, entry);
  }
  const document: SourceDocument = {
    text: lines.map((line) => (line.chrome ? '' : line.text)).join('\n'),
    origin,
    known,
    cleaned: [...cleaned.values()],
    original: lines.map((line) => line.text).join('\n'),
  };
  return { ok: true, document, pdfLinks: pdfLinksOf(links, origin.page, known.reference?.value) };
}
