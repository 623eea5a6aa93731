/** Text normalisation shared by the schema, the Markdown plugins, the search index and the tests. */
import { decodeHTML } from 'entities';

/** Collapses runs of whitespace to single spaces and trims. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Folds text for "does this sentence appear there" comparisons: whitespace collapsed, curly quotes
 * and dashes made plain, so a quote matches however the renderer typeset it.
 */
export function foldForComparison(text: string): string {
  return collapseWhitespace(
    text
      .replace(/[\u2018\u2019\u2032]/g, "'")
      .replace(/[\u201C\u201D]/g, '"')
      .replace(/[\u2013\u2014]/g, '-')
      .replace(/\u00A0/g, ' '),
  );
}

/**
 * The words of an HTML fragment, for matching words in it (not for showing): tags, with their
 * attributes, and character references become spaces. Cheap enough to run over every decision.
 */
export function htmlWords(html: string): string {
  return html.replace(/<[^>]*>/g, ' ').replace(/&(?:#\d+|#x[0-9a-f]+|[a-z]+\d*);/gi, ' ');
}

/** Inline elements, which run on with the text around them ("(<abbr>ANPR</abbr>)" reads "(ANPR)"). */
const INLINE_TAG = /<\/?(?:a|abbr|b|i|em|strong|u|span|code|del|s|small|mark|q|cite|time)\b[^>]*>/gi;

/**
 * The text of an HTML fragment as a reader sees it, on one line: inline tags vanish, other tags
 * (paragraphs, cells, a footnote mark's <sup>) become spaces, and character references become their
 * characters ("&#8217;" is "’"). For the full-text index and its excerpts.
 */
export function htmlText(html: string): string {
  return collapseWhitespace(decodeHTML(html.replace(INLINE_TAG, '').replace(/<[^>]*>/g, ' ')));
}
