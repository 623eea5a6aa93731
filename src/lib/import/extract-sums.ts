/**
 * The sums of a document: every amount printed with a pound sign, each with its sentence and
 * guessed role; sums split by year read as one amount with its years; amounts that could not be
 * read, or were read with a doubt, flagged for a person. One scan per sentence, and the grouping
 * by amount is a single pass, so the time grows with the length of the text, not its square.
 */
import { formatPence } from '../core/money.ts';
import { scanAmounts } from '../core/find-sums.ts';
import { FUNDERS, type Funder } from '../core/programmes.ts';
import type { Reference } from '../core/references.ts';
import type { SumRole } from '../core/sums.ts';
import type { AmountFlag, SumCandidate, SumMention, Sureness } from './candidate-types.ts';
import { expandFinancialYears } from './find-financial-years.ts';
import { findPerYearGroups, yearsTiedTo } from './per-year.ts';
import { findComponentSums, guessSumRole } from './sum-role.ts';

/** A sentence or table cell, its plain text, its source line and whether it is in the recommendation. */
export interface SumUnit {
  plain: string;
  line: number;
  inRecommendation: boolean;
}

/** Roles by how much they say about a sum that is mentioned several times. */
const ROLE_STRENGTH: readonly SumRole[] = [
  'accepted', 'bid', 'future-cap', 'match-funding', 'other-decision-grant', 'allocation', 'context', 'component',
];

/** The funders a text names. */
export function fundersIn(text: string): Funder[] {
  return FUNDERS.filter((funder) => {
    const name = funder.replace(/\s*\(.*\)$/, '');
    const short = /\(([^)]+)\)$/.exec(funder)?.[1];
    return (
      text.toLowerCase().includes(name.toLowerCase()) ||
      (short !== undefined && new RegExp(`\\b${short}\\b`).test(text)) ||
      (funder === 'Home Office' && /\bHO\b/.test(text))
    );
  });
}

interface Mention extends SumMention {
  inRecommendation: boolean;
  perYear?: SumCandidate['perYear'];
  inferred?: boolean;
  /** The doubt about how it was printed ("£495, 000"). */
  problem?: string;
  /** The years written straight after it ("£900,000 for 2022/23"). */
  tiedYears?: string[];
  /** For a split whose total the sentence prints beside it: true (and `asWritten` is that total). */
  totalPrinted?: boolean;
}

/** Every sum mentioned in the units, with its role, and every amount to flag. */
export function findSumMentions(units: readonly SumUnit[], ownReference: Reference | null): { mentions: Mention[]; flags: AmountFlag[] } {
  const mentions: Mention[] = [];
  const flags: AmountFlag[] = [];
  for (const unit of units) {
    if (!unit.plain.includes('£')) continue;
    const { sums, unread } = scanAmounts(unit.plain);
    for (const item of unread) flags.push({ asWritten: item.asWritten, line: unit.line, problem: item.problem });
    if (sums.length === 0) continue;
    const years = [...new Set(expandFinancialYears(unit.plain).map((fy) => fy.value))].sort();
    const [funder] = fundersIn(unit.plain);
    const guesses = sums.map((sum, index) => guessSumRole(unit.plain, sum.asWritten, { ownReference, sums, index }));
    // "accept £1.2m for 2019/20 and £1.15m for 2020/21": a sum with no words of its own, joined
    // to the one before by "and", shares its role.
    guesses.forEach((guess, index) => {
      const previous = guesses[index - 1];
      const before = sums[index - 1];
      const sum = sums[index];
      if (guess.role || !previous?.role || !before || !sum || !['accepted', 'bid', 'allocation'].includes(previous.role)) return;
      const gap = unit.plain.slice(before.start + before.asWritten.length, sum.start);
      if (/^[^£.;]{0,40}?(?:,|\band|\bplus)\s*(?:a further\s+|an additional\s+|another\s+)?$/i.test(gap)) {
        guesses[index] = { role: previous.role, cue: `${previous.cue} (shared with ${before.asWritten})` };
      }
    });
    const base = (role: SumRole | null, cue: string) => ({
      quote: unit.plain,
      line: unit.line,
      role,
      cue,
      financialYears: years,
      inRecommendation: unit.inRecommendation,
      ...(funder ? { funder } : {}),
    });
    const grouped = new Set<number>();
    for (const group of findPerYearGroups(unit.plain, sums)) {
      const first = group.members[0] ?? 0;
      // Another decision's split ("£13.9m for 2022/23, £13m in 23/24 and 24/25 ... (PCD1216)") is
      // named after its last figure; otherwise the words before the first figure say what it is.
      const cited = group.members.map((member) => guesses[member]).find((g) => g?.role === 'other-decision-grant');
      const totalSum = group.totalAt !== undefined ? sums[group.totalAt] : undefined;
      const totalGuess = group.totalAt !== undefined ? guesses[group.totalAt] : undefined;
      const firstGuess = guesses[first];
      const guess = cited ?? (firstGuess?.role ? firstGuess : undefined) ?? (totalGuess?.role ? totalGuess : undefined) ?? { role: null, cue: '' };
      for (const member of group.members) grouped.add(member);
      if (group.totalAt !== undefined) grouped.add(group.totalAt);
      mentions.push({
        ...base(guess.role, guess.cue),
        pence: group.total,
        asWritten: totalSum ? totalSum.asWritten : group.parts.map((part) => part.asWritten).join(' + '),
        ...(totalSum ? { totalPrinted: true } : {}),
        financialYears: group.parts.map((part) => part.financialYear),
        perYear: group.parts,
        ...(group.inferred ? { inferred: true } : {}),
        ...(guess.decision ? { decision: guess.decision } : {}),
      });
    }
    sums.forEach((sum, index) => {
      if (grouped.has(index)) return;
      const guess = guesses[index] ?? { role: null, cue: '' };
      const tiedYears = yearsTiedTo(unit.plain, sums, index);
      if (sum.problem) flags.push({ asWritten: sum.asWritten, line: unit.line, problem: sum.problem });
      mentions.push({
        ...base(guess.role, guess.cue),
        pence: sum.pence,
        asWritten: sum.asWritten,
        // "£310,000 for 2021/22 (PCD-8001) and £402,500 for 2022/23": each its own year.
        ...(tiedYears.length > 0 ? { financialYears: tiedYears } : {}),
        ...(guess.decision ? { decision: guess.decision } : {}),
        ...(guess.count ? { count: guess.count } : {}),
        ...(sum.problem ? { problem: sum.problem } : {}),
        tiedYears,
      });
    });
  }
  // Shares listed beside the total they add up to.
  const components = findComponentSums(
    mentions.map((m) => m.pence),
    mentions.map((m) => m.role === null),
  );
  for (const index of components) {
    const mention = mentions[index];
    if (mention) {
      mention.role = 'component';
      mention.cue = 'adds up with its neighbours to the total beside them';
    }
  }
  return { mentions, flags };
}

