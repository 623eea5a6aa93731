/**
 * The whole import of one document, without touching the file system: checks the text, removes
 * extraction noise, writes the Markdown, extracts candidates, drafts the decision file and
 * compares its body with the source word by word. The command line (scripts/import.ts) only
 * reads files, calls this and writes the result.
 */
import { formatPence } from '../core/money.ts';
import { distinctKindedDates, extractCandidates, type Candidates } from './candidates.ts';
import { textToBlocks } from './blocks.ts';
import { removeExtractionNoise, removeNamedText, type CleanedEntry } from './clean-source.ts';
import { draftDecisionFile, draftSlug } from './draft.ts';
import { explainLosses, findLostWords, type LostRun } from './loss.ts';
import { splitLines } from './lines.ts';
import { blocksToMarkdown } from './markdown.ts';
import { findSignatureNoise, type SuspectedNoise } from './signature-noise.ts';
import type { DocumentOrigin, KnownFacts, SourceDocument } from './source-document.ts';

/** How to import one document. */
export interface ImportOptions {
  /** For a bare text: its file name, recorded as `source.file`. A SourceDocument carries its own origin. */
  fileName?: string;
  /** Texts the maintainer names as noise to remove (`--accept-loss`). */
  acceptLoss?: readonly string[];
  /** The day of the import, ISO, written as the draft's `addedOn` (the command gives today). */
  addedOn?: string;
}

/** A successful import: the draft file and everything the maintainer should see about it. */
export interface ImportedDocument {
  ok: true;
  slug: string;
  /** The whole draft file: frontmatter and body. */
  file: string;
  body: string;
  /** Where the document came from, as the draft's `source` records it. */
  origin: DocumentOrigin;
  /** The facts the register page states, as the reader found them. */
  known: KnownFacts;
  candidates: Candidates;
  cleaned: CleanedEntry[];
  /** Source words missing from the body, each explained by a cleaned entry or not. */
  explainedLosses: LostRun[];
  unexplainedLosses: LostRun[];
  /** --accept-loss texts that occur nowhere in this document. */
  acceptLossNotFound: string[];
  /** Suspected signatures still in the body. */
  suspectedNoise: SuspectedNoise[];
  undecided: string[];
}

/** An input that cannot become a draft. */
export interface FailedImport {
  ok: false;
  /** One line saying what is wrong. */
  problem: string;
}

/** What a maintainer must still decide, one short line each. */
export function undecidedItems(c: Candidates, suspectedNoise: readonly SuspectedNoise[]): string[] {
  const items: string[] = [];
  for (const error of c.errors) items.push(`ERROR: ${error}`);
  for (const flag of c.flags) items.push(`amount to check: “${flag.asWritten}” (line ${flag.line}): ${flag.problem}`);
  if (!c.reference) items.push('no PCD reference: reference is null; check the document for one');
  if (c.conflictingReferences.length > 0) {
    items.push(`the text names itself with more than one reference: ${[c.reference, ...c.conflictingReferences].map((r) => `${r?.reference} (line ${r?.line})`).join(', ')}`);
  }
  if (!c.title) items.push('no title: write one and a titleNote');
  if (!c.signed) items.push('no signing date: signed.notStated says so; check the document');
  if (c.sums.length === 0) items.push('no sums of money found');
  else if (!c.sums.some((sum) => sum.principal)) items.push('no principal sum: no sum reads as accepted or bid; mark one principal');
  for (const sum of c.sums) {
    const where = `${sum.chosen.asWritten} (line ${sum.chosen.line})`;
    if (!sum.role) items.push(`role of ${where} not decided`);
    else if (sum.otherRoles.length > 0) items.push(`ambiguous role: ${where} read as ${sum.role}, other mentions as ${sum.otherRoles.join(', ')}`);
  }
  items.push('summary: not written');
  items.push(`programmes: not chosen${c.programmeSuggestions.length > 0 ? ` (the text mentions ${c.programmeSuggestions.join(', ')})` : ''}`);
  for (const related of c.related) items.push(`related ${related.reference}: "says" not written`);
  if (c.partTwo.status === 'not-stated') items.push('Part 2: the text does not say whether there is one');
  if (c.partTwo.status === 'conflicting') items.push(`Part 2: ${c.partTwo.note ?? 'the text contradicts itself'}`);
  const unkinded = c.dates.filter((date) => !date.kind).length;
  if (unkinded > 0) items.push(`${unkinded} date${unkinded === 1 ? '' : 's'} of undecided kind (listed under dates)`);
  for (const noise of suspectedNoise) {
    items.push(`possible signature noise left in the body: "${noise.text}" (line ${noise.line}); to remove it, import again with --accept-loss ${JSON.stringify(noise.text)}`);
  }
  return items;
}

/**
 * Imports one document (a SourceDocument from a reader, or a bare text); returns the draft and its
 * reports, or the one-line problem.
 */
