/**
 * What a sum of money is, guessed from the words around it. A decision mentions many sums and
 * only the sums it accepts are money it took on, so every guess is shown to a maintainer with the
 * words it rests on. The guess reads the clause of the sum: from the previous sum (or the start of
 * the sentence) to the next sum (or its end), so "£1.701m, which is match funded ... by £2.047m"
 * makes only £2.047m match funding.
 */
import type { SumRole } from '../core/sums.ts';
import { referencesIn, type Reference } from '../core/references.ts';
import { findWrittenSums, type WrittenSum } from '../core/find-sums.ts';

/** A guessed role and the words it rests on. */
export interface RoleGuess {
  /** The role, or null when no words near the sum say what it is. */
  role: SumRole | null;
  /** The words the guess rests on: "acceptance", "worth", "PCD 990". */
  cue: string;
  /** For another decision's grant: that decision. */
  decision?: Reference;
  /** "£30,000 each" to three bodies: 3. */
  count?: number;
}

const PREFIX_CUES: readonly [Exclude<SumRole, 'context' | 'other-decision-grant' | 'component' | 'future-cap'>, RegExp][] = [
  ['accepted', /\baccept(?:ance|ed|ing|s)?\b|\bdraw(?:ing)?\s+down\b|\breceipt\s+of\b|\btake\s+up\b|\benter(?:s|ing)?\s+(?:into\s+)?(?:a\s+)?(?:new\s+)?grant\s+agreement\b|\bapprov\w*\s+(?:the\s+)?(?:[\w()-]+\s+){0,4}?(?:funding\s+)?grant(?:\s+funding)?\s+(?:of\s+)?(?=$)/gi],
  ['bid', /\bbids?\b|\bbidding\b|\bsought\b/gi],
  ['allocation', /\balloca(?:ted|tions?)\b|\b(?:grant\s+)?payments?\b|\bpa(?:ys?|id|ying)\b|\bpass(?:es|ed|ing)?\b|\btransfer(?:s|red|ring)?\b|\b(?:were|was|been)\s+awarded\s*$|\bonward\s+allocation\b|\bpassport(?:ed|ing)?\b|\bdistribut(?:es?|ed|ing|ion)\b|\b(?:onward|sub)(?:-|\s*)grants?\b/gi],
  ['match-funding', /\bmatch(?:-|\s*)fund(?:ed|ing)?\b/gi],
];

function nearestCue(before: string): { role: SumRole; cue: string } | null {
  let best: { role: SumRole; cue: string; end: number } | null = null;
  for (const [role, pattern] of PREFIX_CUES) {
    for (const match of before.matchAll(pattern)) {
      // "does not require any match funding" says there is none.
      if (role === 'match-funding' && /\b(?:no|not|without)\b[^£]{0,30}$/i.test(before.slice(0, match.index))) continue;
      const end = match.index + match[0].length;
      if (!best || end > best.end) best = { role, cue: match[0].trim(), end };
    }
  }
  return best && { role: best.role, cue: best.cue };
}

const NUMBER_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twelve: 12 };

/**
 * How many bodies get "£30,000 each": a number before a plural noun in the sentence ("three
 * boroughs"), else the names listed after "to" ("to Enfield, Haringey and Brent"). Null when
 * the words do not say.
 */
export function countEach(before: string, after: string): number | null {
  const counted = /\b(two|three|four|five|six|seven|eight|nine|ten|twelve|\d{1,2})\s+(?:[\p{L}-]+\s+){0,2}?(?:bodies|boroughs|forces|organisations|charities|partners|councils|providers|projects|recipients|authorities|services|areas|units|teams|agencies|grants|awards|payments)\b/iu.exec(`${before} ${after}`);
  if (counted?.[1]) {
    const value = NUMBER_WORDS[counted[1].toLowerCase()] ?? Number(counted[1]);
    if (value >= 2) return value;
  }
  const list = /^\s*each\s+(?:to|for)\s+([^.;:()]+)/i.exec(after)?.[1];
  if (!list) return null;
  // A name holds a capital or a digit ("each of the boroughs of Enfield", "Brent"); "other partners" is no name.
  const names = list.split(/,\s*(?:and\s+)?|\s+and\s+|\s*&\s*/).filter((name) => /[\p{Lu}\d]/u.test(name));
  return names.length >= 2 ? names.length : null;
}

/** Words that make a figure the size of a market or a cost, not money for the police. */
const CONTEXT_BEFORE =
  /\b(?:worth|valued?\s+at|market|industry|trade|turnover|economy|profits?|estimated|generat(?:es?|ing))\b[^£]*$|\bbringing\b[^£]*\bto\s*$|\b(?:total|full|overall)\s+cost\b[^£]*?\b(?:is|was|of|at|totals?|totalling)\s*$/i;
const CONTEXT_AFTER = /^\s*(?:(?:a|per|each)\s+(?:year|annum)\s+)?(?:UK(?:-|\s*)wide|nation(?:-|\s*)wide|nationally|across\s+the\s+(?:UK|country)|in\s+the\s+UK)\b/i;

/**
 * Guesses the role of the sum written `asWritten` in `sentence` (its `occurrence`-th appearance,
 * from 0). `ownReference` is the document's own reference, which is not "another decision".
 * `sums` are the sentence's sums when the caller has them already (one scan per sentence), and
 * `index` the sum's place among them (so a sentence of many sums is read in linear time).
 */
