/**
 * What a decision page needs to know about its rendered body (the output of pipeline.ts): its
 * headings, for a contents list, and the printed paragraph number of each source anchor
 * (`#sum-1`, `#ref-1`), since a link to the sentence means nothing on paper.
 *
 * Paragraphs are numbered as the print stylesheet counts them (src/styles/global.css, "Paragraph
 * numbers"): in document order, every <p>, every <li> that holds no <p> of its own (a loose list
 * item's paragraphs count instead), and every table row <tr>. A browser test holds the two together.
 */
import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';

/** A heading of the body, with the id the pipeline gave it. */
export interface BodyHeading {
  id: string;
  text: string;
  /** 2 for <h2>, and so on. */
  level: number;
}

/** Where a source anchor stands on paper: a numbered paragraph, or else the heading that holds it. */
export type PrintedPlace = { paragraph: number } | { heading: string };

export interface BodyOutline {
  headings: BodyHeading[];
  /** Each source anchor's id ("sum-1") and its place. */
  places: Map<string, PrintedPlace>;
}

const HEADING = /^h([1-6])$/;

/** True for the elements the print stylesheet numbers. */
function isNumbered(node: Element): boolean {
  if (node.tagName === 'p' || node.tagName === 'tr') return true;
  return node.tagName === 'li' && !node.children.some((child) => child.type === 'element' && child.tagName === 'p');
}

/** A heading's words, without the footnote markers (<sup>) the documents put on some. */
function headingText(node: Element): string {
  const withoutNotes: Element = { ...node, children: node.children.filter((c) => !(c.type === 'element' && c.tagName === 'sup')) };
  return toText(withoutNotes).replace(/\s+/g, ' ').trim();
}

/** Reads the headings and the printed places of the source anchors of a rendered decision body. */
export function bodyOutline(html: string): BodyOutline {
  const tree: Root = fromHtml(html, { fragment: true });
  const headings: BodyHeading[] = [];
  const places = new Map<string, PrintedPlace>();
  let count = 0;
  /** Anchors whose block has no number yet: they take the next number given inside that block. */
  let waiting: { block: Element; ids: string[] }[] = [];

  const walk = (nodes: readonly ElementContent[], ancestors: { node: Element; number: number | null }[]) => {
    for (const node of nodes) {
      if (node.type !== 'element') continue;
      let number: number | null = null;
      if (isNumbered(node)) {
        count += 1;
        number = count;
        for (const entry of waiting) if (ancestors.some((a) => a.node === entry.block)) for (const id of entry.ids) places.set(id, { paragraph: number });
        waiting = waiting.filter((entry) => !ancestors.some((a) => a.node === entry.block));
      }
      const level = HEADING.exec(node.tagName)?.[1];
      if (level !== undefined && typeof node.properties['id'] === 'string') {
        headings.push({ id: node.properties['id'], text: headingText(node), level: Number(level) });
      }
      const classes = node.properties['className'];
      const id = node.properties['id'];
      if (node.tagName === 'span' && Array.isArray(classes) && classes.includes('source-anchor') && typeof id === 'string') {
        const numbered = [...ancestors].reverse().find((a) => a.number !== null);
        const parent = ancestors.at(-1);
        const heading = [...ancestors].reverse().find((a) => HEADING.test(a.node.tagName));
        if (numbered?.number != null) places.set(id, { paragraph: numbered.number });
        else if (heading) places.set(id, { heading: headingText(heading.node) });
        else if (parent) waiting.push({ block: parent.node, ids: [id] });
      }
      walk(node.children, [...ancestors, { node, number }]);
    }
  };
  walk(tree.children as ElementContent[], []);
  return { headings, places };
}

/** One entry of a contents list, with the headings one level below it. */
export interface ContentsEntry {
  id: string;
  text: string;
  children: { id: string; text: string }[];
}

/**
 * The body's headings as a contents list of two levels (the body's top heading level and the one
 * below; deeper headings are left out), or null for a body with fewer than `minimum` headings,
 * which is short enough to read without one.
 */
export function bodyContents(headings: readonly BodyHeading[], minimum: number): ContentsEntry[] | null {
  if (headings.length < minimum) return null;
  const top = Math.min(...headings.map((h) => h.level));
  const entries: ContentsEntry[] = [];
  for (const heading of headings) {
    if (heading.level === top) entries.push({ id: heading.id, text: heading.text, children: [] });
    else if (heading.level === top + 1) {
      const parent = entries.at(-1);
      if (parent) parent.children.push({ id: heading.id, text: heading.text });
      else entries.push({ id: heading.id, text: heading.text, children: [] });
    }
  }
  return entries;
}

/** How a printout names a place: "paragraph 12" or "the heading “Recommendations”". */
export function printedPlaceInWords(place: PrintedPlace): string {
  return 'paragraph' in place ? `paragraph ${place.paragraph}` : `the heading “${place.heading}”`;
}

/** A body with fewer headings than this fits on a few screens and needs no contents list. */
export const CONTENTS_MIN_HEADINGS = 5;
