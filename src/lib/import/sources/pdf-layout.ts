/**
 * A PDF page's text items put back into paragraphs. A PDF holds lines, not paragraphs: a sentence
 * wrapped at the margin comes out as two lines, and the second may start "£184,250.50 for…" or
 * "MOPAC…", which the import would take for a new paragraph. Here the lines of a paragraph are
 * joined into one line, as the extracted texts the importer was built on have them; a paragraph
 * ends where the next line is further down than the line spacing, where the next line's first word
 * would have fitted at the end of the line (or the page has no margin to tell by), where the type size changes, or where the
 * next line opens a numbered paragraph or a bullet. Paragraphs are separated by a blank line. No word is changed or dropped.
 */

/** The parts of a PDF.js text item this needs (unpdf's StructuredTextItem has them all). */
export interface PdfTextItem {
  str: string;
  x: number;
  /** The baseline, from the bottom of the page. */
  y: number;
  width: number;
  fontSize: number;
  hasEOL: boolean;
}

interface PdfLine {
  text: string;
  x: number;
  right: number;
  y: number;
  size: number;
}

/** A line that opens a paragraph of its own: "1.2. …", "2) …", "(a) …", "- …", "• …". */
const OPENS_PARAGRAPH = /^(?:\d{1,3}(?:\.\d{1,3})*[.)]\s|\(?[a-z]{1,3}\)\s|[-–•▪◦●·*\uF0B7o]\s)/;

function linesOf(items: readonly PdfTextItem[]): PdfLine[] {
  const lines: PdfLine[] = [];
  let current: PdfLine | null = null;
  for (const item of items) {
    const size = Math.abs(item.fontSize) || 10;
    if (current && Math.abs(current.y - item.y) > size * 0.5) {
      lines.push(current);
      current = null;
    }
    if (item.str !== '') {
      if (!current) current = { text: item.str, x: item.x, right: item.x + item.width, y: item.y, size };
      else {
        // Two items apart on the line, neither with its own space, are two words.
        const apart = item.x - current.right > size * 0.2 && !/\s$/.test(current.text) && !/^\s/.test(item.str);
        current.text += `${apart ? ' ' : ''}${item.str}`;
        current.right = Math.max(current.right, item.x + item.width);
        current.size = Math.max(current.size, size);
      }
    }
    if (item.hasEOL && current) {
      lines.push(current);
      current = null;
    }
  }
  if (current) lines.push(current);
  return lines
    .map((line) => ({ ...line, text: line.text.replace(/\s+/g, ' ').trim() }))
    .filter((line) => line.text !== '');
}

/** The text of one page: one paragraph a line, a blank line between paragraphs. */
export function pageText(items: readonly PdfTextItem[]): string {
  const lines = linesOf(items);
  if (lines.length === 0) return '';
  const rights = lines.map((line) => line.right).sort((a, b) => a - b);
  const margin = rights[Math.floor(rights.length * 0.9)] ?? 0;
  // A line was wrapped when the next line's first word would not have fitted after it, before the
  // right edge most full lines share. A page where that happens fewer than three times (a form of
  // short labels and values) has no margin to tell by, and its lines stay apart.
  const wrappedBefore = (previous: PdfLine, line: PdfLine) => {
    // A heading or a form's label is short, and a line ending a sentence may as well end the paragraph.
    if (previous.text.split(' ').length < 6 || /[.:;!?]["'”’)]*$/.test(previous.text)) return false;
    const charWidth = (previous.right - previous.x) / Math.max(1, previous.text.length);
    const firstWord = line.text.split(' ')[0] ?? '';
    return previous.right + charWidth * (firstWord.length + 1) > margin;
  };
  let wraps = 0;
  for (let i = 1; i < lines.length; i += 1) if (wrappedBefore(lines[i - 1] as PdfLine, lines[i] as PdfLine)) wraps += 1;
  const wrapped = wraps >= 3;
  const out: string[] = [];
  let paragraph = lines[0]?.text ?? '';
  for (let i = 1; i < lines.length; i += 1) {
    const previous = lines[i - 1] as PdfLine;
    const line = lines[i] as PdfLine;
    const gap = previous.y - line.y;
    const ends =
      gap <= 0 ||
      gap > Math.max(previous.size, line.size) * 1.6 ||
      !wrapped ||
      !wrappedBefore(previous, line) ||
      Math.abs(previous.size - line.size) > 0.5 ||
      OPENS_PARAGRAPH.test(line.text);
    if (ends) {
      out.push(paragraph, '');
      paragraph = line.text;
    } else {
      // A word hyphenated at the margin stays one word; any other line joins with a space.
      paragraph += /\p{L}-$/u.test(paragraph) && /^\p{Ll}/u.test(line.text) ? line.text : ` ${line.text}`;
    }
  }
  out.push(paragraph);
  return out.join('\n');
}
