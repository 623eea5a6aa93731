/**
 * The facts a decision file needs, read from a document's blocks as candidates for a maintainer
 * to confirm: reference, title, dates and their kinds, every sum with its sentence and guessed
 * role, financial years, cited decisions and Part 2. Nothing here is final; each candidate keeps
 * the words it was read from so the draft can show them.
 */
import type { DateKind } from '../core/enums.ts';
import { PROGRAMMES } from '../core/programmes.ts';
import { referencesIn } from '../core/references.ts';
import type { Block } from './blocks.ts';
import type { Candidates, DateCandidate, DecisionType, RelatedCandidate, Sureness } from './candidate-types.ts';
import { findImpossibleDates, findWrittenDates, type WrittenDate } from './find-dates.ts';
import { expandFinancialYears } from './find-financial-years.ts';
import { scanTable } from '../core/find-sums.ts';
import { acceptByYears, findSumMentions, fundersIn, groupSums } from './extract-sums.ts';
import { plainText } from './inline.ts';
import { knownReference, knownSigned, knownTitle, stripReference } from './known-facts.ts';
import { findOwnReferences } from './own-reference.ts';
import { extractPartTwo } from './part-two.ts';
import type { KnownFacts } from './source-document.ts';
import { splitSentences } from './sentences.ts';

export type {
  AmountFlag, Candidates, Confidence, DateCandidate, DecisionType, RelatedCandidate, SumCandidate, SumMention, Sureness, YearSplit,
} from './candidate-types.ts';

interface Unit {
  inline: string;
  plain: string;
  line: number;
  block: number;
  inRecommendation: boolean;
}

const GENERIC_HEADING =
  /^(?:key information|executive summary|recommendations?|introduction and background|issues for consideration|(?:financial|legal|equality|privacy) comments|financial, commercial and procurement comments|gdpr and data privacy|background\/supporting papers|public access to information|part \d+ deferral|time sensitivity|deputy mayor for policing and crime|chief executive(?: officer)?|officer approval|originating officer declaration|real estate implications|environmental implications|revenue impact summary|signed decision document|mopac|nopac|mayor of london|office for policing and crime|decision required\b.*|non-confidential facts\b.*|part (?:i|ii|1|2)\b.*|contributes to\b.*|(?:request for )?dmpc decision\b.*|report by\b.*|mopac investment advisory\b.*|nopac mayor of london\b.*|mopac mayor of london\b.*|decision|supporting documents?|skip to\b.*|main (?:content|navigation|menu)|menu|search|cookies?\b.*|share (?:this|on)\b.*|breadcrumb|home|contents?|mopac decisions|governance and decision[- ]making|.*\blogos?\b.*|related (?:documents|content|pages)|back to top|print this page|london assembly|page type\b.*)$/i;

const RECOMMENDATION_HEADING = /^(?:\d+\.?\s*)?(?:recommendations?|decision)\s*:?$/i;
const RECOMMENDED = /\b(?:is|are) (?:recommended|asked|requested|invited) to\b/i;