function sureness(chosen: Mention, role: SumRole | null, otherRoles: readonly SumRole[]): Sureness {
  if (chosen.problem) return { level: 'low', reason: chosen.problem };
  if (!role) return { level: 'low', reason: 'no words near it say what it is' };
  if (otherRoles.length > 0) return { level: 'low', reason: `other mentions read as ${otherRoles.join(', ')}` };
  if (chosen.inferred) return { level: 'medium', reason: 'a figure followed by several years is read as the sum for each of them' };
  if ((role === 'accepted' || role === 'bid') && chosen.inRecommendation) return { level: 'high', reason: `“${chosen.cue}” in the recommendation` };
  if (role === 'other-decision-grant' || role === 'context') return { level: 'high', reason: `“${chosen.cue}”` };
  return { level: 'medium', reason: `“${chosen.cue}”` };
}

/**
 * One candidate per amount: the mentions of the same pence together, the strongest role theirs.
 * A figure with no role of its own that is one year's part of a split sum is that sum's component.
 * The principal is the accepted (else bid) sum of the recommendation, else the first.
 */
export function groupSums(mentions: readonly Mention[]): SumCandidate[] {
  const byPence = new Map<number, Mention[]>();
  for (const mention of mentions) {
    const group = byPence.get(mention.pence);
    if (group) group.push(mention);
    else byPence.set(mention.pence, [mention]);
  }
  const partOf = new Map<number, string>();
  for (const mention of mentions) {
    if (!mention.perYear || !mention.role || mention.role === 'context') continue;
    for (const part of mention.perYear) if (!partOf.has(part.pence)) partOf.set(part.pence, `${part.financialYear}’s part of ${formatPence(mention.pence)}`);
  }
  // "up to £13,000,000 per year, plus an additional £900,000 for 2022/23" beside "£13,900,000 in
  // FY22/23, £13,000,000 in FY23/24 ...": the extra is the difference between that year and the rest.
  const extras = new Map<string, string>();
  for (const mention of mentions) {
    if (!mention.perYear || (mention.role !== 'accepted' && mention.role !== 'bid')) continue;
    const least = Math.min(...mention.perYear.map((part) => part.pence));
    for (const part of mention.perYear) {
      if (part.pence > least) extras.set(`${part.financialYear}:${part.pence - least}`, `the extra in ${part.financialYear}, part of its ${part.asWritten}`);
    }
  }
  for (const mention of mentions) {
    const years = mention.tiedYears?.length ? mention.tiedYears : mention.financialYears;
    if (mention.perYear || years.length !== 1) continue;
    const extra = extras.get(`${years[0]}:${mention.pence}`);
    if (extra && mention.role !== 'other-decision-grant' && mention.role !== 'context') {
      mention.role = 'component';
      mention.cue = extra;
    }
  }
  const sums: SumCandidate[] = [...byPence.values()].map((group) => {
    const roles = [...new Set(group.flatMap((m) => (m.role ? [m.role] : [])))];
    let role = ROLE_STRENGTH.find((r) => roles.includes(r)) ?? null;
    const split = group.find((m) => m.perYear);
    const printed = group.find((m) => !m.perYear || m.totalPrinted);
    let chosen = group.find((m) => m.role === role && m.inRecommendation) ?? group.find((m) => m.role === role) ?? (group[0] as Mention);
    if (!role && partOf.has(chosen.pence)) {
      role = 'component';
      chosen = { ...chosen, role, cue: partOf.get(chosen.pence) ?? '' };
    }
    const otherRoles = roles.filter((r) => r !== role);
    // "£20,000 to LB Enfield and £20,000 to LB Haringey": the same payment twice in one sentence.
    const perSentence = new Map<string, number>();
    for (const m of group) if (m.role === 'allocation') perSentence.set(`${m.line}:${m.quote}`, (perSentence.get(`${m.line}:${m.quote}`) ?? 0) + 1);
    const repeated = Math.max(0, ...perSentence.values());
    const count = group.find((m) => m.count)?.count ?? (role === 'allocation' && repeated >= 2 ? repeated : undefined);
    return {
      pence: chosen.pence,
      role,
      chosen: printed && chosen.perYear && printed.role === role ? printed : chosen,
      mentions: [...group],
      otherRoles,
      principal: false,
      ...(split?.perYear ? { perYear: split.perYear } : {}),
      totalPrinted: printed !== undefined,
      ...(count ? { count } : {}),
      confidence: sureness(chosen, role, otherRoles),
    };
  });
  demoteOffers(sums);
  choosePrincipal(sums);
  return sums;
}

