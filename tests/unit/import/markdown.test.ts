import type { MarkdownRenderer } from '@astrojs/markdown-remark';
import fc from 'fast-check';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { beforeAll, describe, expect, test } from 'vitest';
import { isTitleLike, textToBlocks } from '../../../src/lib/import/blocks.ts';
import { normaliseHeadingLevels } from '../../../src/lib/import/headings.ts';
import { escapeBlockStart, escapeInline, plainText } from '../../../src/lib/import/inline.ts';
import { findLostWords } from '../../../src/lib/import/loss.ts';
import { textToMarkdown } from '../../../src/lib/import/markdown.ts';
import { createDecisionRenderer } from '../../../src/lib/markdown/pipeline.ts';
import { collapseWhitespace } from '../../../src/lib/core/text.ts';

let processor: MarkdownRenderer;

beforeAll(async () => {
  processor = await createDecisionRenderer();
});

/** Renders Markdown exactly as the build renders a decision body. */
async function render(markdown: string): Promise<string> {
  return (await processor.render(markdown, { frontmatter: {} })).code;
}

/** The text a reader sees on the rendered page. */
async function renderedText(markdown: string): Promise<string> {
  return toText(fromHtml(await render(markdown), { fragment: true }));
}

describe('escapeInline', () => {
  test.each([
    ['keeps <sup>, <b> and <u>', '31<sup>st</sup> <b>March</b> <u>2022</u>', '31<sup>st</sup> <b>March</b> <u>2022</u>'],
    ['shows any other tag as text', 'a <script>x</script> b', 'a \\<script>x\\</script> b'],
    ['shows a tag with attributes as text', '<b onclick="x">y</b>', '\\<b onclick="x">y</b>'],
    ['escapes table pipes', 'Londoners | London City Hall', 'Londoners \\| London City Hall'],
    ['escapes square brackets so "[PCD990]" is not a link', 'June 2021 [PCD990].', 'June 2021 \\[PCD990\\].'],
    ['keeps a link with a real address', 'see [the plan](https://www.london.gov.uk/plan)', 'see [the plan](https://www.london.gov.uk/plan)'],
    ['escapes a link to javascript:', '[x](javascript:alert(1))', '\\[x\\](javascript:alert(1))'],
    ['escapes "!" before a kept link, which would make an image', '![x](https://a.example/i.png)', '\\![x](https://a.example/i.png)'],
    ['escapes an entity so it is not decoded', 'a &amp; b &copy;', 'a \\&amp; b \\&copy;'],
    ['keeps a plain ampersand', 'Police & Crime', 'Police & Crime'],
    ['escapes backslashes, backticks and tildes', 'a\\b `c` ~d~', 'a\\\\b \\`c\\` \\~d\\~'],
    ['keeps emphasis', '**Approve** the *offer*', '**Approve** the *offer*'],
  ])('%s', (_, text, expected) => {
    expect(escapeInline(text)).toBe(expected);
  });
});

describe('escapeBlockStart', () => {
  test.each([
    ['5. text', '5\\. text'],
    ['10) text', '10\\) text'],
    ['1.1. MOPAC approved', '1.1. MOPAC approved'],
    ['- text', '\\- text'],
    ['+ text', '\\+ text'],
    ['# text', '\\# text'],
    ['> text', '\\> text'],
    ['2021 was a year', '2021 was a year'],
  ])('escapes %j as %j', (markdown, expected) => {
    expect(escapeBlockStart(markdown)).toBe(expected);
  });
});

describe('plainText', () => {
  test.each([
    ['**Approve the acceptance of OCS Grant totalling £1.701m in 2023/24.**', 'Approve the acceptance of OCS Grant totalling £1.701m in 2023/24.'],
    ['the grant expires on 31<sup>st</sup> March 2022', 'the grant expires on 31st March 2022'],
    ['response to *HMIC\'s PEEL: Police effectiveness 2016 (national overview)* which', "response to HMIC's PEEL: Police effectiveness 2016 (national overview) which"],
    ['see [the plan](https://www.london.gov.uk/plan)', 'see the plan'],
    ['2 * 3 * 4', '2 * 3 * 4'],
    ['snake_case_name', 'snake_case_name'],
  ])('reads %j as %j', (text, expected) => {
    expect(plainText(text)).toBe(expected);
  });
});

