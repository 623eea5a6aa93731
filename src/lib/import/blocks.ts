/**
 * The structure of an extracted document: headings, paragraphs, list items and tables, read from
 * its lines. Extraction leaves one paragraph per line, indented continuation lines, sentences cut
 * at page breaks, bullets that are really numbered paragraphs ("- 1.1. MOPAC approved ...") and
 * tab-separated table rows; this module undoes those without changing a word.
 */
import { parseReference } from '../core/references.ts';
import { findWrittenDates } from './find-dates.ts';
import { plainText } from './inline.ts';
import { splitLines } from './lines.ts';

/** One block of a document: what it is, its inline text (or table rows) and its first source line. */
export type Block =
  /** `level` is as found: the number of `#`, or 3 for a title-like line; see normaliseHeadingLevels. */
  | { kind: 'heading'; level: number; text: string; line: number }
  | { kind: 'paragraph'; text: string; line: number }
  | { kind: 'list-item'; depth: number; text: string; line: number }
  | { kind: 'table'; rows: string[][]; line: number };

/** A footnote that sat inside a sentence broken by a page end; the sentence is rejoined before it. */
export interface MovedFootnote {
  line: number;
  text: string;
}

/** A document read as blocks, with the footnotes put after the sentences they interrupted. */
export interface DocumentBlocks {
  blocks: Block[];
  movedFootnotes: MovedFootnote[];
}

/** The level given to a heading recognised from a title-like line rather than from `#`. */
const PLAIN_HEADING_LEVEL = 3;

/**
 * The bullet markers that start a list item, the "o" of a sub-bullet included, each followed by a
 * space, before some text. The loss check (loss.ts) reads lines with the same pattern, so the two
 * agree on which "o" is a word.
 */
