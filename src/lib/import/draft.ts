/**
 * The draft decision file: frontmatter filled with the best candidates, each marked with the words
 * it was read from, and the body. The draft is valid YAML but deliberately fails the schema until
 * a maintainer has written what only a person can: the public summary, the programmes, and what
 * the document says of each decision it cites. So an unreviewed import can never be published.
 */
import { formatPence, parseAmount } from '../core/money.ts';
import { isValidSlug, slugForReference } from '../core/references.ts';
import { distinctKindedDates, type Candidates, type DateCandidate, type SumCandidate } from './candidates.ts';
import type { CleanedEntry } from './clean-source.ts';
import type { DocumentOrigin, KnownFacts } from './source-document.ts';
import { Document, isMap, isScalar, isSeq, visit } from 'yaml';

/** What the draft is written from. */
export interface DraftInput {
  candidates: Candidates;
  body: string;
  /** Where the document came from: file, register page, PDF, kept as `source`. */
  origin?: DocumentOrigin;
  /** The input's file name, kept as `source.file`, when no `origin` is given. */
  sourceFile?: string;
  /** What the register page states outside the text; its "Decision by:" goes into `register`. */
  known?: KnownFacts;
  cleaned: readonly CleanedEntry[];
  /** What the importer could not decide, one line each, for the comment at the top. */
  undecided: readonly string[];
  /** The day the draft is made, ISO: the decision's `addedOn` once published. */
  addedOn?: string;
}

/** " (line 12)", or nothing for a fact the register page states outside the text (line 0). */
function where(line: number): string {
  return line > 0 ? ` (line ${line})` : '';
}

function shorten(text: string, max = 140): string {
  const value = text.replace(/\s+/g, ' ').trim();
  return value.length <= max ? value : `${value.slice(0, max - 1)}…`;
}

/** The address of a document without a reference, from its title: "home-office-grant-...". */
export function slugFromTitle(title: string): string | null {
  const words = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > 80) break;
    slug = next;
  }
  if (/^pcd-\d+$/.test(slug)) slug = `decision-${slug}`;
  return isValidSlug(slug) ? slug : null;
}

/** The draft's address: the reference's slug, else one made from the title; null when neither exists. */
export function draftSlug(candidates: Candidates): string | null {
  if (candidates.reference) return slugForReference(candidates.reference.reference);
  const title = candidates.title?.value ?? '';
  // Site chrome is never a name, even if a reader left it in the text.
  if (/^(?:skip to\b|main (?:content|menu)|menu$|search$|home$|cookies?\b|accept (?:all )?cookies)/i.test(title.trim())) return null;
  return title ? slugFromTitle(title) : null;
}

/** A comment's text on one line, without the characters a YAML reader refuses anywhere in a file. */
function commentText(text: string): string {
  // js-yaml, which reads the frontmatter, refuses these even inside a comment.
  const unsafe = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
  const line = text.replace(/\s+/g, ' ').trim().replace(unsafe, '?');
  return line ? ` ${line}` : '';
}

/** Comment lines for `commentBefore`, one per text. */
function commentLines(...texts: string[]): string {
  return texts.map(commentText).join('\n');
}

/** Sets the comment after the value at `path`, on its line. */
function commentAfter(doc: Document, path: readonly (string | number)[], text: string): void {
  const node = doc.getIn(path, true);
  if (isScalar(node) || isSeq(node)) node.comment = commentText(text);
}

/** Sets the comment lines above the key at `path` (a key of a map) or the item at `path` (of a list). */
function commentAbove(doc: Document, path: readonly (string | number)[], ...texts: string[]): void {
  const parent = doc.getIn(path.slice(0, -1), true) ?? doc.contents;
  const last = path[path.length - 1];
  if (isMap(parent)) {
    const pair = parent.items.find((item) => isScalar(item.key) && item.key.value === last);
    if (pair && isScalar(pair.key)) pair.key.commentBefore = commentLines(...texts);
  } else if (isSeq(parent) && typeof last === 'number') {
    const item = parent.items[last];
    if (isMap(item) || isScalar(item)) item.commentBefore = commentLines(...texts);
  }
}

