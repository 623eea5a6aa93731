/**
 * Sentences of a paragraph, so that every extracted figure can carry the sentence it comes from.
 * The documents abbreviate ("Det. Supt.", "inc.", "Para 4.8") and number their paragraphs
 * ("1.1. MOPAC approved ..."), and neither may end a sentence.
 */

/** One sentence of a paragraph. */
export interface Sentence {
  text: string;
  /** Offset of the sentence in the paragraph. */
  start: number;
}

const ABBREVIATIONS = new Set([
  'approx', 'art', 'cf', 'ch', 'co', 'dept', 'det', 'dr', 'e.g', 'eg', 'fig', 'govt', 'i.e', 'ie',
  'inc', 'ltd', 'mr', 'mrs', 'ms', 'no', 'nos', 'op', 'para', 'paras', 'sec', 'st', 'supt', 'vol', 'vs',
]);

/** A paragraph number or list label at the start of a paragraph: "1.1. ", "3.1 ", "(a) ", "b. ". */
const LEADING_NUMBER = /^(?:\d+(?:\.\d+)*[.)]|\d+\.\d+|\(\d+\)|\([a-z]\)|[a-z][.)])\s+/;

// A full stop, then closing quotes, brackets or inline markup, then space, then a likely sentence start.
const BOUNDARY = /[.!?](?:["'”’)\]*_]|<\/(?:sup|b|u)>)*\s+(?=["'“‘(£\d*<]|\p{Lu})/gu;

/** Splits a paragraph into sentences, leaving out its leading paragraph number. */
export function splitSentences(paragraph: string): Sentence[] {
  const lead = LEADING_NUMBER.exec(paragraph)?.[0].length ?? 0;
  const sentences: Sentence[] = [];
  let start = lead;
  for (const match of paragraph.matchAll(BOUNDARY)) {
    const stop = match.index;
    const before = paragraph.slice(start, stop + 1);
    const lastWord = /(?<![\p{L}\p{N}])([\p{L}.]+)\.$/u.exec(before)?.[1]?.toLowerCase() ?? '';
    // "R. Lawrence", "Det. Supt.", "inc." do not end sentences.
    if (/^\p{L}$/u.test(lastWord) || ABBREVIATIONS.has(lastWord)) continue;
    const end = match.index + match[0].length;
    pushTrimmed(sentences, paragraph, start, end);
    start = end;
  }
  pushTrimmed(sentences, paragraph, start, paragraph.length);
  return sentences;
}

function pushTrimmed(sentences: Sentence[], paragraph: string, start: number, end: number): void {
  const raw = paragraph.slice(start, end);
  const text = raw.trim();
  if (text) sentences.push({ text, start: start + raw.indexOf(text) });
}
