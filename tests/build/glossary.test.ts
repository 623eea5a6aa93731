/**
 * The glossary in the built site: /glossary/ lists every entry under its own id with the decisions
 * that use it; every glossary link on a decision page reaches an existing entry, at the domain root
 * and under a sub-path, names the abbreviation it wraps and says what it stands for; and the text of
 * each decision is exactly what the pipeline renders without the glossary.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { createMarkdownProcessor, type AstroMarkdownOptions, type MarkdownRenderer } from '@astrojs/markdown-remark';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import type { Element, Root } from 'hast';
import { GLOSSARY, UNEXPLAINED_ABBREVIATIONS } from '../../src/lib/markdown/glossary.ts';
import { decisionMarkdownOptions } from '../../src/lib/markdown/pipeline.ts';
import { rehypeGlossary } from '../../src/lib/markdown/rehype-glossary.ts';
import { foldForComparison } from '../../src/lib/core/text.ts';
import { contentFiles, DIST, readHtml, SUBPATH_BASE, SUBPATH_DIST } from '../helpers/site.ts';

// The glossary links abbreviations in a published text; register and citation records have none.
const decisions = contentFiles().filter((d) => d.data.evidence === 'full-text');
const entriesById = new Map(GLOSSARY.map((entry) => [entry.id, entry]));

const text = (node: Element | Root | undefined) => (node ? toText(node).replace(/\s+/g, ' ').trim() : '');
const attribute = (node: Element, name: string) => String(node.properties[name] ?? '');

describe.each([
  ['domain root', DIST, '/'],
  ['sub-path', SUBPATH_DIST, SUBPATH_BASE],
])('the glossary of the %s build', (_, dir, base) => {
  let glossary: Root;
  beforeAll(() => {
    glossary = readHtml(dir, 'glossary/index.html').tree;
  });

  test('lists every entry under its id, with what it stands for and its explanation', () => {
    for (const entry of GLOSSARY) {
      const item = select(`dl.glossary > div[id="${entry.id}"]`, glossary);
      expect(item, entry.term).toBeDefined();
      expect(text(select('dt', item!))).toBe(entry.term);
      const description = text(select('dd', item!));
      expect(description).toContain(entry.expansion);
      expect(description).toContain(entry.explanation);
    }
  });

  test('lists the unexplained abbreviations apart, and nothing else', () => {
    for (const abbreviation of UNEXPLAINED_ABBREVIATIONS) {
      const item = select(`dl.glossary > div[id="${abbreviation.id}"]`, glossary);
      expect(text(select('dt', item!)), abbreviation.term).toBe(abbreviation.term);
    }
    expect(selectAll('dl.glossary > div', glossary)).toHaveLength(GLOSSARY.length + UNEXPLAINED_ABBREVIATIONS.length);
  });

  test('jumps by letter to entries that exist', () => {
    const jumps = selectAll('.glossary-az a', glossary).map((a) => attribute(a, 'href'));
    expect(jumps.length).toBeGreaterThan(10);
    for (const href of jumps) expect(select(`[id="${href.slice(1)}"]`, glossary), href).toBeDefined();
  });

  test('links each entry to decision pages that exist, inside the base path', () => {
    const links = selectAll('.glossary__used a', glossary).map((a) => attribute(a, 'href'));
    expect(links.length).toBeGreaterThan(GLOSSARY.length);
    for (const href of links) {
      expect(href.startsWith(`${base}decisions/`), href).toBe(true);
      expect(existsSync(path.join(dir, href.slice(base.length), 'index.html')), href).toBe(true);
    }
  });

  describe.each(decisions.map((d) => [d.id] as const))('decisions/%s/', (id) => {
    let page: Root;
    let links: Element[];
    beforeAll(() => {
      page = readHtml(dir, `decisions/${id}/index.html`).tree;
      links = selectAll('a.gloss', page);
    });

    test('has glossary links, all in the published text', () => {
      expect(links.length).toBeGreaterThan(5);
      expect(selectAll('.prose a.gloss', page)).toHaveLength(links.length);
    });

    test('links each abbreviation once, to its existing entry on the glossary page', () => {
      const pageUrl = new URL(`${base}decisions/${id}/`, 'http://site.example');
      const targets = links.map((link) => {
        const url = new URL(attribute(link, 'href'), pageUrl);
        expect(url.pathname).toBe(`${base}glossary/`);
        return url.hash.slice(1);
      });
      expect(new Set(targets).size).toBe(targets.length);
      for (const target of targets) {
        expect(entriesById.has(target), target).toBe(true);
        expect(select(`dl.glossary > div[id="${target}"]`, glossary), target).toBeDefined();
      }
    });

    test('says in each link’s name what the abbreviation stands for, starting with the abbreviation', () => {
      for (const link of links) {
        const shown = text(link);
        const entry = entriesById.get(attribute(link, 'href').split('#')[1] ?? '')!;
        const expansion = shown === entry.term ? entry.expansion : entry.variants?.[shown];
        expect(expansion, shown).toBeDefined();
        expect(attribute(select('abbr', link)!, 'title')).toBe(expansion);
        expect(attribute(link, 'ariaLabel')).toBe(`${shown}, ${expansion}: glossary`);
      }
    });

    test('puts no glossary link in a heading, a header cell or another link', () => {
      expect(selectAll(':is(h1, h2, h3, h4, h5, h6, th, a) a.gloss', page)).toEqual([]);
    });

    test('is listed under each abbreviation it links, on the glossary page', () => {
      for (const link of links) {
        const target = attribute(link, 'href').split('#')[1];
        const uses = selectAll(`div[id="${target}"] .glossary__used a`, glossary).map((a) => attribute(a, 'href'));
        expect(uses, target).toContain(`${base}decisions/${id}/`);
      }
    });
  });
});

describe('the published text of each decision page', () => {
  let withoutGlossary: MarkdownRenderer;
  beforeAll(async () => {
    withoutGlossary = await createMarkdownProcessor({
      ...decisionMarkdownOptions,
      rehypePlugins: decisionMarkdownOptions.rehypePlugins.filter((plugin) => plugin !== rehypeGlossary),
    } as unknown as AstroMarkdownOptions);
  });

  test.each(decisions.map((d) => [d.id, d] as const))('%s reads exactly as its Markdown does without the glossary', async (id, decision) => {
    const prose = select('.prose', readHtml(DIST, `decisions/${id}/index.html`).tree);
    const plain = (await withoutGlossary.render(decision.body, { frontmatter: decision.data as unknown as Record<string, unknown> })).code;
    expect(foldForComparison(toText(prose!))).toBe(foldForComparison(toText(fromHtml(plain, { fragment: true }))));
  });
});
