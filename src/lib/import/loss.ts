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
const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Reduces a text to its words in order. For a `source` text, the "o" that marks a sub-bullet
 * ("o Commercial Interest") is list syntax, which the Markdown writes as "-", not a word.
 */
export function wordsOf(text: string, options: { source?: boolean } = {}): Word[] {
  const words: Word[] = [];
  text.split(/\r\n|[\r\n\f\v\u2028\u2029]/).forEach((raw, index) => {
    // Markers are read before tags are dropped, with the Markdown writer's own pattern: in "o <sup>"
    // the "o" is a bullet, though nothing but a tag follows it.
    const line = (options.source ? raw.replace(LEADING_MARKERS, '') : raw).replace(KEPT_TAG, '');
    for (const match of line.matchAll(WORD)) {
      words.push({ word: match[0].toLowerCase(), original: match[0], line: index + 1 });
    }
  });
  return words;
}

type Edit = { kind: 'equal' | 'delete' | 'insert'; a: number; b: number };

/** A stand-in that matches no word, separating the output's extra runs. */
const NOTHING = -1;
/** Fewer words than this found elsewhere are a coincidence ("the", "of the"), not a moved passage. */
const MIN_MOVED = 3;

/** The most edit steps the exact diff explores before falling back to "everything changed". */
const MAX_EDITS = 2000;

/** Myers' O(ND) diff of two sequences of small integers, as a list of edits in order. */
function diff(a: readonly number[], b: readonly number[]): Edit[] {
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix += 1;
  let suffix = 0;
  while (
    suffix < a.length - prefix &&
    suffix < b.length - prefix &&
    a[a.length - 1 - suffix] === b[b.length - 1 - suffix]
  ) suffix += 1;
  const n = a.length - prefix - suffix;
  const m = b.length - prefix - suffix;
  const edits: Edit[] = [];
  for (let i = 0; i < prefix; i += 1) edits.push({ kind: 'equal', a: i, b: i });
  edits.push(...middleDiff(a.slice(prefix, prefix + n), b.slice(prefix, prefix + m), prefix));
  for (let i = 0; i < suffix; i += 1) edits.push({ kind: 'equal', a: prefix + n + i, b: prefix + m + i });
  return edits;
}

function middleDiff(a: readonly number[], b: readonly number[], offset: number): Edit[] {
  const n = a.length;
  const m = b.length;
  const everything = (): Edit[] => [
    ...a.map((_, i) => ({ kind: 'delete' as const, a: offset + i, b: -1 })),
    ...b.map((_, j) => ({ kind: 'insert' as const, a: -1, b: offset + j })),
  ];
  if (n === 0 || m === 0) return everything();
  const max = Math.min(n + m, MAX_EDITS);
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
  const from = wordsOf(source, { source: true });
  const to = wordsOf(output);
  const ids = new Map<string, number>();
  const id = (word: string) => {
    let value = ids.get(word);
    if (value === undefined) {
      value = ids.size;
      ids.set(word, value);
    }
    return value;
  };
  const edits = diff(from.map((w) => id(w.word)), to.map((w) => id(w.word)));
  const deleted: Word[][] = [];
  const pool: number[] = [];
  let run: Word[] = [];
  for (const edit of edits) {
    if (edit.kind === 'delete') run.push(from[edit.a] as Word);
    else if (run.length > 0) {
      deleted.push(run);
      run = [];
    }
    if (edit.kind === 'insert') pool.push(id((to[edit.b] as Word).word));
    else if (pool[pool.length - 1] !== NOTHING) pool.push(NOTHING);
  }
  if (run.length > 0) deleted.push(run);
  const lost: LostRun[] = [];
  for (const words of deleted) {
    // The parts of a missing run that stand, in order, among the words the output has in excess
    // moved there; whatever is left is lost.
    const kept = new Array<boolean>(words.length).fill(false);
    const matched = diff(words.map((w) => id(w.word)), pool);
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
    let current: Word[] = [];
    words.forEach((word, index) => {
      if (!kept[index]) current.push(word);
      if ((kept[index] || index === words.length - 1) && current.length > 0) {
        lost.push({ text: current.map((w) => w.original).join(' '), words: current.map((w) => w.word), line: current[0]?.line ?? 0 });
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
  const inside = (words: string[]) => {
    const needle = ` ${words.join(' ')} `;
    return pieces.some((piece) => ` ${piece.join(' ')} `.includes(needle));
  };
  const concatenation = (words: string[]) => {
    const reachable = new Set([0]);
    for (let i = 0; i < words.length; i += 1) {
      if (!reachable.has(i)) continue;
      for (const piece of pieces) {
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
