/**
 * The draft decision file: frontmatter filled with the best candidates, each marked with the words
 * it was read from, and the body. The draft is valid YAML but deliberately fails the schema until
 * a maintainer has written what only a person can: the public summary, the programmes, and what
 * the document says of each decision it cites. So an unreviewed import can never be published.
 */
import { formatPence } from '../core/money.ts';
import { isValidSlug, slugForReference } from '../core/references.ts';
import { distinctKindedDates, type Candidates, type DateCandidate, type SumCandidate } from './candidates.ts';
import type { CleanedEntry } from './clean-source.ts';
import { yamlComment, yamlString } from './yaml.ts';

/** What the draft is written from. */
export interface DraftInput {
  candidates: Candidates;
  body: string;
  /** The input's file name, kept as `source.file`. */
  sourceFile: string;
  cleaned: readonly CleanedEntry[];
  /** What the importer could not decide, one line each, for the comment at the top. */
  undecided: readonly string[];
}

function shorten(text: string, max = 140): string {
  const value = text.replace(/\s+/g, ' ').trim();
  return value.length <= max ? value : `${value.slice(0, max - 1)}…`;
}

function list(values: readonly string[]): string {
  return `[${values.map((value) => yamlString(value, { inFlow: true })).join(', ')}]`;
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
  return candidates.title ? slugFromTitle(candidates.title.value) : null;
}

function dateLines(indent: string, date: DateCandidate, kind?: string): string[] {
  const first = kind ? `${indent}- kind: ${kind}` : '';
  const inner = kind ? `${indent}  ` : indent;
  return [
    ...(first ? [first] : []),
    `${inner}date: ${JSON.stringify(date.iso)}`,
    `${inner}asWritten: ${yamlString(date.asWritten)}`,
  ];
}

function sumLines(sum: SumCandidate): string[] {
  const { chosen } = sum;
  const mentions = sum.mentions.length > 1 ? `; mentioned ${sum.mentions.length} times` : '';
  const why = sum.role
    ? `role "${sum.role}" from ${chosen.cue ? `“${chosen.cue}”` : 'its sentence'} (line ${chosen.line})`
    : `role NOT DECIDED: no words near the sum say what it is (line ${chosen.line}); "context" is a placeholder`;
  const also = sum.otherRoles.length > 0 ? `; other mentions read as ${sum.otherRoles.join(', ')}` : '';
  return [
    `  ${yamlComment(`extracted: ${formatPence(sum.pence)}, ${why}${also}${mentions}`)}`,
    `  - pence: ${sum.pence}`,
    `    role: ${sum.role ?? 'context'}`,
    ...(sum.principal ? ['    principal: true'] : []),
    `    asWritten: ${yamlString(chosen.asWritten)}`,
    `    quote: ${yamlString(chosen.quote)}`,
    `    financialYears: ${list(chosen.financialYears)}`,
    ...(chosen.funder ? [`    funder: ${yamlString(chosen.funder)}`] : []),
    ...(sum.role === 'other-decision-grant' && chosen.decision ? [`    decision: ${yamlString(chosen.decision)}`] : []),
  ];
}