describe('isTitleLike', () => {
  test.each([
    'Executive Summary:',
    'Financial Comments',
    'Introduction and background',
    '1. Introduction and background',
    'Non-confidential facts and advice to the Deputy Mayor for Policing and Crime (DMPC)',
    '**DMPC Decision - PCD 911**',
    'Part 1 Deferral:',
    'OFFICER APPROVAL',
  ])('takes %j for a heading', (line) => {
    expect(isTitleLike(line)).toBe(true);
  });

  test.each([
    ['a sentence', 'The MPS Report.'],
    ['a lead-in with a verb', 'The core aims of Op Orochi are:'],
    ['a form question', 'Is the publication of Part 1 of this approval to be deferred? NO'],
    ['a label with a value', 'Until what date: N/A'],
    ['a line with a sum', '£0.231m Regional Organised Crime Threat Assessment (ROCTA)'],
    ['a line with a date', 'MOPAC Investment Advisory & Monitoring meeting 15 January 2021'],
    ['a reference alone', 'PCD 785'],
    ['the letterhead', 'MAYOR OF LONDON'],
    ['the signature label', 'Signature'],
    ['a lowercase signature', 'due hinden'],
    ['a legible signature', 'R. Lawrence'],
    ['the third aim of a numbered list', '3. To safeguard vulnerable people at risk of exploitation via County Lines'],
    ['a footnote', '1 A New Met For London'],
    ['a clause', 'Under the FOIA sections Commercial Interest Section 43 and Legal Professional Privilege Section 42'],
    ['a long line', 'One two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen'],
  ])('does not take %s for a heading: %j', (_, line) => {
    expect(isTitleLike(line)).toBe(false);
  });
});

describe('normaliseHeadingLevels', () => {
  test.each([
    [[4, 4, 4], [2, 2, 2]],
    [[1, 4, 4, 2], [2, 3, 3, 3]],
    [[3, 3, 3], [2, 2, 2]],
    [[2, 6, 6, 2], [2, 3, 3, 2]],
    [[1, 2, 3, 4, 5, 6], [2, 3, 4, 4, 4, 4]],
    [[6, 1], [2, 2]],
    [[2, 3, 1, 2], [2, 3, 2, 3]],
  ])('maps %j to %j', (found, expected) => {
    expect(normaliseHeadingLevels(found)).toEqual(expected);
  });

  test('never uses a level outside 2 to 4 and never goes down by more than one', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 6 }), { maxLength: 30 }), (found) => {
        const levels = normaliseHeadingLevels(found);
        expect(levels).toHaveLength(found.length);
        levels.forEach((level, i) => {
          expect(level).toBeGreaterThanOrEqual(2);
          expect(level).toBeLessThanOrEqual(4);
          if (i === 0) expect(level).toBe(2);
          else expect(level).toBeLessThanOrEqual((levels[i - 1] ?? 2) + 1);
        });
      }),
    );
  });
});