function dateValue(date: Pick<DateCandidate, 'iso' | 'asWritten'>): { date: string; asWritten: string } {
  return { date: date.iso, asWritten: date.asWritten };
}

function sumValue(sum: SumCandidate): Record<string, unknown> {
  const { chosen } = sum;
  // Every figure is written as printed ("£495, 000" too: parseAmount reads it, and its comment
  // says to check it); should a printing ever not read as its pence, it is written as read instead.
  const readable = (printed: string, pence: number) => (parseAmount(printed) === pence ? printed : formatPence(pence));
  const asWritten = readable(chosen.asWritten, sum.pence);
  const asPrinted = asWritten === chosen.asWritten || (sum.perYear && !sum.totalPrinted);
  return {
    pence: sum.pence,
    role: sum.role ?? 'context',
    ...(sum.principal ? { principal: true } : {}),
    ...(sum.perYear && !sum.totalPrinted ? {} : { asWritten }),
    // The quote must hold the figure as written; a figure set right is checked against the comment.
    ...(asPrinted ? { quote: chosen.quote } : {}),
    ...(sum.perYear ? { perYear: sum.perYear.map((part) => ({ ...part, asWritten: readable(part.asWritten, part.pence) })) } : {}),
    financialYears: sum.perYear ? sum.perYear.map((part) => part.financialYear) : [...chosen.financialYears],
    ...(chosen.funder ? { funder: chosen.funder } : {}),
    ...(sum.role === 'other-decision-grant' && chosen.decision ? { decision: chosen.decision } : {}),
    ...(sum.count ? { note: `${formatPence(sum.pence)} each to ${sum.count} bodies: ${formatPence(sum.pence * sum.count)} in all.` } : {}),
  };
}

function sumComment(sum: SumCandidate): string {
  const { chosen } = sum;
  const mentions = sum.mentions.length > 1 ? `; mentioned ${sum.mentions.length} times` : '';
  const why = sum.role
    ? `role "${sum.role}" from ${chosen.cue ? `“${chosen.cue}”` : 'its sentence'} (line ${chosen.line})`
    : `role NOT DECIDED: no words near the sum say what it is (line ${chosen.line}); "context" is a placeholder`;
  const also = sum.otherRoles.length > 0 ? `; other mentions read as ${sum.otherRoles.join(', ')}` : '';
  const split = sum.perYear ? `; split by year: ${sum.perYear.map((part) => `${part.financialYear} ${part.asWritten}`).join(', ')}${sum.totalPrinted ? '' : ' (the total is not printed; it is theirs added up)'}` : '';
  const printed = parseAmount(chosen.asWritten) === sum.pence || sum.perYear ? '' : `; PRINTED “${chosen.asWritten}”: check it`;
  return `extracted: ${formatPence(sum.pence)}, ${why}${also}${split}${mentions}${printed}; sure: ${sum.confidence.level} (${sum.confidence.reason})`;
}

/** The comments on the sums found in tables headed £m, one per row. */
function tableSumComments(c: Candidates): string[] {
  if (c.tableSums.length === 0) return [];
  const rows = new Map<string, typeof c.tableSums>();
  for (const sum of c.tableSums) {
    const key = `${sum.line}\u0000${sum.row}`;
    rows.set(key, [...(rows.get(key) ?? []), sum]);
  }
  return [
    'sums in tables headed £m (not listed as amounts; their figures carry no £ sign):',
    ...[...rows.values()].map((sums) => {
      const [first] = sums;
      const figures = sums.map((sum) => `${sum.column} ${sum.asWritten} (${formatPence(sum.pence)})`).join('; ');
      return `  ${first?.row || '(row)'}: ${figures} [table at line ${first?.line}]`;
    }),
  ];
}

