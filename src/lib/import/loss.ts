/**
 * The loss report: which words of the source are missing from the Markdown written. Both texts are
 * reduced to streams of words (lowercase letters and digits; markup, tags, escapes and punctuation
 * ignored) and compared in order, so a dropped repeat of a sentence is caught too. A run of words
 * that only moved (a footnote put after the sentence it interrupted) is not a loss.
 */
import { LEADING_MARKERS } from './blocks.ts';

/** One word of a text, normalised for comparison, with where it stands. */
export interface Word {
  /** Lowercase letters and digits. */
  word: string;
  /** As written, for the report. */
  original: string;
  /** 1-based line of the text it comes from. */
  line: number;
}

/** A run of consecutive source words missing from the output. */
export interface LostRun {
  /** The words as written in the source, joined by single spaces. */
  text: string;
  /** The same words, normalised. */
  words: string[];
  /** 1-based source line of the first word. */
  line: number;
}

const KEPT_TAG = /<\/?(?:sup|b|u)>/gi;
const KEPT_TAG_AT = /<\/?(?:sup|b|u)>/iy;
const MARKERS_AT = new RegExp(LEADING_MARKERS.source.replace(/^\^/, ''), 'y');
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const wordCharCache = new Map<number, boolean>();

function isWordChar(codePoint: number): boolean {
  if (codePoint < 128) return (codePoint >= 48 && codePoint <= 57) || (codePoint >= 65 && codePoint <= 90) || (codePoint >= 97 && codePoint <= 122);
  let known = wordCharCache.get(codePoint);
  if (known === undefined) {
    known = LETTER_OR_DIGIT.test(String.fromCodePoint(codePoint));
    wordCharCache.set(codePoint, known);
  }
  return known;
}

/**
 * Calls `onWord` with the start and end (character offsets), 1-based line and key of each word of
 * `text`, in one pass: lines end at every break splitLines knows, a kept tag inside a word
 * ("31<sup>st</sup>") does not split it, and in a `source` text the bullet markers at the start of
 * a line are skipped, with the Markdown writer's own pattern (in "o <sup>" the "o" is a bullet,
 * though nothing but a tag follows it).
 */
function scanWords(text: string, source: boolean, onWord: (start: number, end: number, line: number, tagged: boolean) => void): void {
  let line = 1;
  let i = 0;
  let atLineStart = true;
  let wordStart = -1;
  let tagged = false;
  const n = text.length;
  const endWord = (end: number) => {
    if (wordStart < 0) return;
    onWord(wordStart, end, line, tagged);
    wordStart = -1;
  };
  while (i < n) {
    if (atLineStart) {
      atLineStart = false;
      if (source) {
        MARKERS_AT.lastIndex = i;
        if (MARKERS_AT.test(text)) i = MARKERS_AT.lastIndex;
        if (i >= n) break;
      }
    }
    const code = text.charCodeAt(i);
    if (code === 10 || code === 13 || code === 12 || code === 11 || code === 0x2028 || code === 0x2029) {
      endWord(i);
      i += code === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
      line += 1;
      atLineStart = true;
      continue;
    }
    if (code === 60) {
      KEPT_TAG_AT.lastIndex = i;
      if (KEPT_TAG_AT.test(text)) {
        if (wordStart >= 0) tagged = true;
        i = KEPT_TAG_AT.lastIndex;
        continue;
      }
    }
    const codePoint = code >= 0xd800 && code <= 0xdbff ? (text.codePointAt(i) ?? code) : code;
    const width = codePoint > 0xffff ? 2 : 1;
    if (isWordChar(codePoint)) {
      if (wordStart < 0) {
        wordStart = i;
        tagged = false;
      }
    } else endWord(i);
    i += width;
  }
  endWord(n);
}

/**
 * Reduces a text to its words in order. For a `source` text, the "o" that marks a sub-bullet
 * ("o Commercial Interest") is list syntax, which the Markdown writes as "-", not a word.
 */
export function wordsOf(text: string, options: { source?: boolean } = {}): Word[] {
  const words: Word[] = [];
  scanWords(text, options.source === true, (start, end, line) => {
    const original = text.slice(start, end).replace(KEPT_TAG, '');
    words.push({ word: original.toLowerCase(), original, line });
  });
  return words;
}

/** A text's words as numbers (one per distinct word, shared through `ids`), with where each stands. */
interface WordStream {
  ids: number[];
  starts: number[];
  ends: number[];
  lines: number[];
}

