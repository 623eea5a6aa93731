/**
 * The facts a decision file needs, read from a document's blocks as candidates for a maintainer
 * to confirm: reference, title, dates and their kinds, every sum with its sentence and guessed
 * role, financial years, cited decisions and Part 2. Nothing here is final; each candidate keeps
 * the words it was read from so the draft can show them.
 */
import type { DateKind } from '../core/enums.ts';
import { FUNDERS, PROGRAMMES, type Funder } from '../core/programmes.ts';
import { referencesIn } from '../core/references.ts';
import type { SumRole } from '../core/sums.ts';
import type { Block } from './blocks.ts';
import type { Candidates, DateCandidate, DecisionType, RelatedCandidate, SumCandidate, SumMention } from './candidate-types.ts';
import { findWrittenDates, type WrittenDate } from './find-dates.ts';
import { findFinancialYears } from './find-financial-years.ts';
import { findTableSums, findWrittenSums } from '../core/find-sums.ts';
import { plainText } from './inline.ts';
import { findOwnReferences } from './own-reference.ts';
import { extractPartTwo } from './part-two.ts';
import type { KnownFacts } from './source-document.ts';
import { splitSentences } from './sentences.ts';
import { findComponentSums, guessSumRole } from './sum-role.ts';

export type {
  AmountFlag, Candidates, Confidence, DateCandidate, DecisionType, RelatedCandidate, SumCandidate, SumMention, Sureness, YearSplit,
} from './candidate-types.ts';

interface Unit {
  inline: string;
  plain: string;
  line: number;
  block: number;
}

/** Roles by how much they say about a sum that is mentioned several times. */
const ROLE_STRENGTH: readonly SumRole[] = [
  'accepted', 'bid', 'future-cap', 'match-funding', 'other-decision-grant', 'allocation', 'context', 'component',
];

const GENERIC_HEADING =
  /^(?:key information|executive summary|recommendations?|introduction and background|issues for consideration|(?:financial|legal|equality|privacy) comments|financial, commercial and procurement comments|gdpr and data privacy|background\/supporting papers|public access to information|part \d+ deferral|time sensitivity|deputy mayor for policing and crime|chief executive(?: officer)?|officer approval|originating officer declaration|real estate implications|environmental implications|revenue impact summary|signed decision document|mopac|nopac|mayor of london|office for policing and crime|decision required\b.*|non-confidential facts\b.*|part (?:i|ii|1|2)\b.*|contributes to\b.*|(?:request for )?dmpc decision\b.*|report by\b.*|mopac investment advisory\b.*|nopac mayor of london\b.*|mopac mayor of london\b.*)$/i;

function unitsOf(blocks: readonly Block[]): Unit[] {
  const units: Unit[] = [];
  blocks.forEach((block, index) => {
    if (block.kind === 'table') {
      block.rows.forEach((row, r) => {
        for (const cell of row) if (cell.trim()) units.push({ inline: cell, plain: plainText(cell).trim(), line: block.line + r, block: index });
      });
      return;
    }
    for (const sentence of splitSentences(block.text)) {
      units.push({ inline: sentence.text, plain: plainText(sentence.text).trim(), line: block.line, block: index });
    }
  });
  return units;
}

/** The plain text of each block, with its line, for checks that read line by line. */
function plainLines(blocks: readonly Block[]): { text: string; line: number }[] {
  return blocks.map((block) =>
    block.kind === 'table'
      ? { text: block.rows.map((row) => row.join(' ')).join(' '), line: block.line }
      : { text: plainText(block.text).trim(), line: block.line },
  );
}