/** The draft's frontmatter as data, in the order a reviewer reads it. */
function frontmatterOf(input: DraftInput): Record<string, unknown> {
  const { candidates: c } = input;
  const p = c.partTwo;
  return {
    reference: c.reference ? c.reference.reference : null,
    ...(c.reference && /heading|Key information|Reference code/i.test(c.reference.how)
      ? {}
      : {
          referenceNote: c.reference
            ? `The reference appears only as “${shorten(c.reference.asWritten)}”, ${c.reference.how}.`
            : 'The published document carries no PCD number.',
        }),
    title: c.title?.value ?? '',
    summary: '',
    decisionTypes: [...c.decisionTypes],
    signed: c.signed
      ? dateValue(c.signed)
      : {
          notStated: c.errors.some((error) => /Date signed.*not a real day/.test(error))
            ? 'The published “Date signed” is not a real day; check the document.'
            : c.errors.some((error) => /Date signed/.test(error))
              ? 'The published “Date signed” cannot be read as a date; check the document.'
              : 'The importer found no signing date in the published text; check the document.',
        },
    dates: distinctKindedDates(c.dates).map((date) => ({ kind: date.kind ?? '', ...dateValue(date) })),
    funders: [...c.funders],
    recipient: c.recipient ?? '',
    financialYears: [...c.financialYears],
    programmes: [],
    amounts: c.sums.map(sumValue),
    partTwo: {
      status: p.status,
      ...(p.asWritten ? { asWritten: p.asWritten } : {}),
      ...(p.classification ? { classification: p.classification } : {}),
      exemptions: [...p.exemptions],
      ...(p.note ? { note: p.note } : {}),
    },
    related: c.related.map((related) => ({
      reference: related.reference,
      says: '',
      quote: related.quote,
      ...(related.date ? { date: dateValue(related.date) } : {}),
    })),
    cleaned: input.cleaned.map((entry) => ({
      original: entry.original,
      ...(entry.replacement ? { replacement: entry.replacement } : {}),
      reason: entry.reason,
    })),
    ...(input.addedOn ? { addedOn: input.addedOn } : {}),
    ...registerOf(input),
    source: sourceOf(input),
  };
}

function originOf(input: DraftInput): DocumentOrigin {
  return input.origin ?? { file: input.sourceFile ?? '' };
}

/**
 * The draft's `source`, in the schema's words: the file read, and the published PDF as `url`.
 * The register page goes into `register` (see registerOf), where the schema keeps it.
 */
function sourceOf(input: DraftInput): { file?: string; url?: string } {
  const origin = originOf(input);
  const pdf = origin.pdf;
  // Fetched from an address, the text was read from the PDF (else the page): that is its file.
  const file = origin.file ?? fileNameOf(pdf ?? origin.page);
  return {
    ...(file !== undefined ? { file } : {}),
    ...(pdf ? { url: pdf } : {}),
  };
}

/** The last part of an address's path, decoded: "PCD 1656.pdf". */
function fileNameOf(address: string | undefined): string | undefined {
  if (!address) return undefined;
  try {
    const last = new URL(address).pathname.split('/').filter(Boolean).pop();
    return last ? decodeURIComponent(last) : undefined;
  } catch {
    return undefined;
  }
}

/** The draft's `register`: the page it was read from, its PDF and its "Decision by:", when known. */
function registerOf(input: DraftInput): { register?: Record<string, string> } {
  const origin = originOf(input);
  const { page, pdf } = origin;
  if (!page) return {};
  const decisionBy = input.known?.decisionBy?.value.trim();
  return { register: { page, ...(pdf ? { pdf } : {}), ...(decisionBy ? { decisionBy } : {}) } };
}

/** Where a draft came from, in words: "pcd-1656.pdf", "https://… (its PDF https://…)". */
export function describeOrigin(origin: DocumentOrigin): string {
  const parts = [origin.file, origin.page && origin.page !== origin.file ? origin.page : undefined].filter(Boolean);
  const pdf = origin.pdf && origin.pdf !== origin.file ? ` (its PDF ${origin.pdf})` : '';
  return `${parts.join(', ') || 'an unnamed input'}${pdf}`;
}

/**
 * Writes the draft decision file: commented frontmatter between `---` lines, then the body. The
 * YAML is written by the `yaml` package's Document API, as YAML 1.1 so that any string a 1.1 reader
 * would take for something else ("yes", "2021-12-10") is quoted; dates are always quoted, as the
 * schema asks.
 */