function wordStream(text: string, source: boolean, ids: Map<string, number>, asWritten: Map<string, number>): WordStream {
  const stream: WordStream = { ids: [], starts: [], ends: [], lines: [] };
  scanWords(text, source, (start, end, line, tagged) => {
    // Most words recur as written ("the", "MOPAC"): their number is looked up before any lowercasing.
    const raw = text.slice(start, end);
    let id = tagged ? undefined : asWritten.get(raw);
    if (id === undefined) {
      const key = (tagged ? raw.replace(KEPT_TAG, '') : raw).toLowerCase();
      id = ids.get(key);
      if (id === undefined) {
        id = ids.size;
        ids.set(key, id);
      }
      if (!tagged) asWritten.set(raw, id);
    }
    stream.ids.push(id);
    if (source) {
      stream.starts.push(start);
      stream.ends.push(end);
      stream.lines.push(line);
    }
  });
  return stream;
}

type Edit = { kind: 'equal' | 'delete' | 'insert'; a: number; b: number };

/** A stand-in that matches no word, separating the output's extra runs. */
const NOTHING = -1;
/** Fewer words than this found elsewhere are a coincidence ("the", "of the"), not a moved passage. */
const MIN_MOVED = 3;

/** The most edit steps the exact diff explores before falling back to "everything changed". */
const MAX_EDITS = 2000;
/** Stretches up to this many words (both sides together) are compared with the exact diff. */
const EXACT = 4000;

/**
 * The edits that turn `a` into `b`, in order, in time close to linear in their lengths: a common
 * start and end are matched first; then, as in patience diff, words that occur once on each side
 * anchor the comparison, and each stretch between two anchors is compared on its own, with Myers'
 * exact O(ND) diff once it is short. So a long document with scattered changes never meets the
 * quadratic worst case of one diff over the whole text.
 */
function diff(a: readonly number[], b: readonly number[]): Edit[] {
  const edits: Edit[] = [];
  diffRange(a, 0, a.length, b, 0, b.length, (kind, x, y) => edits.push({ kind, a: x, b: y }));
  return edits;
}

/** Receives the edits in order; -1 stands for the side an edit does not touch. */
type Emit = (kind: Edit['kind'], a: number, b: number) => void;

function diffRange(a: readonly number[], a0: number, a1: number, b: readonly number[], b0: number, b1: number, emit: Emit): void {
  while (a0 < a1 && b0 < b1 && a[a0] === b[b0]) {
    emit('equal', a0, b0);
    a0 += 1;
    b0 += 1;
  }
  let suffix = 0;
  while (a1 - suffix > a0 && b1 - suffix > b0 && a[a1 - 1 - suffix] === b[b1 - 1 - suffix]) suffix += 1;
  a1 -= suffix;
  b1 -= suffix;
  if (a0 === a1 || b0 === b1 || a1 - a0 + (b1 - b0) <= EXACT) {
    for (const edit of middleDiff(a.slice(a0, a1), b.slice(b0, b1))) {
      emit(edit.kind, edit.a < 0 ? -1 : edit.a + a0, edit.b < 0 ? -1 : edit.b + b0);
    }
  } else {
    const anchors = uniqueAnchors(a, a0, a1, b, b0, b1);
    if (anchors.length === 0) {
      // No word to anchor on (a text repeating itself): the exact diff, with fewer steps the longer
      // the stretch, so the time stays bounded; past them, the stretch counts as changed.
      const steps = Math.max(50, Math.min(MAX_EDITS, Math.floor(50_000_000 / (a1 - a0 + (b1 - b0)))));
      for (const edit of middleDiff(a.slice(a0, a1), b.slice(b0, b1), steps)) {
        emit(edit.kind, edit.a < 0 ? -1 : edit.a + a0, edit.b < 0 ? -1 : edit.b + b0);
      }
    } else {
      let i = a0;
      let j = b0;
      for (const [x, y] of anchors) {
        diffRange(a, i, x, b, j, y, emit);
        emit('equal', x, y);
        i = x + 1;
        j = y + 1;
      }
      diffRange(a, i, a1, b, j, b1, emit);
    }
  }
  for (let k = 0; k < suffix; k += 1) emit('equal', a1 + k, b1 + k);
}

/**
 * Pairs of positions of the words that occur exactly once in a[a0..a1) and once in b[b0..b1), the
 * longest run of them that stands in the same order on both sides (patience sorting, O(k log k)).
 */