export const LEADING_MARKERS = /^[ \t]*(?:(?:[-•*+▪◦●·\uF0B7]|o)[ \t]+)+(?=\S)/;
const ATX_HEADING = /^ {0,3}(#{1,6})[ \t]+(.*)$/;
/** A paragraph number: extraction often turned "1.1. MOPAC approved ..." into a bullet. */
const NUMBERED_PARAGRAPH = /^\d{1,3}(?:\.\d{1,3})*[.)]\s/;
const FOOTNOTE = /^(?:<sup>\s*\d+\s*<\/sup>|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)\s*\S/;
const TERMINAL = /[.!?:;]["'”’)\]*_]*$|[.!?:;]<\/(?:b|u|sup)>$/;
const LETTERHEAD = /^(?:MOPAC|NOPAC|MAYOR OF LONDON|OFFICE FOR POLICING AND CRIME)$/i;
const NOT_TITLES = /^(?:signature|date|signed|title|report (?:by|author)|appendix|tel|email|page)\b/i;
const VERBS = new Set([
  'am', 'are', 'be', 'been', 'being', 'can', 'could', 'did', 'do', 'does', 'had', 'has', 'have', 'if',
  'is', 'may', 'might', 'must', 'please', 'shall', 'should', 'was', 'were', 'will', 'would',
]);

/** Strips emphasis that wraps a whole line: "**Executive Summary:**" is a heading, not bold text. */
function unwrapEmphasis(text: string): string {
  let value = text.trim();
  for (const [open, close] of [['**', '**'], ['__', '__'], ['*', '*'], ['_', '_'], ['<b>', '</b>']] as const) {
    const inner = value.slice(open.length, value.length - close.length);
    if (value.length > open.length + close.length && value.startsWith(open) && value.endsWith(close) && !inner.includes(open)) {
      value = inner.trim();
    }
  }
  return value;
}

/**
 * True for a short title-like line such as "Executive Summary:", "Financial Comments" or
 * "1. Introduction and background": no sentence, verb, sum, date or form label in it.
 */
export function isTitleLike(line: string): boolean {
  const plain = plainText(unwrapEmphasis(line)).trim();
  if (!plain || plain.length > 100 || !/^[\p{Lu}\d]/u.test(plain)) return false;
  const body = plain.replace(/^\d+(?:\.\d+)*\.?\s+/, '');
  if (/[.,;!?]["'”’)]*$/.test(plain) || /[.!?]\s/.test(body) || /:\s/.test(plain) || plain.includes('?')) return false;
  if (/£\s?\d/.test(plain) || findWrittenDates(plain).length > 0 || parseReference(plain)) return false;
  if (LETTERHEAD.test(plain) || NOT_TITLES.test(plain)) return false;
  // "1 A New Met For London" is a footnote: numbered headings have a full stop, "1. Introduction".
  if (/^\d+\s/.test(plain)) return false;
  // "3. To safeguard vulnerable people" is the third aim of a list, "Under the FOIA ..." a clause.
  if (/^(?:and|as|at|but|by|for|from|in|or|that|these|this|those|to|under|when|where|which|with)\s/i.test(body)) return false;
  const words = plain.split(/\s+/);
  if (words.length > 14 || (plain.endsWith(':') && words.length > 6)) return false;
  return !words.some((word) => VERBS.has(word.toLowerCase().replace(/[^a-z]/g, '')));
}

type Line =
  | { type: 'blank' }
  | { type: 'heading'; level: number; text: string }
  | { type: 'bullet'; indent: number; text: string }
  | { type: 'row'; cells: string[] }
  | { type: 'text'; indent: number; text: string; hardBreak: boolean; fromBullet: boolean };

function indentOf(whitespace: string): number {
  return [...whitespace].reduce((width, char) => width + (char === '\t' ? 4 : 1), 0);
}

function classify(raw: string): Line {
  if (raw.trim() === '' || (!/[\p{L}\p{N}]/u.test(raw) && /^[\s\-–—•·*_=+~▪◦●\uF0B7]+$/.test(raw))) {
    return { type: 'blank' };
  }
  const unindented = raw.replace(/^ +/, '');
  // A tab after the first cell makes a table row; tabs that only indent do not.
  if (unindented.includes('\t') && !/^\t*[^\t]*$/.test(unindented)) {
    return { type: 'row', cells: unindented.split('\t').map((cell) => cell.trim()) };
  }
  const heading = ATX_HEADING.exec(raw);
  if (heading) {
    const text = unwrapEmphasis((heading[2] ?? '').replace(/(?:^|\s+)#+\s*$/, ''));
    if (!text) return { type: 'blank' };
    // "Title: ..." is a field of the form, not a section, even when extracted as a heading.
    if (/^Title\s*:/i.test(plainText(text))) return { type: 'text', indent: 0, text, hardBreak: false, fromBullet: true };
    return { type: 'heading', level: heading[1]?.length ?? 1, text };
  }
  const markers = LEADING_MARKERS.exec(raw);
  if (markers) {
    const text = raw.slice(markers[0].length).trim();
    if (NUMBERED_PARAGRAPH.test(text)) return { type: 'text', indent: 0, text, hardBreak: false, fromBullet: true };
    return { type: 'bullet', indent: indentOf(/^[ \t]*/.exec(raw)?.[0] ?? ''), text };
  }
  return {
    type: 'text',
    indent: indentOf(/^[ \t]*/.exec(raw)?.[0] ?? ''),
    text: raw.trim(),
    hardBreak: / {2,}$/.test(raw),
    fromBullet: false,
  };
}

/** Reads the blocks of a document from its text; no word is added, dropped or reordered. */
export function textToBlocks(text: string): DocumentBlocks {
  const lines = splitLines(text).map(classify);
  const blocks: Block[] = [];
  const movedFootnotes: MovedFootnote[] = [];
  let listIndents: number[] = [];
  let blankSinceLast = true;
  let lastHardBreak = false;
  let lastRawText = '';

  const last = () => blocks[blocks.length - 1];
  // The first non-blank line after each line, found once from the end: searching forward from every
  // line made a long document quadratic.
  const following = new Array<Line | undefined>(lines.length);
  for (let i = lines.length - 2; i >= 0; i -= 1) {
    const next = lines[i + 1] as Line;
    following[i] = next.type !== 'blank' ? next : following[i + 1];
  }
  const nextNonBlank = (from: number) => following[from];

  lines.forEach((line, index) => {
    const number = index + 1;
    if (line.type === 'blank') {
      blankSinceLast = true;
      return;
    }
    const previous = last();
    if (line.type === 'row') {
      if (previous?.kind === 'table' && !blankSinceLast) previous.rows.push(line.cells);
      else blocks.push({ kind: 'table', rows: [line.cells], line: number });
    } else if (line.type === 'heading') {
      blocks.push({ kind: 'heading', level: line.level, text: line.text, line: number });
    } else if (line.type === 'bullet') {
      if (previous?.kind !== 'list-item') listIndents = [];
      while (listIndents.length > 0 && line.indent < (listIndents[listIndents.length - 1] ?? 0)) listIndents.pop();
      if (listIndents.length === 0 || line.indent > (listIndents[listIndents.length - 1] ?? 0)) listIndents.push(line.indent);
      blocks.push({ kind: 'list-item', depth: listIndents.length - 1, text: line.text, line: number });
    } else {
      const startsLower = /^(?:\p{Ll}|\d+\s+\p{Ll})/u.test(line.text);
      const joinable = (block: Block | undefined): block is Extract<Block, { kind: 'paragraph' | 'list-item' }> =>
        (block?.kind === 'paragraph' || block?.kind === 'list-item') && !FOOTNOTE.test(block.text);
      const beforeFootnote = blocks[blocks.length - 2];
      if (
        !line.fromBullet &&
        joinable(previous) &&
        !lastHardBreak &&
        ((!blankSinceLast && line.indent > 0) || (startsLower && !TERMINAL.test(previous.text)))
      ) {
        // An indented continuation line, or a sentence carried over a page break.
        previous.text = `${previous.text} ${line.text}`;
      } else if (
        !line.fromBullet &&
        startsLower &&
        previous?.kind === 'paragraph' &&
        FOOTNOTE.test(previous.text) &&
        joinable(beforeFootnote) &&
        !TERMINAL.test(beforeFootnote.text)
      ) {
        // A page-bottom footnote cut the sentence in two: rejoin it, and the footnote follows it.
        beforeFootnote.text = `${beforeFootnote.text} ${line.text}`;
        movedFootnotes.push({ line: previous.line, text: previous.text });
      } else {
        const following = nextNonBlank(index);
        const afterSignature = /(?:^|\s)Signature\s*:?\s*$/i.test(lastRawText);
        const heading = !line.fromBullet && following !== undefined && !afterSignature && isTitleLike(line.text);
        blocks.push(
          heading
            ? { kind: 'heading', level: PLAIN_HEADING_LEVEL, text: unwrapEmphasis(line.text), line: number }
            : { kind: 'paragraph', text: line.text, line: number },
        );
      }
      lastHardBreak = line.hardBreak;
      lastRawText = line.text;
      blankSinceLast = false;
      return;
    }
    lastHardBreak = false;
    lastRawText = line.type === 'row' ? '' : line.text;
    blankSinceLast = false;
  });
  return { blocks, movedFootnotes };
}