export function draftDecisionFile(input: DraftInput): string {
  const { candidates: c } = input;
  const doc = new Document(frontmatterOf(input), { version: '1.1' });
  doc.commentBefore = commentLines(
    'IMPORTED DRAFT – review every field marked "# extracted: ..." against the body below.',
    `Made by \`npm run import\` from ${describeOrigin(originOf(input))}. The build refuses this file until summary and programmes are written (and "says" for each related decision); delete these comments once every field is checked.`,
    ...(input.undecided.length > 0 ? ['Not decided by the importer:', ...input.undecided.map((item) => `  - ${item}`)] : []),
  );
  visit(doc, {
    Scalar(key, node) {
      // A date reads as a date object unless quoted; the schema refuses one.
      if (typeof node.value === 'string' && /^\d{4}-\d{2}(?:-\d{2})?$/.test(node.value)) node.type = 'QUOTE_DOUBLE';
      void key;
    },
    Seq(_, node) {
      if (node.items.every((item) => isScalar(item))) node.flow = true;
    },
  });

  commentAfter(
    doc,
    ['reference'],
    `${c.reference ? `extracted: “${shorten(c.reference.asWritten)}”, ${c.reference.how}${where(c.reference.line)}` : 'extracted: no PCD reference found in the text'}; sure: ${c.confidence.reference.level}`,
  );
  commentAfter(
    doc,
    ['title'],
    c.title ? `extracted: ${c.title.how}${where(c.title.line)}; sure: ${c.confidence.title.level}` : 'NOT FOUND: write a title, and a titleNote saying it was written to describe the document',
  );
  commentAfter(doc, ['summary'], 'WRITE one or two plain sentences for the public');
  if (c.summaryHint) commentAbove(doc, ['decisionTypes'], `the executive summary opens: “${shorten(c.summaryHint, 300)}”`);
  commentAfter(doc, ['decisionTypes'], 'extracted: from the roles of the sums; add initiative-approval or governance-approval where they apply');
  if (c.signed) commentAbove(doc, ['signed', 'date'], `extracted: ${c.signed.cue}${where(c.signed.line)}; sure: ${c.confidence.signed.level}`);
  else commentAfter(doc, ['signed', 'notStated'], `extracted: no signing date${c.errors.length > 0 ? '; see the errors above' : ''}`);
  distinctKindedDates(c.dates).forEach((date, index) =>
    commentAbove(doc, ['dates', index], `extracted: ${date.cue}, in “${shorten(date.sentence)}” (line ${date.line})`),
  );
  const unkinded = c.dates.filter((date) => !date.kind);
  if (unkinded.length > 0) {
    commentAbove(doc, ['funders'], `other dates in the text, kind not decided: ${unkinded.map((d) => `${d.asWritten} (line ${d.line})`).join('; ')}`);
  }
  commentAfter(doc, ['funders'], 'extracted: funders named in the text');
  commentAfter(doc, ['recipient'], c.recipient ? 'extracted: named in the text; check who receives or spends the money' : 'NOT FOUND: who receives or spends the money');
  commentAfter(doc, ['financialYears'], 'extracted: from the sentences of the sums accepted or bid for');
  commentAfter(
    doc,
    ['programmes'],
    `CHOOSE from src/lib/core/programmes.ts${c.programmeSuggestions.length > 0 ? `; the text mentions ${c.programmeSuggestions.join(', ')}` : ''}`,
  );
  c.sums.forEach((sum, index) => commentAbove(doc, ['amounts', index], sumComment(sum)));
  const tables = tableSumComments(c);
  if (tables.length > 0) commentAbove(doc, ['partTwo'], ...tables);
  commentAfter(doc, ['partTwo', 'status'], `extracted${c.partTwo.line ? ` (line ${c.partTwo.line})` : ''}`);
  c.related.forEach((related, index) => {
    commentAbove(doc, ['related', index], `extracted: cited at line ${related.line}`);
    commentAfter(doc, ['related', index, 'says'], `WRITE what this document says of ${related.reference}`);
  });
  if (input.addedOn) commentAfter(doc, ['addedOn'], 'the day of the import; change it to the day this decision is published, and never after');
  input.cleaned.forEach((entry, index) =>
    commentAfter(doc, ['cleaned', index, 'original'], `line${entry.lines.length > 1 ? 's' : ''} ${entry.lines.join(', ')}`),
  );
  const yaml = doc.toString({ lineWidth: 0, flowCollectionPadding: false, directives: false });
  return `---\n${yaml}---\n\n${input.body}`;
}
