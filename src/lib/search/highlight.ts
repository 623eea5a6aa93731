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
