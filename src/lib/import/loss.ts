/**
 * The loss report: which words of the source are missing from the Markdown written. Both texts are
 * reduced to streams of words (lowercase letters and digits; markup, tags, escapes and punctuation
 * ignored) and compared in order, so a dropped repeat of a sentence is caught too. A run of words
 * that only moved (a footnote put after the sentence it interrupted) is not a loss.
 */
import { LEADING_MARKERS } from './blocks.ts';
import { diff, diffRange, type Edit } from './diff.ts';

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

/** A stand-in that matches no word, separating the output's extra runs. */
const NOTHING = -1;
/** Fewer words than this found elsewhere are a coincidence ("the", "of the"), not a moved passage. */
const MIN_MOVED = 3;

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
