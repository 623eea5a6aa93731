/**
 * The parts of GitHub Flavored Markdown that decisions use: tables (the extracted funding tables)
 * and strikethrough. remark-gfm also turns on autolink literals, footnotes and task lists; the
 * extracted documents have none of them, and autolink literals alone cost about as much as the
 * rest of parsing together (measured: 6.2 ms against 2.9 ms per 14 KB decision), which an archive
 * of thousands of decisions pays on every build. A web address in a decision stays text, as it is
 * in the signed PDF.
 */
import type { Root } from 'mdast';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import type {} from 'remark-parse'; // its types declare the micromark and mdast extension lists on Data
import type { Processor } from 'unified';

export function remarkDecisionGfm(this: Processor<Root>): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmTable(), gfmStrikethrough({ singleTilde: false }));
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown(), gfmStrikethroughFromMarkdown());
}
