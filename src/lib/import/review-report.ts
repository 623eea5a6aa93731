/**
 * The review report of an import run: one Markdown file for the whole batch, written for a
 * maintainer who reads it in an editor, a terminal or a browser. It opens with one line per input
 * (written, needs attention, refused) and then gives, for each draft, what needs a person, every
 * field with the words it was read from and how sure the importer is, every amount, every flagged
 * amount, what was removed, and the loss report. Markdown is plain text first: nothing in it needs
 * rendering to be read, and an editor's or GitHub's preview shows it with headings and lists.
 */
import { formatPence } from '../core/money.ts';
import type { Sureness, SumCandidate } from './candidate-types.ts';
import type { ImportedDocument } from './import-document.ts';
import type { DocumentOrigin } from './source-document.ts';

/** One input of the run and what became of it. */
export interface ReviewEntry {
  /** The input as named: a path or an address. */
  input: string;
  /** The draft's path as shown, when one was (or in a dry run, would be) written. */
  draft?: string;
  written: boolean;
  /** Why no draft was written, in one line. */
  problem?: string;
  /** Anything else the run did with it: "named x-2.md, as x.md is taken by y". */
  notes: string[];
  result?: ImportedDocument;
}

/** What makes a draft need a person beyond the routine (summary, programmes, what each cited decision says). */
export function attentionOf(result: ImportedDocument): string[] {
  const c = result.candidates;
  const items: string[] = [];
  for (const error of c.errors) items.push(`error: ${error}`);
  for (const flag of c.flags) items.push(`amount to check: “${flag.asWritten}” (line ${flag.line}): ${flag.problem}`);
  if (result.unexplainedLosses.length > 0) {
    items.push(`${result.unexplainedLosses.length} passage${result.unexplainedLosses.length === 1 ? '' : 's'} of the source would be lost (see the loss report); not written`);
  }
  const fields: [string, Sureness][] = [
    ['reference', c.confidence.reference],
    ['title', c.confidence.title],
    ['signing date', c.confidence.signed],
  ];
  for (const [name, sure] of fields) if (sure.level === 'low') items.push(`${name}: ${sure.reason || 'the importer is not sure'}`);
  if (c.conflictingReferences.length > 0) items.push('the text names itself with more than one reference');
  if (c.sums.length > 0 && !c.sums.some((sum) => sum.principal)) items.push('no principal sum: mark one');
  for (const sum of c.sums) {
    if (!sum.role) items.push(`role of ${sum.chosen.asWritten} (line ${sum.chosen.line}) not decided`);
    else if (sum.confidence.level === 'low' && !c.flags.some((flag) => flag.problem === sum.confidence.reason)) {
      items.push(`role of ${sum.chosen.asWritten} (line ${sum.chosen.line}): ${sum.confidence.reason}`);
    }
  }
  for (const noise of result.suspectedNoise) items.push(`possible signature noise left in the body: “${noise.text}” (line ${noise.line})`);
  for (const name of result.acceptLossNotFound) items.push(`--accept-loss “${name}” occurs nowhere in this document`);
  return items;
}

/** One line of a quoted text: whitespace collapsed, long ones cut. */
function quote(text: string, max = 220): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return `“${line.length <= max ? line : `${line.slice(0, max - 1)}…`}”`;
}

function sure(s: Sureness): string {
  return `${s.level}${s.reason ? `: ${s.reason}` : ''}`;
}

function describeSource(origin: DocumentOrigin): string[] {
  return [
    ...(origin.file ? [`- file: ${origin.file}`] : []),
    ...(origin.page ? [`- register page: <${origin.page}>`] : []),
    ...(origin.pdf ? [`- PDF: <${origin.pdf}>`] : []),
  ];
}

function sumLines(sum: SumCandidate): string[] {
  const { chosen } = sum;
  const count = sum.count && sum.count > 1 ? ` × ${sum.count}` : '';
  const head = `- ${formatPence(sum.pence)}${count} ${sum.role ?? '(role not decided)'}${sum.principal ? ', principal' : ''} — ${sure(sum.confidence)}`;
  const lines = [head, `  - as written “${chosen.asWritten}”, line ${chosen.line}: ${quote(chosen.quote)}`];
  if (sum.perYear && sum.perYear.length > 0) {
    lines.push(`  - per year: ${sum.perYear.map((part) => `${part.financialYear} ${part.asWritten}`).join('; ')}${sum.totalPrinted ? '' : ' (no total printed)'}`);
  }
  if (chosen.financialYears.length > 0) lines.push(`  - financial years in its sentence: ${chosen.financialYears.join(', ')}`);
  if (sum.otherRoles.length > 0) lines.push(`  - other mentions read as ${sum.otherRoles.join(', ')}`);
  if (sum.mentions.length > 1) lines.push(`  - mentioned ${sum.mentions.length} times (lines ${[...new Set(sum.mentions.map((m) => m.line))].join(', ')})`);
  return lines;
}

