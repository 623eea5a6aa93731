/**
 * The sanitiser against every way the documents' raw HTML could carry a script: each element the
 * schema allows, with each event-handler attribute HTML defines (from property-information, the
 * table hast itself uses) and a javascript: address, and any attribute whose name starts with "on".
 */
import type { MarkdownRenderer } from '@astrojs/markdown-remark';
import fc from 'fast-check';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { html as htmlSchema } from 'property-information';
import { visit } from 'unist-util-visit';
import { beforeAll, describe, expect, test } from 'vitest';
import { createDecisionRenderer } from '../../../src/lib/markdown/pipeline.ts';
import { decisionSanitizeSchema } from '../../../src/lib/markdown/sanitize-schema.ts';

let processor: MarkdownRenderer;

beforeAll(async () => {
  processor = await createDecisionRenderer();
});

const ALLOWED = decisionSanitizeSchema.tagNames ?? [];
const EVENT_HANDLERS = [...new Set(Object.values(htmlSchema.property).map((info) => info.attribute))].filter((name) => /^on/.test(name)).sort();
const VOID = new Set(['br', 'hr']);
const TABLE_PARTS = new Set(['table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th']);
const INLINE = new Set(['a', 'abbr', 'b', 'br', 'code', 'del', 'em', 'i', 'ins', 'q', 's', 'strong', 'sub', 'sup', 'u']);

/** Markdown holding one `tag` with `attributes`, in a place where the schema allows that tag. */
function markdownWith(tag: string, attributes: string): string {
  const open = `<${tag} ${attributes}>`;
  const element = VOID.has(tag) ? open : `${open}words</${tag}>`;
  if (tag === 'li') return `<ul>\n${element}\n</ul>`;
  if (TABLE_PARTS.has(tag)) {
    const cell = tag === 'td' || tag === 'th' ? element : '<td>words</td>';
    const row = tag === 'tr' ? `<tr ${attributes}>${cell}</tr>` : `<tr>${cell}</tr>`;
    const section = ['thead', 'tbody', 'tfoot'].includes(tag) ? `<${tag} ${attributes}>${row}</${tag}>` : `<tbody>${row}</tbody>`;
    return tag === 'table' ? `<table ${attributes}>${section}</table>` : `<table>${section}</table>`;
  }
  return INLINE.has(tag) ? `Before ${element} after.` : `Before.\n\n${element}\n\nAfter.`;
}

/** Every attribute name on every element of the rendered HTML, lower-cased as HTML reads them. */
function attributeNames(rendered: string): { tag: string; names: string[]; href: string | null }[] {
  const tree: Root = fromHtml(rendered, { fragment: true });
  const found: { tag: string; names: string[]; href: string | null }[] = [];
  visit(tree, 'element', (node: Element) => {
    const names = Object.keys(node.properties).map((key) => (htmlSchema.property[key]?.attribute ?? key).toLowerCase());
    found.push({ tag: node.tagName, names, href: typeof node.properties['href'] === 'string' ? node.properties['href'] : null });
  });
  return found;
}

async function render(markdown: string): Promise<string> {
  return (await processor.render(markdown, { frontmatter: {} })).code;
}

