import { readFileSync } from 'node:fs';
import {
  createMarkdownProcessor,
  parseFrontmatter,
  type AstroMarkdownOptions,
  type MarkdownRenderer,
} from '@astrojs/markdown-remark';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { beforeAll, describe, expect, test, vi } from 'vitest';
import { createDecisionRenderer, decisionMarkdownOptions } from '../../../src/lib/markdown/pipeline.ts';
import { rehypeGlossary } from '../../../src/lib/markdown/rehype-glossary.ts';

let processor: MarkdownRenderer;

beforeAll(async () => {
  processor = await createDecisionRenderer();
});

/** Renders a decision body as the build does, with the given frontmatter. */
async function render(markdown: string, frontmatter: Record<string, unknown> = {}): Promise<string> {
  const result = await processor.render(markdown, { frontmatter });
  return result.code;
}

const anchor = (id: string) => `<span id="${id}" class="source-anchor"></span>`;

/** The glossary link the pipeline makes of an abbreviation's first mention. */
const gloss = (term: string, id: string, expansion: string) =>
  `<a class="gloss" href="../../glossary/#${id}" aria-label="${term}, ${expansion}: glossary"><abbr title="${expansion}">${term}</abbr></a>`;
const ROCTA = gloss('ROCTA', 'rocta', 'Regional Organised Crime Threat Assessment');
const PCD = gloss('PCD', 'pcd', 'Reference of a decision of the Deputy Mayor for Policing and Crime');

describe('sanitising raw HTML', () => {
  test('keeps <sup>, <b> and <u> from the extracted documents', async () => {
    expect(await render('Signed on 31<sup>st</sup> March 2022 by <b>the Deputy Mayor</b>, <u>not delegated</u>.')).toBe(
      '<p>Signed on 31<sup>st</sup> March 2022 by <b>the Deputy Mayor</b>, <u>not delegated</u>.</p>',
    );
  });

  test.each([
    ['an inline <script>', 'Before <script>alert("x")</script> after.', ['<script', 'alert']],
    ['a block <script>', 'Text.\n\n<script>\nalert("x")\n</script>\n\nMore.', ['<script', 'alert']],
    ['a <style>', 'Text.\n\n<style>p { color: red }</style>\n\nMore.', ['<style', 'color: red']],
    ['an <iframe>', 'Text <iframe src="https://evil.example/"></iframe> here.', ['<iframe', 'evil.example']],
    ['an <object>', 'Text <object data="https://evil.example/x.swf"></object> here.', ['<object', 'evil.example']],
    ['an onclick handler', 'Click <b onclick="alert(1)">here</b>.', ['onclick', 'alert']],
    ['an onerror handler on an image', 'Image <img src="x" onerror="alert(1)"> here.', ['<img', 'onerror', 'alert']],
    ['a raw <img>', 'Chart <img src="https://images.example/chart.png" alt="chart"> here.', ['<img', 'images.example']],
    ['a Markdown image', 'Chart ![chart](https://images.example/chart.png) here.', ['<img', 'images.example']],
    ['a Markdown link to javascript:', '[click me](javascript:alert(1))', ['javascript:', 'alert']],
    ['a raw link to javascript:', '<a href="javascript:alert(1)">click me</a>', ['javascript:', 'alert']],
    ['a Markdown link to a data: URL', '[click me](data:text/html;base64,PHNjcmlwdD4=)', ['data:', 'base64']],
    ['a raw link to a data: URL', '<a href="data:text/html,<script>alert(1)</script>">click me</a>', ['data:', 'alert', '<script']],
    ['an id that could clobber an anchor', 'A <b id="sum-1">bold</b> claim.', ['id=', 'sum-1']],
    ['a style attribute', 'A <u style="position:fixed">claim</u>.', ['style', 'position']],
  ])('removes %s', async (_, markdown, forbidden) => {
    const html = await render(markdown);
    for (const text of forbidden) expect(html).not.toContain(text);
  });

  test('keeps the words of an element whose event handler it removes', async () => {
    expect(await render('Click <b onclick="alert(1)">here</b>.')).toBe('<p>Click <b>here</b>.</p>');
  });

  test('keeps the text of a link whose javascript: address it removes', async () => {
    expect(await render('[click me](javascript:alert(1))')).toBe('<p><a>click me</a></p>');
  });

  test('keeps https and mailto links', async () => {
    expect(await render('[the PDF](https://www.london.gov.uk/x.pdf) or [email](mailto:a@example.org)')).toBe(
      '<p><a href="https://www.london.gov.uk/x.pdf">the PDF</a> or <a href="mailto:a@example.org">email</a></p>',
    );
  });

  test('removes a raw element that is not on the list but keeps its text', async () => {
    expect(await render('A <span class="x">plain</span> <font color="red">word</font>.')).toBe('<p>A plain word.</p>');
  });
});

