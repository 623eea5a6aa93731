import { findWrittenSums } from '../core/find-sums.ts';
import { parseQuery } from './query.ts';
import { termWeight, textTerms, type TextTerm } from './text-index.ts';
import { WORD } from './words.ts';

/**
 * Splits text into plain and highlighted parts from inclusive [start, end] ranges (fuse.js's form).
 * Overlapping and touching ranges are merged, so a phrase reads as one highlight.
 */
export function highlightRanges(text: string, ranges: readonly (readonly [number, number])[]): { text: string; highlight: boolean }[] {
  const merged: [number, number][] = [];
  for (const [start, end] of [...ranges].filter(([s, e]) => e >= s && s < text.length && e >= 0).sort((a, b) => a[0] - b[0])) {
    const s = Math.max(0, start);
    const e = Math.min(end, text.length - 1);
    if (s > e) continue;
    const last = merged[merged.length - 1];
    if (last && s <= last[1] + 1) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }
  const parts: { text: string; highlight: boolean }[] = [];
  let at = 0;
  for (const [start, end] of merged) {
    if (start > at) parts.push({ text: text.slice(at, start), highlight: false });
    parts.push({ text: text.slice(start, end + 1), highlight: true });
    at = end + 1;
  }
  if (at < text.length) parts.push({ text: text.slice(at), highlight: false });
  return parts;
}

/** Terms shorter than this are not highlighted: a single letter would light up half a sentence. */
const HIGHLIGHT_FROM = 2;

/**
 * Where the words a set of terms matches occur in a text, as inclusive ranges: a word matches a
 * term when it is the term or shares its stem, or starts with it for a term with `prefix`,
 * case-insensitively — the rule the full-text index applies (termWeight in text-index.ts).
 */
export function termRanges(text: string, terms: readonly TextTerm[]): [number, number][] {
  return weightedRanges(text, terms).map((match) => match.range);
}

/** The ranges termRanges gives, each with how much its word counts (termWeight's best over the terms). */
function weightedRanges(text: string, terms: readonly TextTerm[]): { range: [number, number]; weight: number }[] {
  const wanted = terms.filter((t) => t.word.length >= HIGHLIGHT_FROM);
  const matches: { range: [number, number]; weight: number }[] = [];
  if (wanted.length === 0) return matches;
  for (const m of text.matchAll(WORD)) {
    const word = m[0].toLowerCase();
    const weight = wanted.reduce((most, t) => Math.max(most, termWeight(t, word)), 0);
    if (weight > 0) matches.push({ range: [m.index, m.index + m[0].length - 1], weight });
  }
  return matches;
}

/** Where the words of a query occur in a text: for highlighting a summary that fuse.js did not search. */
export function wordRanges(text: string, query: string): [number, number][] {
  return termRanges(text, textTerms(query));
}

/** Where a text writes a sum ("£1.36m", "£1,360,000"), whole, for each sum it writes that is `pence`. */
export function sumRanges(text: string, pence: number): [number, number][] {
  return findWrittenSums(text)
    .filter((sum) => sum.pence === pence)
    .map((sum) => [sum.start, sum.start + sum.asWritten.length - 1]);
}

/**
 * What to highlight in a result's summary for a query: the sum it names, however the summary writes
 * it, for a query that is a sum ("1,360,000" marks "£1.36m"); otherwise the query's words.
 */
export function summaryRanges(summary: string, query: string): [number, number][] {
  const { amountPence } = parseQuery(query);
  return amountPence === null ? wordRanges(summary, query) : sumRanges(summary, amountPence);
}

/** A passage of a decision's text, with the inclusive ranges of the words to highlight in it. */
export interface Excerpt {
  text: string;
  ranges: [number, number][];
}

/**
 * A short passage of a decision's plain text around the first word a full-text query matched best
 * (the word as typed before another word of its stem or a longer word), with the ranges of every
 * matching word in it, for the results that matched in their text alone. Null if no word matches.
 */
export function excerptOf(text: string, terms: readonly TextTerm[], radius = 110): Excerpt | null {
  const flat = text.replace(/\s+/g, ' ').trim();
  let first: [number, number] | undefined;
  let best = 0;
  for (const match of weightedRanges(flat, terms)) {
    if (match.weight > best) [first, best] = [match.range, match.weight];
  }
  if (!first) return null;
  let start = Math.max(0, first[0] - radius);
  let end = Math.min(flat.length, first[1] + 1 + radius);
  // Cut at spaces, not inside words.
  if (start > 0) start = flat.indexOf(' ', start) + 1 || first[0];
  if (end < flat.length) end = Math.max(flat.lastIndexOf(' ', end), first[1] + 1);
  const passage = `${start > 0 ? '…' : ''}${flat.slice(start, end).trim()}${end < flat.length ? '…' : ''}`;
  return { text: passage, ranges: termRanges(passage, terms) };
}