/** The section of one draft. */
function draftSection(entry: ReviewEntry, result: ImportedDocument): string[] {
  const c = result.candidates;
  const attention = attentionOf(result);
  const out: string[] = [`## ${entry.draft ?? result.slug}`, '', `From ${entry.input}${entry.written ? '' : ' — NOT WRITTEN'}`, '', ...describeSource(result.origin), ''];
  for (const note of entry.notes) out.push(`Note: ${note}`, '');
  out.push('### Needs a person', '');
  out.push(...(attention.length > 0 ? attention.map((item) => `- ${item}`) : ['- nothing beyond the routine']));
  out.push(`- routine: write the summary; choose the programmes${c.related.length > 0 ? `; say what it says of ${c.related.map((r) => r.reference).join(', ')}` : ''}`, '');

  out.push('### Fields', '');
  out.push(
    c.reference
      ? `- reference: ${c.reference.reference} — ${sure(c.confidence.reference)} — line ${c.reference.line}: ${quote(c.reference.asWritten)}`
      : `- reference: none — ${sure(c.confidence.reference)}`,
  );
  out.push(c.title ? `- title: ${quote(c.title.value)} — ${sure(c.confidence.title)} (line ${c.title.line})` : `- title: none — ${sure(c.confidence.title)}`);
  out.push(
    c.signed
      ? `- signed: ${c.signed.iso} (“${c.signed.asWritten}”) — ${sure(c.confidence.signed)} — line ${c.signed.line}: ${quote(c.signed.sentence)}`
      : `- signed: not stated — ${sure(c.confidence.signed)}`,
  );
  if (result.known.datePublished) out.push(`- published (the page's “Date published”, not the signing date): ${result.known.datePublished.asWritten}`);
  if (result.known.decisionBy) out.push(`- decision by (the page): ${result.known.decisionBy.asWritten}`);
  out.push(`- financial years: ${c.financialYears.length > 0 ? c.financialYears.join(', ') : 'none read'}`);
  out.push(`- Part 2: ${c.partTwo.status}${c.partTwo.line ? ` (line ${c.partTwo.line})` : ''}${c.partTwo.note ? `: ${c.partTwo.note}` : ''}`);
  out.push(`- cited decisions: ${c.related.length > 0 ? c.related.map((r) => `${r.reference} (line ${r.line})`).join(', ') : 'none'}`);
  const dated = c.dates.filter((date) => date.kind);
  if (dated.length > 0) out.push(`- other dates: ${dated.map((date) => `${date.kind} ${date.iso} (line ${date.line})`).join('; ')}`);
  out.push('');

  out.push('### Amounts', '');
  out.push(...(c.sums.length > 0 ? c.sums.flatMap(sumLines) : ['- none found']));
  if (c.tableSums.length > 0) out.push(`- and ${c.tableSums.length} figure${c.tableSums.length === 1 ? '' : 's'} in tables (listed in the draft as comments)`);
  out.push('', '### Flagged amounts', '');
  out.push(...(c.flags.length > 0 ? c.flags.map((flag) => `- “${flag.asWritten}” (line ${flag.line}): ${flag.problem}`) : ['- none']));
  if (c.errors.length > 0) out.push('', '### Errors in the document', '', ...c.errors.map((error) => `- ${error}`));

  out.push('', '### Removed (listed under cleaned)', '');
  out.push(
    ...(result.cleaned.length > 0
      ? result.cleaned.map((entry) => `- ${quote(entry.original, 160)}${entry.replacement ? ` → “${entry.replacement}”` : ''} (line${entry.lines.length > 1 ? 's' : ''} ${entry.lines.join(', ')}): ${entry.reason}`)
      : ['- nothing']),
  );
  out.push('', '### Loss report', '');
  if (result.unexplainedLosses.length > 0) {
    out.push('These words of the source are missing from the body:', '', ...result.unexplainedLosses.map((run) => `- line ${run.line}: ${quote(run.text)}`));
  } else if (result.explainedLosses.length > 0) {
    out.push(`No word is lost: the ${result.explainedLosses.length} missing passage${result.explainedLosses.length === 1 ? ' is' : 's are'} the removals listed above.`);
  } else out.push('No word of the source is missing from the body.');
  out.push('');
  return out;
}

/** True when the entry's input gave no draft, or a draft that needs a person. */
export function entryNeedsAttention(entry: ReviewEntry): boolean {
  return !entry.written || (entry.result !== undefined && attentionOf(entry.result).length > 0);
}

/** The whole report: a summary line per input, then a section per draft. */
export function reviewReport(entries: readonly ReviewEntry[], options: { when: string; dryRun?: boolean }): string {
  const written = entries.filter((entry) => entry.written).length;
  const refused = entries.filter((entry) => !entry.written).length;
  const attention = entries.filter((entry) => entry.written && entryNeedsAttention(entry)).length;
  const out = [
    '# Import review',
    '',
    `${options.when}${options.dryRun ? ' (dry run: nothing was written)' : ''}. ${entries.length} input${entries.length === 1 ? '' : 's'}: ${written} draft${written === 1 ? '' : 's'} ${options.dryRun ? 'would be ' : ''}written, ${attention} of them needing attention; ${refused} refused.`,
    '',
    '## Summary',
    '',
  ];
  for (const entry of entries) {
    if (!entry.written) out.push(`- REFUSED ${entry.input}: ${entry.problem ?? 'not written'}`);
    else {
      const items = entry.result ? attentionOf(entry.result) : [];
      out.push(`- ${items.length > 0 ? `CHECK (${items.length})` : 'ok'} ${entry.draft} ← ${entry.input}`);
    }
  }
  out.push('');
  for (const entry of entries) if (entry.result) out.push(...draftSection(entry, entry.result));
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}