export function importDocument(input: SourceDocument | string, options: ImportOptions = {}): ImportedDocument | FailedImport {
  const document: SourceDocument =
    typeof input === 'string' ? { text: input, origin: options.fileName ? { file: options.fileName } : {}, known: {}, cleaned: [] } : input;
  const { text } = document;
  if (text.trim() === '') return { ok: false, problem: 'the file is empty' };
  const auto = removeExtractionNoise(text);
  const suspected = findSignatureNoise(auto.text);
  const named = removeNamedText(auto.text, options.acceptLoss ?? [], suspected.map((noise) => noise.text));
  const { blocks, movedFootnotes } = textToBlocks(named.text);
  const candidates = extractCandidates(blocks, document.known);
  if (candidates.notADecision) return { ok: false, problem: candidates.notADecision };
  const slug = draftSlug(candidates);
  if (!slug) return { ok: false, problem: 'no PCD reference and no title to name the draft after' };

  const body = blocksToMarkdown(blocks);
  // What the reader saw before its own removals (a page's menus and footer), line for line with `text`.
  const original = document.original ?? text;
  const sourceLines = splitLines(original);
  const cleaned: CleanedEntry[] = [
    ...document.cleaned,
    ...named.cleaned,
    ...auto.cleaned,
    ...movedFootnotes.map((footnote) => ({
      // As extracted, before any repair of its markup.
      original: sourceLines[footnote.line - 1]?.trim() || footnote.text,
      replacement: '(moved after the paragraph it interrupted)',
      reason: 'A page-bottom footnote split a sentence; the sentence is rejoined and the footnote follows it, its words unchanged.',
      lines: [footnote.line],
    })),
  ];
  const accepted = new Set(named.cleaned.map((entry) => entry.original));
  const suspectedNoise = suspected.filter((noise) => !accepted.has(noise.text));
  const { explained, unexplained } = explainLosses(
    findLostWords(original, body),
    cleaned.map((entry) => entry.original),
  );
  const undecided = undecidedItems(candidates, suspectedNoise);
  const file = draftDecisionFile({
    candidates,
    body,
    origin: document.origin,
    known: document.known,
    cleaned,
    undecided,
    ...(options.addedOn ? { addedOn: options.addedOn } : {}),
  });
  return {
    ok: true,
    slug,
    file,
    body,
    origin: document.origin,
    known: document.known,
    candidates,
    cleaned,
    explainedLosses: explained,
    unexplainedLosses: unexplained,
    acceptLossNotFound: named.notFound,
    suspectedNoise,
    undecided,
  };
}

/** A short account of an import for the terminal: what was found, what is left to decide. */
export function reviewSummary(result: ImportedDocument): string[] {
  const c = result.candidates;
  const principal = c.sums.find((sum) => sum.principal);
  const lines = [
    `  reference  ${c.reference ? `${c.reference.reference} (line ${c.reference.line}, ${c.reference.how})` : 'none found'}`,
    `  title      ${c.title ? c.title.value : 'none found'}`,
    `  signed     ${c.signed ? `${c.signed.iso} ("${c.signed.asWritten}", line ${c.signed.line})` : 'no signing date'}`,
    `  principal  ${principal ? `${formatPence(principal.pence)} ${principal.role} ("${principal.chosen.asWritten}", line ${principal.chosen.line})` : 'none'}`,
    `  sums       ${c.sums.length === 0 ? 'none' : c.sums.map((sum) => `${sum.chosen.asWritten} ${sum.role ?? '(role?)'}`).join('; ')}`,
  ];
  if (c.tableSums.length > 0) lines.push(`  tables     ${c.tableSums.length} figures in £m columns (listed as comments)`);
  const kinded = distinctKindedDates(c.dates);
  if (kinded.length > 0) lines.push(`  dates      ${kinded.map((date) => `${date.kind} ${date.iso}`).join('; ')}`);
  if (c.financialYears.length > 0) lines.push(`  years      ${c.financialYears.join(', ')}`);
  lines.push(`  part 2     ${c.partTwo.status}${c.partTwo.exemptions.length > 0 ? `; exemptions: ${c.partTwo.exemptions.join(' | ')}` : ''}`);
  if (c.related.length > 0) lines.push(`  related    ${c.related.map((r) => r.reference).join(', ')}`);
  for (const entry of result.cleaned) {
    lines.push(`  cleaned    "${entry.original}"${entry.replacement ? ` -> "${entry.replacement}"` : ''} (line ${entry.lines.join(', ')})`);
  }
  for (const name of result.acceptLossNotFound) lines.push(`  warning    --accept-loss "${name}" does not occur in this file`);
  lines.push('  to decide:');
  for (const item of result.undecided) lines.push(`    - ${item}`);
  if (result.unexplainedLosses.length === 0) {
    lines.push(
      result.explainedLosses.length === 0
        ? '  loss report: no word of the source is missing'
        : `  loss report: only the removals listed under cleaned (${result.explainedLosses.map((run) => `"${run.text}"`).join(', ')})`,
    );
  } else {
    lines.push('  LOSS REPORT: these words of the source are missing from the Markdown:');
    for (const run of result.unexplainedLosses) lines.push(`    line ${run.line}: "${run.text}"`);
  }
  return lines;
}
