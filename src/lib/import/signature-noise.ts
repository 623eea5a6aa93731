/**
 * Handwritten signatures that text extraction read as words ("due hinden", "Canaluchterd.").
 * They cannot be told from real text with certainty, so they are only suggested: the maintainer
 * removes them by name with --accept-loss, and each removal is recorded.
 */
import { splitLines } from './lines.ts';

/** Text suspected of being a signature read as words, and why. */
export interface SuspectedNoise {
  text: string;
  /** 1-based source line. */
  line: number;
  why: string;
}

const SIGNATURE_LABEL = /^Signature\s*:?$/i;
const DATE_LINE = /^Date\b/i;
/** A legible name such as "R. Lawrence" is a signature worth keeping. */
const LEGIBLE_NAME = /^(?:\p{Lu}\.\s?)+\p{Lu}[\p{L}'’-]+$/u;

function bare(line: string): string {
  return line.replace(/^\s*#{1,6}\s+/, '').replace(/<\/?(?:b|u|sup)>|\*\*|__/g, '').trim();
}

/**
 * Finds text that is probably a signature read as words: words before "Signature" on its line,
 * a line between "Signature" and "Date", a single word just after a signature's "Date" line, and a
 * short line of lowercase words standing on its own.
 */
export function findSignatureNoise(text: string): SuspectedNoise[] {
  const lines = splitLines(text).map(bare);
  const found: SuspectedNoise[] = [];
  const nonBlankAfter = (index: number, count: number) => {
    const result: number[] = [];
    for (let i = index + 1; i < lines.length && result.length < count; i += 1) if (lines[i]) result.push(i);
    return result;
  };
  lines.forEach((line, index) => {
    const before = /^(.*\S)\s+Signature\s*:?$/i.exec(line);
    if (before?.[1] && !/\d/.test(before[1])) {
      found.push({ text: before[1], line: index + 1, why: 'written before "Signature"' });
    }
    if (SIGNATURE_LABEL.test(line) || before) {
      const next = nonBlankAfter(index, 3);
      for (const i of next) {
        const candidate = lines[i] ?? '';
        if (DATE_LINE.test(candidate)) {
          // Just after the signature's date: a lone word such as "Glanatuchterd.".
          const [after] = nonBlankAfter(i, 1);
          const word = after === undefined ? '' : (lines[after] ?? '');
          if (/^[\p{L}'’-]+\.?$/u.test(word) && !/^(?:MOPAC|NOPAC|Signature|Date)$/i.test(word)) {
            found.push({ text: word, line: (after ?? 0) + 1, why: 'a lone word after a signature date' });
          }
          break;
        }
        if (!LEGIBLE_NAME.test(candidate) && !/\d/.test(candidate) && candidate.split(/\s+/).length <= 4) {
          found.push({ text: candidate, line: i + 1, why: 'between "Signature" and "Date"' });
        }
      }
    }
    const alone = !lines[index - 1] && !lines[index + 1];
    if (alone && /^\p{Ll}[\p{Ll}'’-]*(?:\s\p{Ll}[\p{Ll}'’-]*){0,2}$/u.test(line)) {
      found.push({ text: line, line: index + 1, why: 'a short line of lowercase words on its own' });
    }
  });
  const seen = new Set<string>();
  return found.filter((item) => !seen.has(`${item.line}:${item.text}`) && seen.add(`${item.line}:${item.text}`));
}