describe('GitHub Flavoured Markdown', () => {
  test('turns a tab-free table into a <table>', async () => {
    const html = await render(
      ['| Item | Amount |', '| :--- | ---: |', '| ROCTA | £0.231m |', '| ACE Teams | £0.220m |'].join('\n'),
    );
    expect(html).toContain('<table>');
    expect(html).toContain('<th align="left" scope="col">Item</th>');
    expect(html).toContain('<th align="right" scope="col">Amount</th>');
    expect(html).toContain(`<td align="left">${ROCTA}</td>`);
    expect(html).toContain('<td align="right">£0.231m</td>');
    expect(html).toContain(`<td align="left">${gloss('ACE', 'ace', 'Asset Confiscation Enforcement')} Teams</td>`);
    expect(html.match(/<tr>/g)).toHaveLength(3);
  });

  test('wraps each table in a focusable scroll region labelled by its number and first cell', async () => {
    const html = await render(['| ROCTA | £m |', '| --- | --- |', '| Band D | 0.053 |', '', '| A | B |', '| - | - |', '| 1 | 2 |'].join('\n'));
    expect(html).toContain('<div class="table-scroll" role="group" tabindex="0" aria-label="Table 1: ROCTA"><table>');
    expect(html).toContain('<div class="table-scroll" role="group" tabindex="0" aria-label="Table 2: A"><table>');
    expect(html.match(/<\/table><\/div>/g)).toHaveLength(2);
    expect(html).not.toContain("<section");
  });

  test('stacks a table of three columns on a phone: each body cell keeps its heading as its label, and its role', async () => {
    const html = await render(['| Post | FTE | Total £m |', '| --- | --- | --- |', '| Band E | 2 | 0.094 |'].join('\n'));
    expect(html).toContain('<table class="stack">');
    expect(html).toContain('<td role="cell" data-label="Post">Band E</td>');
    expect(html).toContain('<td role="cell" data-label="FTE">2</td>');
    expect(html).toContain('<td role="cell" data-label="Total £m">0.094</td>');
    expect(html).toContain('<th scope="col">FTE</th>');
  });

  test('gives no label for a column whose heading is empty, and leaves a two-column table as it is', async () => {
    const three = await render(['| Post |  | Total |', '| --- | --- | --- |', '| Band E | 2 | 0.094 |'].join('\n'));
    expect(three).toContain('<td role="cell">2</td>');
    const two = await render(['| Post | Total |', '| --- | --- |', '| Band E | 0.094 |'].join('\n'));
    expect(two).toContain('<table>\n<thead>');
    expect(two).not.toContain('data-label');
  });

  test('turns an empty header cell into an ordinary cell, since a header must name something', async () => {
    const html = await render(['| Head of Unit: |  |', '| --- | --- |', '| Legal Advice: | √ |'].join('\n'));
    expect(html).toMatch(/<th scope="col">Head of Unit:<\/th>\s*<td><\/td>/);
    expect(html).not.toMatch(/<th[^>]*><\/th>/);
  });

  test('renders ~~strikethrough~~ as <del>', async () => {
    expect(await render('It was ~~£1m~~ £1.36m.')).toBe('<p>It was <del>£1m</del> £1.36m.</p>');
  });

  test.each([
    ['a web address', 'See www.london.gov.uk/mopac or https://www.gov.uk/guidance.'],
    ['an e-mail address', 'Write to enquiries@mopac.london.gov.uk.'],
    ['a footnote mark', 'The grant[^1] was accepted.'],
    ['a task-list box', '- [ ] not a task'],
  ])('keeps %s as the text the document prints (only GFM tables and strikethrough are parsed)', async (_, markdown) => {
    const html = await render(markdown);
    expect(html).not.toMatch(/<a |<input|<sup/);
    expect(toText(fromHtml(html, { fragment: true })).trim()).toBe(markdown.replace(/^- /, ''));
  });
});

