/**
 * A rehype plugin that makes every figure traceable: for each sum and each related decision in a
 * decision's frontmatter it finds the paragraph, list item or table cell of the body that holds
 * its quoted sentence and puts an anchor there (`#sum-1`, `#ref-1`, in frontmatter order), so any
 * page can link to the sentence. A quote that is not in the body fails the build, naming the
 * file and the field.
 */
import type { Element, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { relatedAnchorId, sumAnchorId } from '../core/anchors.ts';
import { foldForComparison } from '../core/text.ts';

const BLOCKS = new Set(['p', 'li', 'td', 'th', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote']);

interface AstroData {
  astro?: { frontmatter?: Record<string, unknown> };
}

function quotesOf(list: unknown): string[] {
  if (!Array.isArray(list)) return [];
  return list.map((item: { quote?: unknown } | null) => (typeof item?.quote === 'string' ? item.quote : ''));
}

/** True when `inner` is `outer` or lies anywhere inside it. */
function contains(outer: Element, inner: Element): boolean {
  return outer === inner || outer.children.some((child) => child.type === 'element' && contains(child, inner));
}

/**
 * The smallest block whose text contains `quote`; blocks nest (li > p), so the innermost wins,
 * also when both have the same text once whitespace is folded, as a loose list item and its paragraph do.
 */
function findBlock(blocks: { node: Element; text: string }[], quote: string): Element | undefined {
  const wanted = foldForComparison(quote);
  let best: { node: Element; text: string } | undefined;
  for (const block of blocks) {
    if (!block.text.includes(wanted)) continue;
    const shorter = !best || block.text.length < best.text.length;
    const inside = best !== undefined && block.text.length === best.text.length && contains(best.node, block.node);
    if (shorter || inside) best = block;
  }
  return best?.node;
}

export function rehypeSourceAnchors() {
  return (tree: Root, file: VFile) => {
    const frontmatter = (file.data as AstroData).astro?.frontmatter;
    if (!frontmatter) return;
    const blocks: { node: Element; text: string }[] = [];
    visit(tree, 'element', (node: Element) => {
      if (BLOCKS.has(node.tagName)) blocks.push({ node, text: foldForComparison(toText(node)) });
    });
    const missing: string[] = [];
    const placements: { block: Element; id: string }[] = [];
    const place = (field: string, idFor: (index: number) => string) => {
      quotesOf(frontmatter[field]).forEach((quote, index) => {
        const block = quote ? findBlock(blocks, quote) : undefined;
        if (block) placements.push({ block, id: idFor(index) });
        else missing.push(`${field}[${index}].quote: "${quote}"`);
      });
    };
    place('amounts', sumAnchorId);
    place('related', relatedAnchorId);
    if (missing.length > 0) {
      throw new Error(
        `${file.path ?? 'decision'}: these quotes are not in the body, so their figures cannot be traced:\n  ${missing.join('\n  ')}`,
      );
    }
    // Insert in reverse so that several anchors in one block keep frontmatter order.
    for (const { block, id } of placements.reverse()) {
      block.children.unshift({
        type: 'element',
        tagName: 'span',
        properties: { id, className: ['source-anchor'] },
        children: [],
      });
    }
  };
}
