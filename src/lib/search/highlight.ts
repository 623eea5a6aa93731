/** Splits text into plain and highlighted parts from inclusive [start, end] ranges (fuse.js's form). */
export function highlightRanges(text: string, ranges: readonly (readonly [number, number])[]): { text: string; highlight: boolean }[] {
  const sorted = [...ranges].filter(([s, e]) => e >= s && s < text.length).sort((a, b) => a[0] - b[0]);
  const parts: { text: string; highlight: boolean }[] = [];
  let at = 0;
  for (const [start, end] of sorted) {
    const s = Math.max(start, at);
    const e = Math.min(end, text.length - 1);
    if (s > e) continue;
    if (s > at) parts.push({ text: text.slice(at, s), highlight: false });
    parts.push({ text: text.slice(s, e + 1), highlight: true });
    at = e + 1;
  }
  if (at < text.length) parts.push({ text: text.slice(at), highlight: false });
  return parts;
}