describe('typography', () => {
  test("keeps straight quotes: 'middle market' is not curled", async () => {
    const html = await render(`The 'middle market' and "county lines" pilot -- funded... in 2021/22.`);
    expect(html).toBe(`<p>The 'middle market' and "county lines" pilot -- funded... in 2021/22.</p>`);
    expect(html).not.toMatch(/[\u2018\u2019\u201C\u201D\u2013\u2014\u2026]/);
  });
});

describe('source anchors', () => {
  test('puts sum-1 inside the paragraph that holds the amount quote', async () => {
    const html = await render('Background.\n\nApprove the acceptance of £1.36m of grant.\n\nClosing.', {
      amounts: [{ quote: 'Approve the acceptance of £1.36m of grant.' }],
    });
    expect(html).toBe(
      `<p>Background.</p>\n<p>${anchor('sum-1')}Approve the acceptance of £1.36m of grant.</p>\n<p>Closing.</p>`,
    );
  });

  test('gives two sums in one paragraph sum-1 and sum-2 in frontmatter order', async () => {
    const html = await render('The grant is £1.201m. A further £0.500m comes from EMSOU.', {
      amounts: [{ quote: 'A further £0.500m comes from EMSOU.' }, { quote: 'The grant is £1.201m.' }],
    });
    const EMSOU = gloss('EMSOU', 'emsou', 'East Midlands Special Operations Unit');
    expect(html).toBe(`<p>${anchor('sum-1')}${anchor('sum-2')}The grant is £1.201m. A further £0.500m comes from ${EMSOU}.</p>`);
  });

  test('numbers sums by their place in the frontmatter across paragraphs', async () => {
    const html = await render('First £1m.\n\nSecond £2m.', {
      amounts: [{ quote: 'Second £2m.' }, { quote: 'First £1m.' }],
    });
    expect(html).toBe(`<p>${anchor('sum-2')}First £1m.</p>\n<p>${anchor('sum-1')}Second £2m.</p>`);
  });

  test('gives related decisions ref-N anchors', async () => {
    const html = await render('- PCD 726 piloted Operation Orochi.\n- PCD 785 expanded it.', {
      related: [{ quote: 'PCD 785 expanded it.' }, { quote: 'PCD 726 piloted Operation Orochi.' }],
    });
    expect(html).toBe(
      `<ul>\n<li>${anchor('ref-2')}${PCD} 726 piloted Operation Orochi.</li>\n<li>${anchor('ref-1')}PCD 785 expanded it.</li>\n</ul>`,
    );
  });

  test('anchors sums and related decisions in the same paragraph, sums first', async () => {
    const html = await render('PCD 785 accepted £0.500m.', {
      amounts: [{ quote: 'PCD 785 accepted £0.500m.' }],
      related: [{ quote: 'PCD 785 accepted' }],
    });
    expect(html).toBe(`<p>${anchor('sum-1')}${anchor('ref-1')}${PCD} 785 accepted £0.500m.</p>`);
  });

  test('puts the anchor in the innermost block, the paragraph inside a list item', async () => {
    const html = await render('- First point.\n\n- Approve £1.36m.\n', { amounts: [{ quote: 'Approve £1.36m.' }] });
    expect(html).toContain(`<li>\n<p>${anchor('sum-1')}Approve £1.36m.</p>\n</li>`);
  });

  test('puts the anchor in the paragraph inside a blockquote, not on the blockquote', async () => {
    const html = await render('> Approve £1.36m.', { amounts: [{ quote: 'Approve £1.36m.' }] });
    expect(html).toBe(`<blockquote>\n<p>${anchor('sum-1')}Approve £1.36m.</p>\n</blockquote>`);
  });

  test('puts the anchor on the first of two paragraphs with the same words', async () => {
    const html = await render('Approve £1.36m.\n\nApprove £1.36m.', { amounts: [{ quote: 'Approve £1.36m.' }] });
    expect(html).toBe(`<p>${anchor('sum-1')}Approve £1.36m.</p>\n<p>Approve £1.36m.</p>`);
  });

  test('puts the anchor in the table cell that holds the quote', async () => {
    const html = await render('| Item | Amount |\n| --- | --- |\n| £0.231m ROCTA | yes |', {
      amounts: [{ quote: '£0.231m ROCTA' }],
    });
    expect(html).toContain(`<td>${anchor('sum-1')}£0.231m ${ROCTA}</td>`);
  });

  test('finds a quote that the body breaks across lines or marks up', async () => {
    const html = await render('Approve the acceptance\nof <b>£1.36m</b> of grant.', {
      amounts: [{ quote: 'Approve the acceptance of £1.36m of grant.' }],
    });
    expect(html).toBe(`<p>${anchor('sum-1')}Approve the acceptance\nof <b>£1.36m</b> of grant.</p>`);
  });

  test('matches a quote with straight quotes against curly quotes and dashes in the body', async () => {
    const html = await render('The \u2018middle market\u2019 pilot \u2013 £2m.', {
      amounts: [{ quote: "The 'middle market' pilot - £2m." }],
    });
    expect(html).toBe(`<p>${anchor('sum-1')}The \u2018middle market\u2019 pilot \u2013 £2m.</p>`);
  });

  test('adds no anchors when the frontmatter has no sums or related decisions', async () => {
    expect(await render('Approve £1.36m.')).toBe('<p>Approve £1.36m.</p>');
  });

  describe('a quote that is not in the body', () => {
    test('makes render reject, naming the field amounts[0].quote', async () => {
      const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
      try {
        await expect(
          render('Approve the acceptance of £1.36m.', { amounts: [{ quote: 'Approve the acceptance of £1.63m.' }] }),
        ).rejects.toThrow(/amounts\[0\]\.quote: "Approve the acceptance of £1\.63m\."/);
      } finally {
        quiet.mockRestore();
      }
    });

    test('names every missing quote, sums and related decisions alike', async () => {
      const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
      try {
        const rendering = render('Approve £1.36m. PCD 785 expanded it.', {
          amounts: [{ quote: 'Approve £1.36m.' }, { quote: 'Approve £9m.' }],
          related: [{ quote: 'PCD 785 expanded it.' }, { quote: 'PCD 726 piloted it.' }],
        });
        await expect(rendering).rejects.toThrow(/these quotes are not in the body/);
        await expect(rendering).rejects.toThrow(/amounts\[1\]\.quote: "Approve £9m\."\n\s+related\[1\]\.quote: "PCD 726 piloted it\."/);
        await expect(rendering).rejects.not.toThrow(/amounts\[0\]|related\[0\]/);
      } finally {
        quiet.mockRestore();
      }
    });

    test('does not count a quote that only raw HTML the sanitiser removed contained', async () => {
      const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
      try {
        await expect(
          render('Visible text.\n\n<script>var grant = "£1.36m";</script>', { amounts: [{ quote: '£1.36m' }] }),
        ).rejects.toThrow(/amounts\[0\]\.quote/);
      } finally {
        quiet.mockRestore();
      }
    });
  });
});

