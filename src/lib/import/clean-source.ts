/**
 * Extraction noise taken out of a document before it becomes Markdown. Every removal is recorded
 * as a `cleaned` entry of the draft, so the loss report can tell removed noise from lost words.
 * Lines are blanked rather than deleted, so line numbers keep pointing into the source file.
 */
import { splitLines } from './lines.ts';

/** One kind of removal, in the shape of the schema's `cleaned` entries plus where it happened. */
export interface CleanedEntry {
  /** The text as extracted. */
  original: string;
  /** What replaced it; absent when it was removed. */
  replacement?: string;
  reason: string;
  /** Source lines (1-based) where it was found. */
  lines: number[];
}

/** A text with noise removed, and the record of each removal. */
export interface CleanedText {
  text: string;
  cleaned: CleanedEntry[];
}

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
/** The decision form's footer: form version and page number, "PCD July 2020 3". */
const FORM_FOOTER = new RegExp(`^PCD\\s+${MONTH}\\s+\\d{4}\\s+\\d{1,3}$`);
/** A line that is only the security classification, repeated at the top of each page. */
const RUNNING_HEADER = /^OFFICIAL\s*[-–—]\s*PUBLIC$/i;
const LONE_DASH = /^\s*[-–—]+\s*$/;
/** The footnote number "<sup>1</sup>" escaped twice over by the extraction. */
const GARBLED_SUP = /<sup>&<\/sup>lt;sup>(\d+)<\/sup>/g;
/** A link whose address was lost ("[1 A New Met For London](#)"): its text is kept. */
const EMPTY_LINK = /\[([^[\]\n]+)\]\(#?\)/g;

function withoutMarkup(line: string): string {
  return line
    .replace(/^\s*#{1,6}\s+/, '')
    .replace(/<\/?(?:b|u|sup)>/gi, '')
    .replace(/[*_]/g, '')
    .trim();
}

function record(entries: Map<string, CleanedEntry>, key: string, make: () => CleanedEntry, line: number): void {
  const entry = entries.get(key) ?? make();
  entry.lines.push(line);
  entries.set(key, entry);
}

function times(count: number): string {
  return count === 1 ? 'once' : count === 2 ? 'twice' : `${count} times`;
}

/** The site's lines a copied register page starts with: its skip link, its logos' names, "Home". */
const REGISTER_CHROME = /^(?:skip to (?:main )?content|mayor of london logo(?: london assembly logo)?|london assembly logo|home|menu|search)$/i;

/**
 * How many lines at the top of a text are a copied register page's site links: only when the text
 * starts with the skip link or the logos, and only up to the first line that is neither.
 */
function registerChromeEnd(lines: readonly string[]): number {
  const first = lines.findIndex((line) => line.trim() !== '');
  if (first < 0 || !/^(?:skip to (?:main )?content|mayor of london logo)/i.test((lines[first] ?? '').trim())) return 0;
  let end = first;
  while (end < lines.length && (lines[end]?.trim() === '' || REGISTER_CHROME.test(lines[end]?.trim() ?? ''))) end += 1;
  return end;
}

/**
 * Removes the noise that text extraction leaves in these documents and that can be recognised
 * without judgement: form footers, running classification headers, lone dashes, a garbled
 * footnote mark, links without an address.
 */
export function removeExtractionNoise(text: string): CleanedText {
  const entries = new Map<string, CleanedEntry>();
  const all = splitLines(text);
  const chromeEnd = registerChromeEnd(all);
  const lines = all.map((line, index) => {
    const number = index + 1;
    const trimmed = line.trim();
    if (index < chromeEnd && trimmed) {
      record(entries, `chrome:${trimmed}`, () => ({
        original: trimmed,
        reason: 'The register page’s site links (skip link, logos, “Home”), copied with the page’s text; not the decision.',
        lines: [],
      }), number);
      return '';
    }
    if (FORM_FOOTER.test(trimmed)) {
      record(entries, `footer:${trimmed}`, () => ({
        original: trimmed,
        reason: 'Page footer of the decision form (form version and page number).',
        lines: [],
      }), number);
      return '';
    }
    if (trimmed && RUNNING_HEADER.test(withoutMarkup(trimmed))) {
      record(entries, `header:${trimmed}`, () => ({ original: trimmed, reason: '', lines: [] }), number);
      return '';
    }
    if (LONE_DASH.test(line)) {
      record(entries, `dash:${trimmed}`, () => ({ original: trimmed, reason: '', lines: [] }), number);
      return '';
    }
    let cleaned = line.replace(GARBLED_SUP, (original, digits: string) => {
      const replacement = `<sup>${digits}</sup>`;
      record(entries, `sup:${original}`, () => ({
        original,
        replacement,
        reason: 'The footnote number’s markup was garbled in extraction.',
        lines: [],
      }), number);
      return replacement;
    });
    cleaned = cleaned.replace(EMPTY_LINK, (original, label: string) => {
      record(entries, `link:${original}`, () => ({
        original,
        replacement: label,
        reason: 'The footnote link lost its address in extraction; kept as text.',
        lines: [],
      }), number);
      return label;
    });
    return cleaned;
  });
  const cleaned = [...entries.entries()].map(([key, entry]) => {
    if (key.startsWith('header:')) {
      entry.reason = `Running page header (the document’s security classification), removed ${times(entry.lines.length)}; any sentence it split is rejoined.`;
    } else if (key.startsWith('dash:')) {
      entry.reason = `${entry.lines.length} line${entry.lines.length === 1 ? '' : 's'} holding a lone dash, left by text extraction between paragraphs; no words were removed.`;
    }
    return entry;
  });
  return { text: lines.join('\n'), cleaned };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Removes text a maintainer has named as noise (`--accept-loss "due hinden"`) wherever it stands
 * as whole words. `signatures` are texts the importer itself suspected of being a handwritten
 * signature, which gives their entries a precise reason. Names that occur nowhere are returned.
 */
export function removeNamedText(
  text: string,
  names: readonly string[],
  signatures: readonly string[] = [],
): CleanedText & { notFound: string[] } {
  let lines = splitLines(text);
  const cleaned: CleanedEntry[] = [];
  const notFound: string[] = [];
  for (const name of names) {
    const words = name.trim().split(/\s+/).filter(Boolean);
    if (words.length === 0) continue;
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${words.map(escapeRegExp).join('[ \\t]+')}(?![\\p{L}\\p{N}])[ \\t]?`, 'gu');
    const found: number[] = [];
    lines = lines.map((line, index) => {
      const next = line.replace(pattern, () => {
        found.push(index + 1);
        return '';
      });
      return next.trim() === '' ? '' : next;
    });
    if (found.length === 0) {
      notFound.push(name);
      continue;
    }
    const signature = signatures.includes(name.trim());
    cleaned.push({
      original: name.trim(),
      reason: signature
        ? 'A handwritten signature, read by text extraction as words.'
        : `Named as extraction noise at import (--accept-loss), removed ${times(found.length)}; say what it was.`,
      lines: found,
    });
  }
  return { text: lines.join('\n'), cleaned, notFound };
}