function uniqueAnchors(a: readonly number[], a0: number, a1: number, b: readonly number[], b0: number, b1: number): [number, number][] {
  // Where each word stands in a and in b: -2 absent, -1 more than once. A long stretch uses arrays
  // indexed by word number (the words of a text are numbered densely), a short one maps.
  let largest = 0;
  for (let i = a0; i < a1; i += 1) largest = Math.max(largest, a[i] as number);
  const dense = a1 - a0 + (b1 - b0) > largest / 4;
  const inA = dense ? new Int32Array(largest + 1).fill(-2) : new Map<number, number>();
  const inB = dense ? new Int32Array(largest + 1).fill(-2) : new Map<number, number>();
  const get = (table: Int32Array | Map<number, number>, word: number) =>
    table instanceof Int32Array ? (table[word] ?? -2) : (table.get(word) ?? -2);
  const set = (table: Int32Array | Map<number, number>, word: number, value: number) => {
    if (table instanceof Int32Array) table[word] = value;
    else table.set(word, value);
  };
  for (let i = a0; i < a1; i += 1) {
    const word = a[i] as number;
    set(inA, word, get(inA, word) === -2 ? i : -1);
  }
  for (let j = b0; j < b1; j += 1) {
    const word = b[j] as number;
    if (word >= 0 && word <= largest && get(inA, word) >= 0) set(inB, word, get(inB, word) === -2 ? j : -1);
  }
  const pairs: [number, number][] = [];
  for (let i = a0; i < a1; i += 1) {
    const word = a[i] as number;
    if (word < 0 || get(inA, word) !== i) continue;
    const j = get(inB, word);
    if (j >= 0) pairs.push([i, j]);
  }
  // The longest increasing subsequence of the b positions, in a order.
  const tails: number[] = [];
  const previous = new Array<number>(pairs.length).fill(-1);
  pairs.forEach(([, j], index) => {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((pairs[tails[middle] as number] as [number, number])[1] < j) low = middle + 1;
      else high = middle;
    }
    if (low > 0) previous[index] = tails[low - 1] as number;
    tails[low] = index;
  });
  const chain: [number, number][] = [];
  for (let index = tails[tails.length - 1] ?? -1; index >= 0; index = previous[index] as number) chain.push(pairs[index] as [number, number]);
  return chain.reverse();
}

/** Myers' O(ND) diff of two short sequences, positions counted from their starts. */
function middleDiff(a: readonly number[], b: readonly number[], maxEdits = MAX_EDITS): Edit[] {
  const offset = 0;
  const n = a.length;
  const m = b.length;
  const everything = (): Edit[] => [
    ...a.map((_, i) => ({ kind: 'delete' as const, a: offset + i, b: -1 })),
    ...b.map((_, j) => ({ kind: 'insert' as const, a: -1, b: offset + j })),
  ];
  if (n === 0 || m === 0) return everything();
  const max = Math.min(n + m, maxEdits);
  const size = 2 * max + 1;
  let v = new Int32Array(size);
  const trace: Int32Array[] = [];
  let found = -1;
  for (let d = 0; d <= max && found < 0; d += 1) {
    trace.push(v.slice());
    const next = v.slice();
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && (v[k - 1 + max] ?? 0) < (v[k + 1 + max] ?? 0));
      let x = down ? (v[k + 1 + max] ?? 0) : (v[k - 1 + max] ?? 0) + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x += 1;
        y += 1;
      }
      next[k + max] = x;
      if (x >= n && y >= m) {
        found = d;
        break;
      }
    }
    v = next;
  }
  if (found < 0) return everything();
  // Walk back through the saved frontiers to recover the path.
  const edits: Edit[] = [];
  let x = n;
  let y = m;
  for (let d = found; d > 0; d -= 1) {
    const frontier = trace[d] ?? v;
    const k = x - y;
    const down = k === -d || (k !== d && (frontier[k - 1 + max] ?? 0) < (frontier[k + 1 + max] ?? 0));
    const previousK = down ? k + 1 : k - 1;
    const previousX = frontier[previousK + max] ?? 0;
    const previousY = previousX - previousK;
    while (x > previousX && y > previousY) {
      x -= 1;
      y -= 1;
      edits.push({ kind: 'equal', a: offset + x, b: offset + y });
    }
    if (down) {
      y -= 1;
      edits.push({ kind: 'insert', a: -1, b: offset + y });
    } else {
      x -= 1;
      edits.push({ kind: 'delete', a: offset + x, b: -1 });
    }
  }
  while (x > 0 && y > 0) {
    x -= 1;
    y -= 1;
    edits.push({ kind: 'equal', a: offset + x, b: offset + y });
  }
  return edits.reverse();
}

/**
 * Lists every run of source words that is not in the output, in source order. Runs that reappear
 * elsewhere in the output, in the same order, moved rather than went missing and are not listed.
 */
