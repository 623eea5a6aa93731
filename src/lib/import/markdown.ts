/**
 * A document's blocks written as the Markdown body of a decision file: GFM tables, "-" lists,
 * headings from ## down, paragraph numbers kept as text ("5\. text"), one blank line between
 * blocks.
 */
import { textToBlocks, type Block } from './blocks.ts';
import { normaliseHeadingLevels } from './headings.ts';
import { escapeBlockStart, escapeInline } from './inline.ts';

/** The characters escapeInline acts on; a text without any is its own escape (most paragraphs). */
const NEEDS_ESCAPE = /[&\\<[\]|`~!]/;

/** escapeInline, skipped for a text it would leave as it is: it reads character by character. */
function escaped(text: string): string {
  return NEEDS_ESCAPE.test(text) ? escapeInline(text) : text;
}

function headingText(text: string): string {
  // A trailing run of "#" would be read as the heading's closing sequence and disappear.
  return escaped(text).replace(/(^|\s)(#+)(\s*)$/, '$1\\$2$3');
}

function table(rows: readonly string[][]): string {
  const width = Math.max(...rows.map((row) => row.length));
  const line = (cells: readonly string[]) =>
    `| ${Array.from({ length: width }, (_, i) => escaped((cells[i] ?? '').trim()) || ' ').join(' | ')} |`;
  const [header = [], ...body] = rows;
  return [line(header), `| ${Array.from({ length: width }, () => '---').join(' | ')} |`, ...body.map(line)].join('\n');
}

/** Writes blocks as Markdown, headings renumbered from ## so none is skipped going down. */
export function blocksToMarkdown(blocks: readonly Block[]): string {
  const levels = normaliseHeadingLevels(blocks.flatMap((block) => (block.kind === 'heading' ? [block.level] : [])));
  let heading = 0;
  const parts: string[] = [];
  let previous: Block['kind'] | undefined;
  for (const block of blocks) {
    let markdown: string;
    if (block.kind === 'heading') {
      markdown = `${'#'.repeat(levels[heading] ?? 2)} ${headingText(block.text)}`;
      heading += 1;
    } else if (block.kind === 'paragraph') {
      markdown = escapeBlockStart(escaped(block.text));
    } else if (block.kind === 'list-item') {
      markdown = `${'  '.repeat(block.depth)}- ${escapeBlockStart(escaped(block.text))}`;
    } else {
      markdown = table(block.rows);
    }
    if (block.kind === 'list-item' && previous === 'list-item') parts[parts.length - 1] += `\n${markdown}`;
    else parts.push(markdown);
    previous = block.kind;
  }
  return parts.length === 0 ? '' : `${parts.join('\n\n')}\n`;
}

/** Converts the plain text of a document to a Markdown body. */
export function textToMarkdown(text: string): string {
  return blocksToMarkdown(textToBlocks(text).blocks);
}