/** The sentences and table cells of the blocks, each marked when it stands in the recommendation. */
function unitsOf(blocks: readonly Block[]): Unit[] {
  const units: Unit[] = [];
  let inRecommendation = false;
  blocks.forEach((block, index) => {
    if (block.kind === 'table') {
      block.rows.forEach((row, r) => {
        for (const cell of row) {
          if (cell.trim()) units.push({ inline: cell, plain: plainText(cell).trim(), line: block.line + r, block: index, inRecommendation });
        }
      });
      return;
    }
    const plain = plainText(block.text).trim();
    if (block.kind === 'heading') inRecommendation = RECOMMENDATION_HEADING.test(plain);
    else if (RECOMMENDED.test(plain)) inRecommendation = true;
    for (const sentence of splitSentences(block.text)) {
      units.push({ inline: sentence.text, plain: plainText(sentence.text).trim(), line: block.line, block: index, inRecommendation });
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
  const units = unitsOf(blocks);
  const lines = plainLines(blocks);
  const allText = lines.map((line) => line.text).join('\n');
  const errors: string[] = [];

  // Reference: the one the register page states, else the document's own; then the decisions it cites.
  const stated = knownReference(known, lines);
  const own = findOwnReferences(lines, stated?.reference ?? null);
  const reference = stated ?? own[0] ?? null;
  const conflictingReferences = own.filter((item) => item.reference !== reference?.reference);
  const ownReference = reference?.reference ?? null;
  const referenceSureness: Sureness = !reference
    ? { level: 'low', reason: 'no reference found in the page or the text' }
    : stated || /heading|labelled/.test(reference.how)
      ? { level: conflictingReferences.length > 0 ? 'low' : 'high', reason: reference.how }
      : { level: 'medium', reason: reference.how };

  // Title: the page's, else the "Title:" line, else the first heading that names this document
  // rather than a section or the site around it.
  let title: Candidates['title'] = knownTitle(known, lines);
  let titleSureness: Sureness = { level: 'high', reason: title?.how ?? '' };
  const titleLine = lines.find((line) => /^Title\s*:\s*\S/i.test(line.text));
  if (title) {
    // stated by the page
  } else if (titleLine) {
    title = { value: titleLine.text.replace(/^Title\s*:\s*/i, '').trim(), line: titleLine.line, how: 'the “Title:” line' };
    titleSureness = { level: 'high', reason: title.how };
  } else {
    const heading = blocks.find(
      (block): block is Extract<Block, { kind: 'heading' }> =>
        block.kind === 'heading' &&
        /\p{L}{3}/u.test(stripReference(plainText(block.text))) &&
        !GENERIC_HEADING.test(stripReference(plainText(block.text)).replace(/^\d+(?:\.\d+)*\.?\s+/, '').replace(/:$/, '').trim()),
    );
    const named = own.find((item) => item.how === 'the page heading');
    if (heading) {
      title = { value: stripReference(plainText(heading.text).trim()), line: heading.line, how: 'the first heading' };
      titleSureness = { level: 'medium', reason: title.how };
    } else if (named && stripReference(named.asWritten) !== named.asWritten.trim()) {
      // "PCD 1656 Additional Home Office Grant Funding ...", too long to read as a heading.
      title = { value: stripReference(named.asWritten), line: named.line, how: 'the page heading after its reference' };
      titleSureness = { level: 'medium', reason: title.how };
    } else titleSureness = { level: 'low', reason: 'no title line and no heading that names the document' };
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
  // Without an approval sentence, a "Date ..." line after the recommendation may be the signing date;
  // "Date published" and the date of a grant agreement never are.
  const firstRecommended = units.find((unit) => unit.inRecommendation)?.block ?? -1;
  const notSigning = /^Date\s*(?:of\s+)?(?:publi|agree|grant|review|meeting|received|submitted|required)|agreement|published|\bgrant\b|\bends?\b|\bexpir/i;
  const laterDateBlock =
    signingBlock < 0 && firstRecommended >= 0
      ? blocks.findIndex(
          (block, index) =>
            index > firstRecommended && block.kind !== 'table' && /^Date\b/i.test(plainText(block.text).trim()) && !notSigning.test(plainText(block.text).trim()),
        )
      : -1;
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
      } else if (unit.block === laterDateBlock && !signed) {
        kind = 'signed';
        cue = 'a “Date” line after the recommendation';
      } else if (/^Date signed\s*:/i.test(unit.plain) && !signed) {
        kind = 'signed';
        cue = 'the “Date signed:” line';
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
  const { mentions, flags } = findSumMentions(units, ownReference);
  const sums = groupSums(mentions);
  const acceptsGrant = units.find((unit) => unit.inRecommendation && /\baccept/i.test(unit.plain) && !unit.plain.includes('£'));
  acceptByYears(sums, acceptsGrant ? { years: expandFinancialYears(acceptsGrant.plain).map((fy) => fy.value), quote: acceptsGrant.plain } : null);
  const principal = sums.find((sum) => sum.principal);

  const tableSums: Candidates['tableSums'] = [];
  for (const block of blocks) {
    if (block.kind !== 'table') continue;
    const scanned = scanTable(block.rows);
    for (const sum of scanned.sums) tableSums.push({ ...sum, line: block.line });
    for (const cell of scanned.unread) {
      flags.push({ asWritten: cell.asWritten, line: block.line, problem: `${cell.problem} (table row “${cell.row}”, column “${cell.column}”)` });
    }
  }

  // The decision's financial years: those beside the words that make the principal sum accepted or
  // bid for ("acceptance of grant funding of £135,000 for 2020/21"), else those of any of its mentions.
  const principalMentions = principal?.mentions ?? [];
  const cued = principal?.perYear
    ? principal.perYear.map((part) => part.financialYear)
    : principalMentions.filter((m) => m.role === principal?.role).flatMap((m) => m.financialYears);
  let financialYears = [...new Set(cued.length > 0 ? cued : principalMentions.flatMap((m) => m.financialYears))].sort();
  // "Accept £4,403,246 ... . The grant funding is for the financial year 2021-2022.": the years
  // of the principal's paragraph, else of the recommendation, else of the title, else the one
  // year the text names.
  if (principal && financialYears.length === 0) {
    const yearsOf = (chosen: readonly Unit[]) => [...new Set(chosen.flatMap((unit) => expandFinancialYears(unit.plain).map((fy) => fy.value)))].sort();
    const blocksOf = new Set(principalMentions.map((m) => m.line));
    const paragraph = yearsOf(units.filter((unit) => blocksOf.has(unit.line)));
    const recommendation = yearsOf(units.filter((unit) => unit.inRecommendation));
    const everywhere = yearsOf(units);
    const titled = title ? [...new Set(expandFinancialYears(title.value).map((fy) => fy.value))].sort() : [];
    financialYears =
      paragraph.length > 0 ? paragraph : recommendation.length > 0 ? recommendation : titled.length > 0 ? titled : everywhere.length === 1 ? everywhere : [];
  }

  // Decisions cited, each with the first sentence that cites it.
  // A document never cites itself: its own reference, and the lines that state it, are left out.
  const related: RelatedCandidate[] = [];
  const cited = new Set<string>(ownReference ? [ownReference] : []);
  const ownLines = new Set(own.map((item) => item.line));
  for (const unit of units) {
    if (!/PCD/i.test(unit.plain) || (ownLines.has(unit.line) && referencesIn(unit.plain).length === 1)) continue;
    for (const reference of referencesIn(unit.plain)) {
      if (cited.has(reference)) continue;
      cited.add(reference);
      const [date] = findWrittenDates(unit.inline);
      related.push({ reference, quote: unit.plain, line: unit.line, ...(date ? { date } : {}) });
    }
  }

  // Impossible dates anywhere are errors; the page's "Date signed" wins over the text's, and a
  // disagreement between them is an error too.
  for (const unit of units) {
    if (!/\d/.test(unit.plain)) continue;
    for (const date of findImpossibleDates(unit.plain)) errors.push(`“${date.asWritten}” (line ${unit.line}) is not a real day`);
  }
  const page = knownSigned(known, lines);
  if (page.error) errors.unshift(page.error);
  const fromText = signed as DateCandidate | null;
  if (page.date && fromText && fromText.iso !== page.date.iso) {
    errors.push(`the page’s “Date signed” (${page.date.asWritten}) and the text’s signing date (${fromText.asWritten}, line ${fromText.line}) differ`);
  }
  const finalSigned: DateCandidate | null = page.date ?? fromText;
  const signedSureness: Sureness = page.date
    ? { level: 'high', reason: page.date.cue }
    : fromText
      ? { level: fromText.cue.includes('after the recommendation') ? 'medium' : 'high', reason: fromText.cue }
      : { level: page.error ? 'low' : 'medium', reason: page.error ? 'the page’s “Date signed” is not a real day' : 'no signing date in the page or the text' };

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
  // A register page that states a reference or who decided is a decision page whatever its text holds.
  const registerPage = Boolean(known.reference || known.decisionBy);
  const notADecision = !registerPage && (!marker || (!ownReference && sums.length === 0)) ? `not a decision document (${missing.join(', ')})` : null;

  return {
    reference,
    conflictingReferences,
    title,
    signed: finalSigned,
    dates,
    sums,
    tableSums,
    financialYears,
    related,
    partTwo: extractPartTwo(lines),
    funders: fundersIn(allText),
    recipient: /Metropolitan Police Service|\bMPS\b/.test(allText)
      ? 'Metropolitan Police Service (MPS)'
      : /\bMOPAC\b[^.]{0,40}\b(?:receives?|to accept|will receive|has received|had been successful)/.test(allText)
        ? 'Mayor’s Office for Policing and Crime (MOPAC)'
        : null,
    programmeSuggestions,
    decisionTypes,
    summaryHint,
    notADecision,
    confidence: { reference: referenceSureness, title: titleSureness, signed: signedSureness },
    flags,
    errors,
  };
}