export function findLostWords(source: string, output: string): LostRun[] {
  const ids = new Map<string, number>();
  const asWritten = new Map<string, number>();
  const from = wordStream(source, true, ids, asWritten);
  const to = wordStream(output, false, ids, asWritten);
  const keys: string[] = [];
  for (const [key, value] of ids) keys[value] = key;
  // Runs of deleted source words (as index ranges), and the output's extra words with NOTHING
  // between runs; equal words are not kept, so a long text costs no object per word.
  const deleted: [number, number][] = [];
  const pool: number[] = [];
  let runStart = -1;
  let runEnd = -1;
  diffRange(from.ids, 0, from.ids.length, to.ids, 0, to.ids.length, (kind, a, b) => {
    if (kind === 'delete') {
      if (runStart < 0) runStart = a;
      runEnd = a + 1;
    } else if (runStart >= 0) {
      deleted.push([runStart, runEnd]);
      runStart = -1;
    }
    if (kind === 'insert') pool.push(to.ids[b] as number);
    else if (pool.length > 0 && pool[pool.length - 1] !== NOTHING) pool.push(NOTHING);
  });
  if (runStart >= 0) deleted.push([runStart, runEnd]);
  const original = (index: number) => source.slice(from.starts[index], from.ends[index]).replace(KEPT_TAG, '');
  const lost: LostRun[] = [];
  for (const [start, end] of deleted) {
    const words = from.ids.slice(start, end);
    // The parts of a missing run that stand, in order, among the words the output has in excess
    // moved there; whatever is left is lost.
    const kept = new Array<boolean>(words.length).fill(false);
    if (pool.some((word) => word !== NOTHING)) {
      const matched = diff(words, pool);
      let stretch: Edit[] = [];
      const settle = () => {
        const first = stretch[0]?.b ?? 0;
        const last = stretch[stretch.length - 1]?.b ?? 0;
        // A whole extra run of the output, however short, is a moved passage too.
        const wholeRun = (pool[first - 1] ?? NOTHING) === NOTHING && (pool[last + 1] ?? NOTHING) === NOTHING;
        if (stretch.length > 0 && (stretch.length >= MIN_MOVED || stretch.length === words.length || wholeRun)) {
          for (const edit of stretch) {
            kept[edit.a] = true;
            pool[edit.b] = NOTHING; // used once: the same words cannot account for two missing copies
          }
        }
        stretch = [];
      };
      for (const edit of matched) {
        if (edit.kind === 'equal') stretch.push(edit);
        else settle();
      }
      settle();
    }
    let current: number[] = [];
    words.forEach((_, offset) => {
      if (!kept[offset]) current.push(start + offset);
      if ((kept[offset] || offset === words.length - 1) && current.length > 0) {
        lost.push({
          text: current.map(original).join(' '),
          words: current.map((index) => keys[from.ids[index] as number] as string),
          line: from.lines[current[0] as number] ?? 0,
        });
        current = [];
      }
    });
  }
  return lost;
}

/**
 * Splits lost runs into those accounted for by recorded removals (`cleaned` originals) and the
 * rest. A run is accounted for when it lies within one removed text, or is several removed texts
 * one after the other (a footer followed by a signature).
 */
export function explainLosses(
  lost: readonly LostRun[],
  removed: readonly string[],
): { explained: LostRun[]; unexplained: LostRun[] } {
  const pieces = removed.map((text) => wordsOf(text).map((w) => w.word)).filter((words) => words.length > 0);
  // Each removed text once as a string, and the texts by their first word: a long document has
  // hundreds of removed page footers and as many lost runs, so neither is rebuilt per run.
  const joined = [...new Set(pieces.map((piece) => ` ${piece.join(' ')} `))];
  const byFirstWord = new Map<string, string[][]>();
  for (const piece of pieces) byFirstWord.set(piece[0] as string, [...(byFirstWord.get(piece[0] as string) ?? []), piece]);
  const inside = (words: string[]) => {
    const needle = ` ${words.join(' ')} `;
    return joined.some((piece) => piece.includes(needle));
  };
  const concatenation = (words: string[]) => {
    const reachable = new Set([0]);
    for (let i = 0; i < words.length; i += 1) {
      if (!reachable.has(i)) continue;
      for (const piece of byFirstWord.get(words[i] as string) ?? []) {
        if (piece.every((word, j) => words[i + j] === word)) reachable.add(i + piece.length);
      }
    }
    return reachable.has(words.length);
  };
  const explained: LostRun[] = [];
  const unexplained: LostRun[] = [];
  for (const run of lost) (inside(run.words) || concatenation(run.words) ? explained : unexplained).push(run);
  return { explained, unexplained };
}
