/**
 * What a sum of money is, guessed from the words around it. A decision mentions many sums and
 * only the sums it accepts are money it took on, so every guess is shown to a maintainer with the
 * words it rests on. The guess reads the clause of the sum: from the previous sum (or the start of
 * the sentence) to the next sum (or its end), so "£1.701m, which is match funded ... by £2.047m"
 * makes only £2.047m match funding.
 */
import type { SumRole } from '../core/sums.ts';
import { referencesIn, type Reference } from '../core/references.ts';
import { findWrittenSums } from '../core/find-sums.ts';

/** A guessed role and the words it rests on. */
export interface RoleGuess {
  /** The role, or null when no words near the sum say what it is. */
  role: SumRole | null;
  /** The words the guess rests on: "acceptance", "worth", "PCD 990". */
  cue: string;
  /** For another decision's grant: that decision. */
  decision?: Reference;
}

const PREFIX_CUES: readonly [Exclude<SumRole, 'context' | 'other-decision-grant' | 'component' | 'future-cap'>, RegExp][] = [
  ['accepted', /\baccept(?:ance|ed|ing|s)?\b|\bdraw(?:ing)?\s+down\b/gi],
  ['bid', /\bbids?\b|\bbidding\b|\bsought\b/gi],
  ['allocation', /\balloca(?:ted|tions?)\b/gi],
  ['match-funding', /\bmatch[- ]?fund(?:ed|ing)?\b/gi],
];

function nearestCue(before: string): { role: SumRole; cue: string } | null {
  let best: { role: SumRole; cue: string; end: number } | null = null;
  for (const [role, pattern] of PREFIX_CUES) {
    for (const match of before.matchAll(pattern)) {
      // "does not require any match funding" says there is none.
      if (role === 'match-funding' && /\b(?:no|not|without)\b[^£]{0,30}$/i.test(before.slice(0, match.index))) continue;
      const end = match.index + match[0].length;
      if (!best || end > best.end) best = { role, cue: match[0], end };
    }
  }
  return best && { role: best.role, cue: best.cue };
}

/**
 * Guesses the role of the sum written `asWritten` in `sentence` (its `occurrence`-th appearance,
 * from 0). `ownReference` is the document's own reference, which is not "another decision".
 */
export function guessSumRole(
  sentence: string,
  asWritten: string,
  options: { occurrence?: number; ownReference?: Reference | null } = {},
): RoleGuess {
  const sums = findWrittenSums(sentence);
  const matching = sums.filter((sum) => sum.asWritten === asWritten);
  const sum = matching[options.occurrence ?? 0];
  if (!sum) return { role: null, cue: '' };
  const index = sums.indexOf(sum);
  const previous = sums[index - 1];
  const next = sums[index + 1];
  const before = sentence.slice(previous ? previous.start + previous.asWritten.length : 0, sum.start);
  const after = sentence.slice(sum.start + sum.asWritten.length, next ? next.start : sentence.length);

  const worth = /\bworth\b[^£]*$/i.exec(before) ?? /^\s*(?:UK|nation)[- ]?wide\b/i.exec(after);
  if (worth) return { role: 'context', cue: worth[0].trim() };
  const cost = /\b(?:total|full|overall)\s+cost\b[^£]*?\b(?:is|was|of|at|totals?|totalling)\s*$/i.exec(before);
  if (cost) return { role: 'context', cue: cost[0].trim() };

  const other = referencesIn(`${before} ${after}`).find((reference) => reference !== options.ownReference);
  if (other) return { role: 'other-decision-grant', cue: other, decision: other };

  const upTo = /\bup to\s*$/i.test(before);
  const yearly = /^\s*(?:annually|per annum|per year|a year|each year)\b/i.exec(after);
  if ((upTo && (yearly || /\bfuture\b/i.test(before + after))) || /\bfuture\b[^£]*\boffers?\b[^£]*$/i.test(before)) {
    return { role: 'future-cap', cue: yearly ? `up to ${asWritten}${yearly[0]}` : 'future offers' };
  }

  const cue = nearestCue(before);
  if (cue) return cue;
  const allocation = /^\s*(?:\S+\s+){0,2}?allocation\b/i.exec(after);
  if (allocation) return { role: 'allocation', cue: allocation[0].trim() };
  const match = /^\s*(?:of\s+)?match[- ]?fund(?:ed|ing)?\b/i.exec(after);
  if (match) return { role: 'match-funding', cue: match[0].trim() };
  const bid = /^[^.]{0,60}?\bbid\b/i.exec(after);
  if (bid) return { role: 'bid', cue: 'bid' };
  return { role: null, cue: '' };
}

/**
 * Finds sums that are shares of a neighbouring total: a run of two or more consecutive sums, none
 * with a role of its own, that adds up exactly to the sum just before or just after it
 * (£1.201m and £0.500m before "This total grant provision of £1.701m"). Returns their indexes.
 */
export function findComponentSums(pences: readonly number[], undecided: readonly boolean[]): Set<number> {
  const components = new Set<number>();
  for (let start = 0; start < pences.length; start += 1) {
    let total = 0;
    for (let end = start; end < Math.min(pences.length, start + 10); end += 1) {
      if (!undecided[end]) break;
      total += pences[end] ?? 0;
      if (end === start) continue;
      const run = pences.slice(start, end + 1);
      const neighbours = [pences[start - 1], pences[end + 1]];
      if (neighbours.some((value) => value !== undefined && value === total && !run.includes(value))) {
        for (let i = start; i <= end; i += 1) components.add(i);
      }
    }
  }
  return components;
}