function fundersIn(text: string): Funder[] {
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

/**
 * Guesses what a date in a sentence is from the words before it: "required ... by", "meeting",
 * "the period ... to", "reviewed on". `after` is a date earlier in the same sentence, if any.
 */
export function guessDateKind(
  sentence: string,
  date: WrittenDate,
  options: { after?: DateCandidate; partTwo?: boolean } = {},
): { kind: DateKind | null; cue: string } {
  const before = plainText(sentence.slice(0, date.start));
  const since = options.after
    ? plainText(sentence.slice(options.after.start + options.after.asWritten.length, date.start))
    : before;
  const plain = plainText(sentence);
  if (/\brequired\b[^.]*\bby\s*$/i.test(before)) return { kind: 'decision-required-by', cue: 'required … by' };
  if (/\b(?:meeting|board|committee)\b[\s,:–-]*(?:on\s+|held\s+on\s+)?$/i.test(before)) return { kind: 'meeting', cue: 'meeting' };
  if (options.after?.kind === 'funding-period-start' && /^\s*(?:to|until|and|[-–—])\s*$/i.test(since)) {
    return { kind: 'funding-period-end', cue: 'the end of the period' };
  }
  if (/\b(?:period|timeframe)\s+(?:from\s+|of\s+)?$/i.test(before)) return { kind: 'funding-period-start', cue: 'the period from' };
  if (/\bperiod\s+(?:to|until|ending)\s*$/i.test(before)) return { kind: 'funding-period-end', cue: 'the period to' };
  if (/\b(?:fund\w*|grant)\b[^.]*\b(?:available|spent|expires?|ends?)\b[^.]*\b(?:until|before|by|on|to)\s*$/i.test(before)) {
    return { kind: 'funding-period-end', cue: 'funding available until' };
  }
  if (/\breviewed\s+(?:on|in|by)\s*$/i.test(before) && (options.partTwo || /\bpart 2\b/i.test(plain))) {
    return { kind: 'part-2-review', cue: 'Part 2 reviewed' };
  }
  return { kind: null, cue: '' };
}

/** The dates whose kind is known, each kind and day once, in document order. */
export function distinctKindedDates(dates: readonly DateCandidate[]): DateCandidate[] {
  const seen = new Set<string>();
  return dates.filter((date) => {
    const key = `${date.kind}:${date.iso}`;
    if (!date.kind || date.kind === 'signed' || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Reads every candidate fact from a document's blocks (after extraction noise is removed). */
export function extractCandidates(blocks: readonly Block[], known: KnownFacts = {}): Candidates {
  void known; // read by the steps below as they learn the register's facts
  const units = unitsOf(blocks);
  const lines = plainLines(blocks);
  const allText = lines.map((line) => line.text).join('\n');

  // Reference: the document's own, then the decisions it cites.
  const own = findOwnReferences(lines);
  const reference = own[0] ?? null;
  const conflictingReferences = own.filter((item) => item.reference !== reference?.reference);
  const ownReference = reference?.reference ?? null;

  // Title: the "Title:" line, else the first heading that names this document rather than a section.
  let title: Candidates['title'] = null;
  const titleLine = lines.find((line) => /^Title\s*:\s*\S/i.test(line.text));
  if (titleLine) title = { value: titleLine.text.replace(/^Title\s*:\s*/i, '').trim(), line: titleLine.line, how: 'the “Title:” line' };
  else {
    const heading = blocks.find(
      (block): block is Extract<Block, { kind: 'heading' }> =>
        block.kind === 'heading' && !GENERIC_HEADING.test(plainText(block.text).replace(/^\d+(?:\.\d+)*\.?\s+/, '').replace(/:$/, '').trim()),
    );
    if (heading) title = { value: plainText(heading.text).trim(), line: heading.line, how: 'the first heading' };
  }

  // Signature blocks: the Deputy Mayor's approval, and the Chief Executive's.
  const dateLineAfter = (start: number, limit: number) => {
    for (let i = start + 1; i < Math.min(blocks.length, start + 1 + limit); i += 1) {
      const block = blocks[i];
      if (!block || block.kind === 'heading' || block.kind === 'table') break;
      if (/^Date\b/i.test(plainText(block.text).trim())) return i;
    }
    return -1;
  };
  const approval = blocks.findIndex((block) => block.kind === 'paragraph' && /\bhas my approval\b/i.test(block.text));
  const signingBlock = approval >= 0 ? dateLineAfter(approval, 6) : -1;
  const chiefExecutive = blocks.findIndex(
    (block) => block.kind !== 'table' && /^Chief Executive(?: Officer)?:?$/i.test(plainText(block.text).trim()),
  );
  const chiefBlock = chiefExecutive >= 0 ? dateLineAfter(chiefExecutive, 8) : -1;
  const partTwoFrom = blocks.findIndex((block) => block.kind !== 'table' && /^Part 2\s*[-–—]/i.test(plainText(block.text).trim()));

  // Dates.
  let signed: DateCandidate | null = null;
  const dates: DateCandidate[] = [];
  for (const unit of units) {
    const isDateLine = /^Date\b/i.test(unit.plain);
    let previous: DateCandidate | undefined;
    for (const date of findWrittenDates(unit.inline, { spaced: isDateLine })) {
      let kind: DateCandidate['kind'] = null;
      let cue = '';
      if (unit.block === signingBlock && !signed) {
        kind = 'signed';
        cue = 'the “Date” after “The above request has my approval.”';
      } else if (unit.block === chiefBlock) {
        kind = 'chief-executive-signed';
        cue = 'the “Date” of the Chief Executive’s signature';
      } else {
        ({ kind, cue } = guessDateKind(unit.inline, date, {
          ...(previous ? { after: previous } : {}),
          partTwo: partTwoFrom >= 0 && unit.block > partTwoFrom,
        }));
      }
      const candidate: DateCandidate = { ...date, kind, cue, sentence: unit.plain, line: unit.line };
      if (kind === 'signed') signed = candidate;
      else dates.push(candidate);
      previous = candidate;
    }
  }

  // Sums: every mention, its role, then one candidate per amount.
  const mentions: SumMention[] = [];
  for (const unit of units) {
    const seen = new Map<string, number>();
    for (const sum of findWrittenSums(unit.plain)) {
      const occurrence = seen.get(sum.asWritten) ?? 0;
      seen.set(sum.asWritten, occurrence + 1);
      const guess = guessSumRole(unit.plain, sum.asWritten, { occurrence, ownReference });
      const [funder] = fundersIn(unit.plain);
      mentions.push({
        pence: sum.pence,
        asWritten: sum.asWritten,
        quote: unit.plain,
        line: unit.line,
        role: guess.role,
        cue: guess.cue,
        ...(guess.decision ? { decision: guess.decision } : {}),
        financialYears: [...new Set(findFinancialYears(unit.plain).map((fy) => fy.value))],
        ...(funder ? { funder } : {}),
      });
    }
  }
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
  const byPence = new Map<number, SumMention[]>();
  for (const mention of mentions) byPence.set(mention.pence, [...(byPence.get(mention.pence) ?? []), mention]);
  const sums: SumCandidate[] = [...byPence.values()].map((group) => {
    const roles = [...new Set(group.flatMap((m) => (m.role ? [m.role] : [])))];
    const role = ROLE_STRENGTH.find((r) => roles.includes(r)) ?? null;
    const chosen = group.find((m) => m.role === role) ?? (group[0] as SumMention);
    return {
      pence: chosen.pence,
      role,
      chosen,
      mentions: group,
      otherRoles: roles.filter((r) => r !== role),
      principal: false,
      totalPrinted: true,
      confidence: role ? { level: 'medium', reason: `“${chosen.cue}”` } : { level: 'low', reason: 'no words near it say what it is' },
    };
  });
  const principal = sums.find((sum) => sum.role === 'accepted') ?? sums.find((sum) => sum.role === 'bid');
  if (principal) principal.principal = true;

  const tableSums = blocks.flatMap((block) =>
    block.kind === 'table' ? findTableSums(block.rows).map((sum) => ({ ...sum, line: block.line })) : [],
  );

  // The decision's financial years: those beside the words that make the principal sum accepted or
  // bid for ("acceptance of grant funding of £135,000 for 2020/21"), else those of any of its mentions.
  const principalMentions = principal?.mentions ?? [];
  const cued = principalMentions.filter((m) => m.role === principal?.role).flatMap((m) => m.financialYears);
  const financialYears = [...new Set(cued.length > 0 ? cued : principalMentions.flatMap((m) => m.financialYears))].sort();

  // Decisions cited, each with the first sentence that cites it.
  const related: RelatedCandidate[] = [];
  for (const unit of units) {
    for (const cited of referencesIn(unit.plain)) {
      if (cited === ownReference || related.some((r) => r.reference === cited)) continue;
      const [date] = findWrittenDates(unit.inline);
      related.push({ reference: cited, quote: unit.plain, line: unit.line, ...(date ? { date } : {}) });
    }
  }

  const roles = new Set(sums.map((sum) => sum.role));
  const decisionTypes: DecisionType[] = [
    ...(roles.has('accepted') ? (['grant-acceptance'] as const) : []),
    ...(roles.has('future-cap') ? (['future-grant-acceptance'] as const) : []),
    ...(roles.has('bid') ? (['bid-approval'] as const) : []),
  ];

  const folded = allText.toLowerCase().replace(/-/g, '');
  const programmeSuggestions = PROGRAMMES.filter(
    (programme) =>
      folded.includes(programme.name.toLowerCase().replace(/-/g, '')) ||
      new RegExp(`\\b${programme.id.replace(/-/g, '[ -]?')}\\b`, 'i').test(allText),
  ).map((programme) => programme.id);

  const summaryHeading = blocks.findIndex((block) => block.kind === 'heading' && /executive summary/i.test(block.text));
  const summaryBlock = summaryHeading >= 0 ? blocks.slice(summaryHeading + 1).find((block) => block.kind === 'paragraph') : undefined;
  const summaryHint = summaryBlock && summaryBlock.kind === 'paragraph' ? (splitSentences(plainText(summaryBlock.text))[0]?.text ?? null) : null;

  const marker = /\bMOPAC\b|\bDMPC\b|\bDeputy Mayor\b/i.test(allText) || ownReference !== null;
  const missing = [
    ...(ownReference ? [] : ['no PCD reference']),
    ...(sums.length > 0 ? [] : ['no sum of money']),
    ...(marker ? [] : ['no mention of MOPAC, the DMPC or the Deputy Mayor']),
  ];
  const notADecision = !marker || (!ownReference && sums.length === 0) ? `not a decision document (${missing.join(', ')})` : null;

  return {
    reference,
    conflictingReferences,
    title,
    signed,
    dates,
    sums,
    tableSums,
    financialYears,
    related,
    partTwo: extractPartTwo(lines),
    funders: fundersIn(allText),
    recipient: /Metropolitan Police Service|\bMPS\b/.test(allText) ? 'Metropolitan Police Service (MPS)' : null,
    programmeSuggestions,
    decisionTypes,
    summaryHint,
    notADecision,
    confidence: {
      reference: reference ? { level: 'high', reason: reference.how } : { level: 'low', reason: 'none found' },
      title: title ? { level: 'medium', reason: title.how } : { level: 'low', reason: 'none found' },
      signed: signed ? { level: 'high', reason: (signed as DateCandidate).cue } : { level: 'low', reason: 'none found' },
    },
    flags: [],
    errors: [],
  };
}