describe('textToBlocks', () => {
  test('joins indented continuation lines to their list item or paragraph', () => {
    const { blocks } = textToBlocks(
      '- The objectives for the NCLCC are for the NCA to lead.\n They will also co-ordinate the response by police forces,\n ROCU\'s and other stakeholders.',
    );
    expect(blocks).toEqual([
      {
        kind: 'list-item',
        depth: 0,
        line: 1,
        text: "The objectives for the NCLCC are for the NCA to lead. They will also co-ordinate the response by police forces, ROCU's and other stakeholders.",
      },
    ]);
  });

  test('rejoins a sentence carried over a page break', () => {
    const { blocks } = textToBlocks('4.1. MOPAC has powers to "do anything which is calculated to\n\nfacilitate, or is conducive to, the functions."');
    expect(blocks).toEqual([
      { kind: 'paragraph', line: 1, text: '4.1. MOPAC has powers to "do anything which is calculated to facilitate, or is conducive to, the functions."' },
    ]);
  });

  test('puts a footnote that cut a sentence after the rejoined sentence', () => {
    const { blocks, movedFootnotes } = textToBlocks('measures have been taken to ensure\n\n<sup>1</sup> Police and crime plan\n\ncompliance. This will remain under review.');
    expect(blocks.map((b) => (b.kind === 'table' ? '' : b.text))).toEqual([
      'measures have been taken to ensure compliance. This will remain under review.',
      '<sup>1</sup> Police and crime plan',
    ]);
    expect(movedFootnotes).toEqual([{ line: 3, text: '<sup>1</sup> Police and crime plan' }]);
  });

  test('does not join a line after a hard line break', () => {
    const { blocks } = textToBlocks('£1.000m ROCU Core Grant  \n £0.231m Regional Organised Crime Threat Assessment (ROCTA)');
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'paragraph']);
  });

  test('reads a bullet holding a paragraph number as a numbered paragraph', () => {
    const { blocks } = textToBlocks('- 1.1. MOPAC approved receipt.\n- (a) the prevention of crime,');
    expect(blocks).toEqual([
      { kind: 'paragraph', line: 1, text: '1.1. MOPAC approved receipt.' },
      { kind: 'list-item', depth: 0, line: 2, text: '(a) the prevention of crime,' },
    ]);
  });

  test('nests sub-bullets by indentation, dropping the "o" marker', () => {
    const { blocks } = textToBlocks('- It is also exempt under the FOIA sections:\n - o Commercial Interest Section 43\n - Legal Professional Privilege Section 42\n- Back out');
    expect(blocks.map((b) => (b.kind === 'list-item' ? [b.depth, b.text] : b.kind))).toEqual([
      [0, 'It is also exempt under the FOIA sections:'],
      [1, 'Commercial Interest Section 43'],
      [1, 'Legal Professional Privilege Section 42'],
      [0, 'Back out'],
    ]);
  });

  test('keeps "Title:" as a paragraph even when extracted as a heading', () => {
    expect(textToBlocks('#### Title: Home Office Grant Funding\n\nText.').blocks[0]).toEqual({
      kind: 'paragraph',
      line: 1,
      text: 'Title: Home Office Grant Funding',
    });
  });

  test('reads consecutive tab-separated lines as one table', () => {
    const { blocks } = textToBlocks('BAU Revenue\t2023/24 £m\tTotal £m\nGrant Funding\t1.701\t1.701\nPlanned spend\t\t\n\nAfter.');
    expect(blocks[0]).toEqual({
      kind: 'table',
      line: 1,
      rows: [['BAU Revenue', '2023/24 £m', 'Total £m'], ['Grant Funding', '1.701', '1.701'], ['Planned spend', '', '']],
    });
    expect(blocks[1]).toEqual({ kind: 'paragraph', line: 5, text: 'After.' });
  });

  test('does not take the line after "Signature" for a heading', () => {
    const { blocks } = textToBlocks('Signature\n\nTipue henden\n\nDate 08 05 18');
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'paragraph', 'paragraph']);
  });
});