const yearsOf = (sum: SumCandidate) => (sum.perYear ? sum.perYear.map((part) => part.financialYear) : sum.chosen.financialYears);

/**
 * "The Home Office has offered up to £13,000,000 per year for 2022/23 – 2024/25" is accepted when
 * nothing else is; beside the recommendation's own accepted sums for those years it is the offer
 * they answer, context, so the same money is never counted twice.
 */
function demoteOffers(sums: SumCandidate[]): void {
  const accepted = sums.filter((sum) => sum.role === 'accepted' && sum.mentions.some((m) => (m as Mention).inRecommendation && m.role === 'accepted'));
  for (const sum of sums) {
    const figure = sum.perYear?.[0]?.asWritten ?? sum.chosen.asWritten;
    const offered = sum.chosen.cue.startsWith('up to ') || sum.chosen.quote.includes(`up to ${figure}`);
    if (sum.role !== 'accepted' || !offered || sum.mentions.some((m) => (m as Mention).inRecommendation)) continue;
    const years = new Set(yearsOf(sum));
    const answered = accepted.find((other) => other !== sum && yearsOf(other).some((year) => years.has(year)));
    if (!answered) continue;
    sum.role = 'context';
    sum.chosen = { ...sum.chosen, role: 'context', cue: `the offer; the recommendation accepts ${formatPence(answered.pence)} for those years` };
    sum.confidence = { level: 'medium', reason: sum.chosen.cue };
  }
}

/** Marks the principal: the accepted (else bid) sum of the recommendation, else the first. */
export function choosePrincipal(sums: SumCandidate[]): void {
  for (const sum of sums) sum.principal = false;
  const inRecommendation = (sum: SumCandidate) => sum.mentions.some((m) => (m as Mention).inRecommendation && m.role === sum.role);
  const principal =
    sums.find((sum) => sum.role === 'accepted' && inRecommendation(sum)) ??
    sums.find((sum) => sum.role === 'accepted') ??
    sums.find((sum) => sum.role === 'bid' && inRecommendation(sum)) ??
    sums.find((sum) => sum.role === 'bid');
  if (principal) principal.principal = true;
}

/**
 * "Accept the multi-year grant funding ... for 2022-23, 2023-24, and 2024-25", with its sums
 * elsewhere ("The total funding confirmed for 2022-23 is £21,033,663 and then £18,687,441 in both
 * 2023-24 and 2024-25"): when nothing else is accepted, a sum with no role whose years are exactly
 * those the recommendation accepts is the accepted sum.
 */
export function acceptByYears(sums: SumCandidate[], accepted: { years: readonly string[]; quote: string } | null): void {
  if (!accepted || accepted.years.length === 0 || sums.some((sum) => sum.role === 'accepted')) return;
  const wanted = [...accepted.years].sort().join();
  const matching = sums.filter((sum) => {
    const years = sum.perYear ? sum.perYear.map((part) => part.financialYear) : sum.chosen.financialYears;
    return sum.role === null && [...years].sort().join() === wanted;
  });
  if (matching.length !== 1 || !matching[0]) return;
  const sum = matching[0];
  sum.role = 'accepted';
  sum.chosen = { ...sum.chosen, role: 'accepted', cue: `the recommendation accepts the grant for ${accepted.years.join(', ')}` };
  sum.confidence = { level: 'low', reason: 'the recommendation accepts the grant for these years without naming the sum' };
  choosePrincipal(sums);
}