export function guessSumRole(
  sentence: string,
  asWritten: string,
  options: { occurrence?: number; ownReference?: Reference | null; sums?: readonly WrittenSum[]; index?: number } = {},
): RoleGuess {
  const sums = options.sums ?? findWrittenSums(sentence);
  let sum: WrittenSum | undefined = options.index !== undefined ? sums[options.index] : undefined;
  let index = sum ? (options.index ?? -1) : -1;
  let seen = 0;
  for (let i = 0; !sum && i < sums.length; i += 1) {
    if (sums[i]?.asWritten !== asWritten) continue;
    if (seen === (options.occurrence ?? 0)) {
      sum = sums[i];
      index = i;
      break;
    }
    seen += 1;
  }
  if (!sum) return { role: null, cue: '' };
  const previous = sums[index - 1];
  const next = sums[index + 1];
  const before = sentence.slice(previous ? previous.start + previous.asWritten.length : 0, sum.start);
  const after = sentence.slice(sum.start + sum.asWritten.length, next ? next.start : sentence.length);

  // "a grant agreement worth £418,900" is the grant's value, not a market's size.
  const grantWorth = /\b(?:grant|funding|agreement|award|offer)\s+(?:[\w’'-]+\s+){0,4}?worth\s*$/i.test(before);
  const context = grantWorth ? null : (CONTEXT_BEFORE.exec(before) ?? CONTEXT_AFTER.exec(after));
  if (context) return { role: 'context', cue: context[0].trim() };

  // "£4.7m, of which £950,000 is for vehicles": a share of the sum before it.
  if (previous && previous.pence > sum.pence && /^\s*,?\s*(?:of\s+which|including)\s*(?:up\s+to\s+)?$/i.test(before)) {
    return { role: 'component', cue: `of which (${previous.asWritten})` };
  }
  // "up to £825,000 of the £6,600,000": a share of the larger sum after it.
  if (next && next.pence > sum.pence && /^\s*(?:of|from|out\s+of|within)\s+(?:the|this|that)\s+(?:total\s+|overall\s+)?$/i.test(after)) {
    return { role: 'component', cue: `of the ${next.asWritten}` };
  }

  // The decision cited after the sum ("£310,000 for 2021/22 (PCD-8001)") before one cited before it.
  const notOwn = (reference: Reference) => reference !== options.ownReference;
  const other = referencesIn(after).find(notOwn) ?? referencesIn(before).find(notOwn);
  if (other) return { role: 'other-decision-grant', cue: other, decision: other };

  const upTo = /\bup\s*to\s*$/i.test(before);
  const yearly = /^\s*(?:annually|per\s+annum|per\s+year|a\s+year|each\s+year|per\s+financial\s+year)\b/i.exec(after);
  const future = /\bfuture\b|\bin\s+principle\b/i.test(before + after);
  if ((upTo && future) || (upTo && yearly && /\buntil\b/i.test(after)) || /\bfuture\b[^£]*\boffers?\b[^£]*$/i.test(before)) {
    return { role: 'future-cap', cue: yearly ? `up to ${asWritten}${yearly[0]}` : /\bin\s+principle\b/i.test(before) ? 'agreement in principle' : 'future offers' };
  }

  const each = /^\s*each\b/i.test(after);
  const count = each ? countEach(before, after) : null;
  const withCount = (guess: RoleGuess): RoleGuess => (count ? { ...guess, count } : guess);
  // "£250,000 to British Transport Police", "£30,000 each to three boroughs": paid on to others.
  const paidTo = /^\s*(?:each\s+)?(?:is\s+|will\s+be\s+|to\s+be\s+)?(?:paid\s+|given\s+|granted\s+)?to\s+(?:each\s+of\s+)?(?:the\s+)?(?:[\p{Lu}][\p{L}&'’.-]*|LB)\b/u.exec(after);
  const toOthers = paidTo && !/\b(?:MOPAC|MPS|Metropolitan\s+Police|the\s+Commissioner)\b/.test(after.slice(0, 40));
  const cue = nearestCue(before);
  // "Approve a grant of £20,000 to LB Enfield": a grant MOPAC makes, not one it takes.
  if (cue?.role === 'accepted' && toOthers && !/accept|receipt|draw|take|enter/i.test(cue.cue)) {
    return withCount({ role: 'allocation', cue: paidTo[0].trim() });
  }
  if (cue) return withCount(cue);
  // "the use of £950,000 of the grant to buy vehicles": a share of the grant.
  const share = /^\s*of\s+(?:the|this)\s+(?:[\w()-]+\s+){0,3}?grant\b/i.exec(after);
  if (share) return { role: 'component', cue: share[0].trim() };
  // "the Home Secretary's announcement of £40m": money announced, an allocation (as the records hold it).
  const announced = /\bannounce(?:ment|d|s)?\b[^£]*$/i.exec(before);
  if (announced) return { role: 'allocation', cue: announced[0].trim() };
  const allocation = /^\s*(?:\S+\s+){0,2}?allocation\b/i.exec(after);
  if (allocation) return withCount({ role: 'allocation', cue: allocation[0].trim() });
  const match = /^\s*(?:of\s+)?match(?:-|\s*)fund(?:ed|ing)?\b/i.exec(after);
  if (match) return { role: 'match-funding', cue: match[0].trim() };
  const bid = /^[^.]{0,60}?\bbid\b/i.exec(after);
  if (bid) return { role: 'bid', cue: 'bid' };
  if (toOthers) return withCount({ role: 'allocation', cue: paidTo[0].trim() });
  // "Up to £13,000,000 per year" for the years this decision takes: money accepted.
  if (upTo && yearly) return { role: 'accepted', cue: `up to ${asWritten}${yearly[0]}` };
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
      // A run of one is never a share of its neighbour: it would hold the total itself.
      const run = pences.slice(start, end + 1);
      const neighbours = [pences[start - 1], pences[end + 1]];
      if (neighbours.some((value) => value === total && !run.includes(value))) {
        for (let i = start; i <= end; i += 1) components.add(i);
      }
    }
  }
  return components;
}