/** Writes the draft decision file: commented frontmatter between `---` lines, then the body. */
export function draftDecisionFile(input: DraftInput): string {
  const { candidates: c } = input;
  const out: string[] = ['---'];
  out.push(
    yamlComment('IMPORTED DRAFT – review every field marked "# extracted: ..." against the body below.'),
    yamlComment(
      `Made by \`npm run import\` from ${input.sourceFile}. The build refuses this file until summary and programmes are written (and "says" for each related decision); delete these comments once every field is checked.`,
    ),
  );
  if (input.undecided.length > 0) {
    out.push(yamlComment('Not decided by the importer:'));
    for (const item of input.undecided) out.push(yamlComment(`  - ${item}`));
  }

  if (c.reference) {
    out.push(`reference: ${yamlString(c.reference.reference)} ${yamlComment(`extracted: “${shorten(c.reference.asWritten)}”, ${c.reference.how} (line ${c.reference.line})`)}`);
    if (!/heading/.test(c.reference.how)) out.push(`referenceNote: ${yamlString(`The reference appears only as “${shorten(c.reference.asWritten)}”, ${c.reference.how}.`)}`);
  } else {
    out.push(`reference: null ${yamlComment('extracted: no PCD reference found in the text')}`);
    out.push(`referenceNote: ${yamlString('The published document carries no PCD number.')}`);
  }
  if (c.title) out.push(`title: ${yamlString(c.title.value)} ${yamlComment(`extracted: ${c.title.how} (line ${c.title.line})`)}`);
  else out.push(`title: "" ${yamlComment('NOT FOUND: write a title, and a titleNote saying it was written to describe the document')}`);
  out.push(`summary: "" ${yamlComment('WRITE one or two plain sentences for the public')}`);
  if (c.summaryHint) out.push(yamlComment(`the executive summary opens: “${shorten(c.summaryHint, 300)}”`));
  out.push(`decisionTypes: ${list(c.decisionTypes)} ${yamlComment('extracted: from the roles of the sums; add initiative-approval or governance-approval where they apply')}`);

  out.push('signed:');
  if (c.signed) {
    out.push(`  ${yamlComment(`extracted: ${c.signed.cue} (line ${c.signed.line})`)}`, ...dateLines('  ', c.signed));
  } else {
    out.push(`  notStated: ${yamlString('The importer found no signing date in the published text; check the document.')} ${yamlComment('extracted: no signing date')}`);
  }

  const kinded = distinctKindedDates(c.dates);
  out.push(kinded.length > 0 ? 'dates:' : 'dates: []');
  for (const date of kinded) {
    out.push(`  ${yamlComment(`extracted: ${date.cue}, in “${shorten(date.sentence)}” (line ${date.line})`)}`, ...dateLines('  ', date, date.kind ?? ''));
  }
  const unkinded = c.dates.filter((date) => !date.kind);
  if (unkinded.length > 0) {
    out.push(yamlComment(`other dates in the text, kind not decided: ${unkinded.map((d) => `${d.asWritten} (line ${d.line})`).join('; ')}`));
  }

  out.push(`funders: ${list(c.funders)} ${yamlComment('extracted: funders named in the text')}`);
  out.push(
    c.recipient
      ? `recipient: ${yamlString(c.recipient)} ${yamlComment('extracted: named in the text; check who receives or spends the money')}`
      : `recipient: "" ${yamlComment('NOT FOUND: who receives or spends the money')}`,
  );
  out.push(`financialYears: ${list(c.financialYears)} ${yamlComment('extracted: from the sentences of the sums accepted or bid for')}`);
  out.push(
    `programmes: [] ${yamlComment(
      `CHOOSE from src/lib/core/programmes.ts${c.programmeSuggestions.length > 0 ? `; the text mentions ${c.programmeSuggestions.join(', ')}` : ''}`,
    )}`,
  );

  out.push(c.sums.length > 0 ? 'amounts:' : 'amounts: []');
  for (const sum of c.sums) out.push(...sumLines(sum));
  if (c.tableSums.length > 0) {
    out.push(yamlComment('sums in tables headed £m (not listed as amounts; their figures carry no £ sign):'));
    const rows = new Map<string, typeof c.tableSums>();
    for (const sum of c.tableSums) {
      const key = `${sum.line}\u0000${sum.row}`;
      rows.set(key, [...(rows.get(key) ?? []), sum]);
    }
    for (const sums of rows.values()) {
      const [first] = sums;
      const figures = sums.map((sum) => `${sum.column} ${sum.asWritten} (${formatPence(sum.pence)})`).join('; ');
      out.push(yamlComment(`  ${first?.row || '(row)'}: ${figures} [table at line ${first?.line}]`));
    }
  }

  const p = c.partTwo;
  out.push('partTwo:', `  status: ${JSON.stringify(p.status)} ${yamlComment(`extracted${p.line ? ` (line ${p.line})` : ''}`)}`);
  if (p.asWritten) out.push(`  asWritten: ${yamlString(p.asWritten)}`);
  if (p.classification) out.push(`  classification: ${yamlString(p.classification)}`);
  out.push(p.exemptions.length > 0 ? '  exemptions:' : '  exemptions: []');
  for (const exemption of p.exemptions) out.push(`    - ${yamlString(exemption)}`);
  if (p.note) out.push(`  note: ${yamlString(p.note)}`);

  out.push(c.related.length > 0 ? 'related:' : 'related: []');
  for (const related of c.related) {
    out.push(
      `  ${yamlComment(`extracted: cited at line ${related.line}`)}`,
      `  - reference: ${yamlString(related.reference)}`,
      `    says: "" ${yamlComment(`WRITE what this document says of ${related.reference}`)}`,
      `    quote: ${yamlString(related.quote)}`,
    );
    if (related.date) {
      out.push('    date:', `      date: ${JSON.stringify(related.date.iso)}`, `      asWritten: ${yamlString(related.date.asWritten)}`);
    }
  }

  out.push(input.cleaned.length > 0 ? 'cleaned:' : 'cleaned: []');
  for (const entry of input.cleaned) {
    out.push(
      `  - original: ${yamlString(entry.original)} ${yamlComment(`line${entry.lines.length > 1 ? 's' : ''} ${entry.lines.join(', ')}`)}`,
      ...(entry.replacement ? [`    replacement: ${yamlString(entry.replacement)}`] : []),
      `    reason: ${yamlString(entry.reason)}`,
    );
  }
  out.push('source:', `  file: ${yamlString(input.sourceFile)}`, '---', '');
  return `${out.join('\n')}\n${input.body}`;
}
