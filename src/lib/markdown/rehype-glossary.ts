/**
 * A rehype plugin that explains abbreviations where a reader first meets them: the first mention
 * of each glossary abbreviation in a decision's text becomes
 *
 *   <a class="gloss" href="../../glossary/#anpr" aria-label="ANPR, Automatic Number Plate Recognition: glossary"><abbr title="Automatic Number Plate Recognition">ANPR</abbr></a>
 *
 * Why this markup and no pop-up:
 * - The document's words are unchanged. The expansion lives only in attributes, so the page text,
 *   the full-text search index and the tests that compare every paragraph with the source see
 *   exactly the published wording; nothing is inserted in brackets.
 * - Screen readers and speech input get the meaning from the link's accessible name, which starts
 *   with the visible abbreviation (WCAG 2.5.3 Label in Name: "click ANPR" works) and goes on to
 *   say what it stands for. A `title` alone is not reliably read and never shown on touch.
 * - On a touch screen a tap follows the link to the glossary entry, where the expansion and a
 *   plain-English explanation are ordinary text. The same holds for keyboard users (Enter).
 * - Mouse users also get the browser's own tooltip from `<abbr title>`. That tooltip is drawn by
 *   the browser, so WCAG 1.4.13 (content on hover or focus) does not apply to it. A CSS pop-up on
 *   :hover/:focus-visible would fall under 1.4.13, and it could not be dismissed with Esc without
 *   JavaScript, which decision pages do not send; so there is none.
 *
 * Where it does not link: headings (a link would change the heading's accessible name and crowd
 * the page outline), table header cells (every cell under them would be announced with the
 * expansion), links (links cannot nest), existing `<abbr>`, and code. A mention there does not
 * count as the first; the first mention in running text or a table cell is linked.
 *
 * The href is relative on purpose: decision pages live at {base}decisions/<id>/, so
 * `../../glossary/` reaches {base}glossary/ under any base path, and the pipeline, created once in
 * astro.config.mjs, needs no configuration. A page that showed these bodies at another depth (a
 * feed, say) would have to rewrite the links.
 *
 * It runs after rehype-sanitize, which would strip the class and aria-label; it only ever creates
 * elements from the glossary's own data, never from the document's markup.
 */
import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import { fromDecisionPage } from '../core/routes.ts';
import { glossaryLinkLabel, takeFirstMentions, type TermMatch } from './glossary.ts';

/** Elements whose text is never linked: see the module comment. */
const NOT_INSIDE = new Set([
  'a', 'abbr', 'code', 'pre', 'kbd', 'samp', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'th', 'caption',
  'script', 'style', 'button', 'label', 'summary', 'template',
]);

/** From a decision page ({base}decisions/<id>/) to the glossary ({base}glossary/). */
export const GLOSSARY_FROM_DECISION = fromDecisionPage('/glossary/');

/** The address of a glossary entry, relative to a decision page. */
export function glossaryHref(id: string): string {
  return `${GLOSSARY_FROM_DECISION}#${id}`;
}

function glossaryLink(match: TermMatch): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: { className: ['gloss'], href: glossaryHref(match.entry.id), ariaLabel: glossaryLinkLabel(match) },
    children: [
      { type: 'element', tagName: 'abbr', properties: { title: match.expansion }, children: [{ type: 'text', value: match.term }] },
    ],
  };
}

/** The text node cut around its matches, each match replaced by its link. */
function splitAround(text: Text, matches: readonly TermMatch[]): ElementContent[] {
  const parts: ElementContent[] = [];
  let at = 0;
  for (const match of matches) {
    if (match.start > at) parts.push({ type: 'text', value: text.value.slice(at, match.start) });
    parts.push(glossaryLink(match));
    at = match.end;
  }
  if (at < text.value.length) parts.push({ type: 'text', value: text.value.slice(at) });
  return parts;
}

export function rehypeGlossary() {
  return (tree: Root) => {
    const seen = new Set<string>();
    // Depth-first in document order, so "first" means first in reading order.
    const walk = (parent: Root | Element) => {
      const children: (RootContent | ElementContent)[] = [];
      for (const child of parent.children) {
        if (child.type === 'text') {
          const matches = takeFirstMentions(child.value, seen);
          children.push(...(matches.length > 0 ? splitAround(child, matches) : [child]));
          continue;
        }
        if (child.type === 'element' && !NOT_INSIDE.has(child.tagName)) walk(child);
        children.push(child);
      }
      parent.children = children as ElementContent[];
    };
    walk(tree);
  };
}