describe('the sanitiser', () => {
  test('knows the event handlers HTML defines', () => {
    expect(EVENT_HANDLERS).toEqual(expect.arrayContaining(['onclick', 'onerror', 'onload', 'onmouseover', 'onfocus', 'onsubmit']));
    expect(EVENT_HANDLERS.length).toBeGreaterThan(60);
  });

  test.each(ALLOWED.map((tag) => [tag]))('removes every event handler and any javascript: address from <%s>, and keeps it', async (tag) => {
    const attributes = [...EVENT_HANDLERS.map((name) => `${name}="alert(1)"`), 'href="javascript:alert(2)"', 'src="javascript:alert(3)"'].join(' ');
    const rendered = await render(markdownWith(tag, attributes));
    const elements = attributeNames(rendered);
    expect(elements.map((e) => e.tag)).toContain(tag);
    for (const element of elements) {
      expect(element.names.filter((name) => name.startsWith('on')), `<${element.tag}> in ${rendered}`).toEqual([]);
      expect(element.href ?? '').not.toMatch(/javascript:/i);
    }
    expect(rendered).not.toMatch(/alert\(|javascript:/i);
  });

  test.each(['onError', 'ONCLICK', 'OnMouseOver'])('removes %s whatever its case', async (name) => {
    const rendered = await render(`A <b ${name}="alert(1)">bold</b> and <p ${name}="alert(1)">a paragraph</p>.`);
    expect(rendered).not.toMatch(/ on[a-z]+=|alert/i);
  });

  test('property: no attribute whose name starts with "on" survives, on any allowed element', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...ALLOWED),
        fc.stringMatching(/^[a-zA-Z][a-zA-Z0-9-]{0,12}$/),
        fc.string({ maxLength: 20 }).filter((value) => !value.includes('"')),
        async (tag, rest, value) => {
          const name = `on${rest}`;
          const elements = attributeNames(await render(markdownWith(tag, `${name}="${value}"`)));
          for (const element of elements) expect(element.names).not.toContain(name.toLowerCase());
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('the sanitiser: what it keeps and what it drops whole', () => {
  // Each element whose content would run or draw something goes with everything inside it; an
  // element that is merely not allowed (a <span>) is unwrapped and its words kept.
  // <embed> is left out: a void element has nothing inside it to drop.
  const holding = (decisionSanitizeSchema.strip ?? []).filter((tag) => tag !== 'embed');
  test('the list of elements dropped whole is the one this test reads', () => {
    expect(holding).toEqual(['script', 'style', 'template', 'iframe', 'object', 'noscript', 'svg', 'math']);
  });

  test.each(holding)('drops <%s> with everything inside it', async (tag) => {
    const rendered = await render(`Before.\n\n<div><${tag}>hidden words</${tag}></div>\n\nAfter.`);
    expect(rendered).not.toContain('hidden');
    expect(rendered).toContain('Before.');
    expect(rendered).toContain('After.');
  });

  test('unwraps an element it does not allow, keeping its words', async () => {
    expect(await render('A <span class="x">kept</span> word.')).toBe('<p>A kept word.</p>');
  });

  test('keeps a link’s title, a list’s start number and a cell’s alignment', async () => {
    expect(await render('[the register](https://example.org/r "MOPAC decisions")')).toContain(
      '<a href="https://example.org/r" title="MOPAC decisions">the register</a>',
    );
    expect(await render('3. third\n4. fourth')).toContain('<ol start="3">');
    expect(await render('| a | b |\n| :-- | --: |\n| 1 | 2 |')).toMatch(/<th align="left" scope="col">a<\/th>\s*<th align="right" scope="col">b<\/th>[^]*<td align="left">1<\/td>\s*<td align="right">2<\/td>/);
  });

  test.each([
    ['https://example.org/a', true],
    ['http://example.org/a', true],
    ['mailto:someone@example.org', true],
    ['ftp://example.org/a', false],
    ['data:text/html,hello', false],
  ])('a link to %s keeps its address: %s', async (href, kept) => {
    const rendered = await render(`<a href="${href}">link</a>`);
    if (kept) expect(rendered).toContain(`href="${href}"`);
    else expect(rendered).not.toContain('href=');
  });

  test('keeps no id or name, so a document cannot take over a name the page uses', async () => {
    const rendered = await render('<p id="main" name="search">Words</p>');
    expect(rendered).toBe('<p>Words</p>');
  });

  test('drops a list item that is in no list, keeping its words', async () => {
    expect(await render('<p>Before <li>loose</li> after</p>')).toBe('<p>Before </p>loose after<p></p>');
  });
});