describe('textToMarkdown', () => {
  test.each([
    ['a "#" line becomes a ## heading', '# NOPAC MAYOR OF LONDON\n\nText.', '## NOPAC MAYOR OF LONDON\n\nText.\n'],
    ['bold is taken off a heading', '#### **Executive Summary:**\n\nText.', '## Executive Summary:\n\nText.\n'],
    ['a title-like line becomes a heading', 'Financial Comments\n\nText.', '## Financial Comments\n\nText.\n'],
    ['a short last line is not a heading', 'Text.\n\nSigned decision document', 'Text.\n\nSigned decision document\n'],
    ['a numbered paragraph keeps its number', '5. This pattern is also apparent.', '5\\. This pattern is also apparent.\n'],
    ['"-", "•" and "o" bullets become a list', '- one\n• two\no three', '- one\n- two\n- three\n'],
    ['lone dashes and blank runs fold away', 'One.\n-\n-\n\n\n\nTwo.', 'One.\n\nTwo.\n'],
    ['a table gets a header row, padded rows and escaped pipes', 'a\tb|c\nd\te\tf', '| a | b\\|c |   |\n| --- | --- | --- |\n| d | e | f |\n'],
    ['an unknown tag is shown as text', 'Before <script>alert(1)</script> after.', 'Before \\<script>alert(1)\\</script> after.\n'],
  ])('%s', (_, text, expected) => {
    expect(textToMarkdown(text)).toBe(expected);
  });

  test('uses only ## to #### and never skips a level going down', () => {
    const markdown = textToMarkdown('# A\n\ntext\n\n###### B\n\ntext\n\n###### C\n\ntext\n\n## D\n\ntext\n\n##### E\n\ntext');
    expect(markdown.match(/^#+ \w/gm)).toEqual(['## A', '### B', '### C', '### D', '#### E']);
  });

  test('renders a numbered paragraph with its number, not as a list', async () => {
    expect(await render(textToMarkdown('5. This pattern is also apparent.'))).toBe('<p>5. This pattern is also apparent.</p>');
  });

  test('renders tabs as a table whose cells keep their text', async () => {
    const tree = fromHtml(await render(textToMarkdown('Band\tAnnual cost £m\nBand C | CoLP\t<b>0.071</b>')), { fragment: true });
    expect(selectAll('th', tree).map((cell) => toText(cell))).toEqual(['Band', 'Annual cost £m']);
    expect(selectAll('td', tree).map((cell) => toText(cell))).toEqual(['Band C | CoLP', '0.071']);
    expect(selectAll('td b', tree)).toHaveLength(1);
  });

  test('renders a script as visible text, never as a script', async () => {
    const html = await render(textToMarkdown('Before <script>alert(1)</script> after.'));
    expect(html).not.toContain('<script');
    expect(await renderedText(textToMarkdown('Before <script>alert(1)</script> after.'))).toBe('Before <script>alert(1)</script> after.');
  });
});

/** Tokens chosen to provoke every Markdown construct a line of extracted text could fall into. */
const TOKEN = fc.oneof(
  fc.constantFrom(
    'County', 'Lines', 'grant', 'the', 'MOPAC', 'PCD 990', '[PCD990]', '£1.36m', '1/2/2021', '2021/22',
    '5.', '1.1.', '10)', '-', '--', '---', '•', 'o', '*', '**', '_', '__', '#', '##', '>', '+', '=', '==',
    '`', '```', '~', '~~~', '[', ']', '(', ')', '[x]', '[y](#)', '![z]', '|', '\\', '\\*', '<', '>',
    '<b>', '</b>', '<sup>', '</sup>', '<u>x</u>', '<script>', '</script>', '<img src=x>', '<!--', '-->',
    '&', '&amp;', '&copy;', '&#65;', '&lt;', ':', 'Title:', 'Signature', 'Date', '1', '(a)', '¹', '’',
    'http://', 'www.example.org', 'a@b.example', '$', '^', '{', '}', '<div>', '</div>', '<p>',
  ),
  fc.stringMatching(/^[A-Za-z0-9]{1,8}$/),
);
const LINE = fc.tuple(fc.constantFrom('', '', '', ' ', '  ', '    ', '\t'), fc.array(TOKEN, { minLength: 0, maxLength: 8 }), fc.constantFrom('', '', '  '))
  .map(([indent, tokens, end]) => `${indent}${tokens.join(' ')}${end}`);
const DOCUMENT = fc.array(fc.oneof(LINE, LINE, fc.constant('')), { maxLength: 25 }).map((lines) => lines.join('\n'));
/** Lines that may also hold tabs, so tables appear among paragraphs. */
const TABBED_DOCUMENT = fc
  .array(fc.oneof(LINE, fc.array(fc.array(TOKEN, { maxLength: 3 }).map((t) => t.join(' ')), { minLength: 2, maxLength: 4 }).map((cells) => cells.join('\t')), fc.constant('')), { maxLength: 25 })
  .map((lines) => lines.join('\n'));

describe('property: no word is lost', () => {
  test('the Markdown holds every word of any text, in order', () => {
    fc.assert(
      fc.property(fc.oneof(DOCUMENT, TABBED_DOCUMENT), (text) => {
        expect(findLostWords(text, textToMarkdown(text))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  test('the rendered page shows every word of any text, in order', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(DOCUMENT, TABBED_DOCUMENT), async (text) => {
        // A kept link shows its text and keeps its address in href: compare what a reader sees.
        const visible = text.replace(/\[([^[\]\n]*)\]\((?:https?:\/\/|mailto:)[^\s()<>|\\`[\]]*\)/g, '$1');
        expect(findLostWords(visible, await renderedText(textToMarkdown(text)))).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });
});

describe('property: tab rows become tables', () => {
  const CELL = fc.stringMatching(/^[A-Za-z0-9 |\\<>&#.£`~!\[\]-]{0,12}$/);
  const ROWS = fc.array(
    fc.tuple(fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9 ]{0,8}$/), fc.array(CELL, { minLength: 1, maxLength: 5 })).map(([first, rest]) => [first, ...rest]),
    { minLength: 1, maxLength: 6 },
  );

  test('every cell is kept, in its row and column, and rows are padded to one width', async () => {
    await fc.assert(
      fc.asyncProperty(ROWS, async (rows) => {
        const text = rows.map((row) => row.join('\t')).join('\n');
        const { blocks } = textToBlocks(text);
        expect(blocks).toEqual([{ kind: 'table', line: 1, rows: rows.map((row) => row.map((cell) => cell.trim())) }]);
        const tree = fromHtml(await render(textToMarkdown(text)), { fragment: true });
        const rendered = selectAll('tr', tree).map((tr) => selectAll('th, td', tr).map((cell: Element) => collapseWhitespace(toText(cell))));
        const width = Math.max(...rows.map((row) => row.length));
        expect(rendered).toEqual(
          // A kept tag such as "<b>" is markup, not text: compare what a reader sees.
          rows.map((row) => Array.from({ length: width }, (_, i) => collapseWhitespace(plainText(row[i] ?? '')))),
        );
      }),
      { numRuns: 150 },
    );
  });
});
