/**
 * The Markdown pipeline of decision bodies, shared by astro.config.mjs and the unit tests so that
 * the tests exercise exactly what the build runs: remark (GFM tables and strikethrough, no smart punctuation, so the
 * published wording is kept exactly), raw HTML parsed and sanitised, figures anchored, tables made
 * scrollable regions, the first mention of each abbreviation linked to the glossary.
 */
import { createMarkdownProcessor, type AstroMarkdownOptions, type MarkdownRenderer } from '@astrojs/markdown-remark';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import { decisionSanitizeSchema } from './sanitize-schema.ts';
import { rehypeSourceAnchors } from './rehype-source-anchors.ts';
import { rehypeTableRegions } from './rehype-table-regions.ts';
import { rehypeGlossary } from './rehype-glossary.ts';
import { remarkDecisionGfm } from './remark-decision-gfm.ts';

export const decisionMarkdownOptions = {
  // Tables and strikethrough only (see remark-decision-gfm.ts): full GFM's autolink literals doubled parsing time.
  gfm: false,
  smartypants: false,
  remarkPlugins: [remarkDecisionGfm],
  rehypePlugins: [
    // Astro parses raw HTML only at the very end; parse it first so the sanitiser sees real elements.
    rehypeRaw,
    [rehypeSanitize, decisionSanitizeSchema],
    rehypeSourceAnchors,
    rehypeTableRegions,
    // After the sanitiser, which would strip its class and aria-label; it builds its markup from the glossary only.
    rehypeGlossary,
  ],
} as const;

/**
 * A renderer of decision bodies with exactly these options: the content loader (in worker threads
 * or in process) and the unit tests all render through it.
 */
export function createDecisionRenderer(): Promise<MarkdownRenderer> {
  // The options are a readonly literal; the processor copies and never mutates them.
  return createMarkdownProcessor({ ...(decisionMarkdownOptions as unknown as AstroMarkdownOptions), syntaxHighlight: false });
}
