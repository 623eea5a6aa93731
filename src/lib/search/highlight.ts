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

/**
 * Where the words of a query occur in a text, case-insensitively, as inclusive ranges: for
 * highlighting a summary that fuse.js did not search. Words shorter than two letters are ignored.
 */
export function wordRanges(text: string, query: string): [number, number][] {
  const lower = text.toLowerCase();
  const ranges: [number, number][] = [];
  for (const word of new Set(query.toLowerCase().split(/\s+/).filter((w) => w.length >= 2))) {
    for (let at = lower.indexOf(word); at !== -1; at = lower.indexOf(word, at + word.length)) ranges.push([at, at + word.length - 1]);
  }
  return ranges;
}


/**
 * A short passage of a decision's plain text around the first word a full-text query matched, with
 * the ranges of every matching word in it, for the results that matched in their text alone. A term
 * with `prefix` also matches words it starts ("exploit" in "exploitation"). Null if no word matches.
 */
export function excerptOf(
  text: string,
  terms: readonly { word: string; prefix: boolean }[],
  radius = 110,
): { text: string; ranges: [number, number][] } | null {
  const flat = text.replace(/\s+/g, ' ').trim();
  const matches = (token: string) => {
    const lower = token.toLowerCase();
    return terms.some((t) => lower === t.word || (t.prefix && lower.startsWith(t.word)));
  };
  const tokens = [...flat.matchAll(WORD)];
  const first = tokens.find((m) => matches(m[0]));
  if (!first) return null;
  let start = Math.max(0, first.index - radius);
  let end = Math.min(flat.length, first.index + first[0].length + radius);
  // Cut at spaces, not inside words.
  if (start > 0) start = flat.indexOf(' ', start) + 1 || first.index;
  if (end < flat.length) end = Math.max(flat.lastIndexOf(' ', end), first.index + first[0].length);
  const lead = start > 0 ? '…' : '';
  const passage = `${lead}${flat.slice(start, end).trim()}${end < flat.length ? '…' : ''}`;
  const shift = lead.length - start - (flat.slice(start, end).length - flat.slice(start, end).trimStart().length);
  const ranges = tokens
    .filter((m) => m.index >= start && m.index + m[0].length <= end && matches(m[0]))
    .map((m): [number, number] => [m.index + shift, m.index + shift + m[0].length - 1]);
  return { text: passage, ranges };
}