describe('glossary links', () => {
  const MPS = gloss('MPS', 'mps', 'Metropolitan Police Service');
  const ANPR = gloss('ANPR', 'anpr', 'Automatic Number Plate Recognition');

  test('link the first mention of each abbreviation to its entry, relative to the decision page', async () => {
    expect(await render('The MPS asks for ANPR cameras.\n\nThe MPS will use ANPR.')).toBe(
      `<p>The ${MPS} asks for ${ANPR} cameras.</p>\n<p>The MPS will use ANPR.</p>`,
    );
  });

  test('link a plural with its own expansion, and count it as the abbreviation’s first mention', async () => {
    expect(await render('Two OCGs and one OCG.')).toBe(`<p>Two ${gloss('OCGs', 'ocg', 'Organised Crime Groups')} and one OCG.</p>`);
  });

  test('link the abbreviation of a possessive and leave the "’s" as it was', async () => {
    expect(await render('The MPS’s plans.')).toBe(`<p>The ${MPS}’s plans.</p>`);
  });

  test('leave lower case, longer words and references run together alone', async () => {
    expect(await render('mps, MPSX, ANPRs and PCD990.')).toBe('<p>mps, MPSX, ANPRs and PCD990.</p>');
  });

  test('do not link inside a link, and link the next mention instead', async () => {
    expect(await render('[the MPS report](https://example.org/) by the MPS.')).toBe(
      `<p><a href="https://example.org/">the MPS report</a> by the ${MPS}.</p>`,
    );
  });

  test('do not link inside headings or table header cells, and link the body’s first mention', async () => {
    const html = await render('## MPS Decision\n\n| MPS | ANPR |\n| --- | --- |\n| MPS | 1 |\n\nThe MPS and ANPR.');
    expect(html).toContain('<h2 id="mps-decision">MPS Decision</h2>');
    expect(html).toContain('<th scope="col">MPS</th>');
    expect(html).toContain(`<td>${MPS}</td>`);
    expect(html).toContain(`<p>The MPS and ${ANPR}.</p>`);
  });

  test('do not link inside an existing <abbr> or code', async () => {
    expect(await render('<abbr title="x">MPS</abbr>, `MPS` and the MPS.')).toBe(
      `<p><abbr title="x">MPS</abbr>, <code>MPS</code> and the ${MPS}.</p>`,
    );
  });

  test('change no word of a real decision: its text is the same with and without the glossary', async () => {
    const without = await createMarkdownProcessor({
      ...decisionMarkdownOptions,
      rehypePlugins: decisionMarkdownOptions.rehypePlugins.filter((plugin) => plugin !== rehypeGlossary),
    } as unknown as AstroMarkdownOptions);
    const file = parseFrontmatter(readFileSync(new URL('../../../content/decisions/ocs-grant-2023-2027.md', import.meta.url), 'utf8'));
    const linked = await render(file.content, file.frontmatter);
    const plain = (await without.render(file.content, { frontmatter: file.frontmatter })).code;
    expect(linked.match(/class="gloss"/g)?.length).toBeGreaterThan(20);
    expect(toText(fromHtml(linked, { fragment: true }))).toBe(toText(fromHtml(plain, { fragment: true })));
    expect(linked.replace(/<a class="gloss"[^>]*><abbr[^>]*>([^<]*)<\/abbr><\/a>/g, '$1')).toBe(plain);
  });

  test('are made only by the plugin: hostile markup is still sanitised and a fake glossary link loses its attributes', async () => {
    const html = await render(
      'A <a class="gloss" href="javascript:alert(1)" aria-label="fake">MPS</a> link, <b onclick="alert(1)">ANPR</b>, ' +
        '<abbr title="t" onmouseover="alert(1)">DMPC</abbr> <script>MOPAC()</script>.',
    );
    for (const text of ['javascript:', 'alert', 'onclick', 'onmouseover', '<script', 'fake', 'MOPAC']) expect(html).not.toContain(text);
    expect(html).toBe(`<p>A <a>MPS</a> link, <b>${ANPR}</b>, <abbr title="t">DMPC</abbr> .</p>`);
  });
});
