/**
 * Checks across decision files that a per-file schema cannot make: every decision has its own
 * address and reference, and no decision is in two files. A copy under another name would
 * otherwise build, and every total would count its money twice; two files with one address would
 * lose one of them. These run before the schema, on the raw frontmatter.
 */
import { isValidSlug, parseReference, slugForReference } from './references.ts';

export interface DecisionFileFacts {
  /** Path of the file, for messages. */
  file: string;
  /** File name without ".md": the decision's address. */
  id: string;
  /** The frontmatter reference, if the file has one. */
  reference: unknown;
  /** The rest of the raw frontmatter: its source, title, signing date and sums identify a decision too. */
  frontmatter?: Record<string, unknown>;
}

/** A field of raw frontmatter, by path, when it is there. */
function field(frontmatter: Record<string, unknown> | undefined, ...path: string[]): unknown {
  let value: unknown = frontmatter;
  for (const key of path) value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
  return value;
}

/**
 * What makes two files one decision besides their reference: the same source text or published
 * document, or the same title, signing date and sums. Each key comes with the words for a message.
 */
function identityKeys(frontmatter: Record<string, unknown> | undefined): { key: string; says: string }[] {
  const keys: { key: string; says: string }[] = [];
  const sourceFile = field(frontmatter, 'source', 'file');
  if (typeof sourceFile === 'string' && sourceFile.trim()) keys.push({ key: `file\u0000${sourceFile.trim()}`, says: `its source file "${sourceFile.trim()}" is also the source of` });
  const url = field(frontmatter, 'source', 'url');
  if (typeof url === 'string' && url.trim()) keys.push({ key: `url\u0000${url.trim().replace(/\/+$/, '').toLowerCase()}`, says: `its published document ${url.trim()} is also the document of` });
  const title = field(frontmatter, 'title');
  const amounts = field(frontmatter, 'amounts');
  if (typeof title === 'string' && title.trim()) {
    const signed = field(frontmatter, 'signed', 'date') ?? 'no signing date';
    const sums = Array.isArray(amounts) ? amounts.map((a) => String(field(a as Record<string, unknown>, 'pence'))).sort() : [];
    keys.push({
      key: `same\u0000${title.replace(/\s+/g, ' ').trim().toLowerCase()}\u0000${String(signed)}\u0000${sums.join(',')}`,
      says: 'its title, signing date and sums are those of',
    });
  }
  return keys;
}

/** Addresses under /decisions/ used by the static listings, which no decision may take. */
const RESERVED = new Set(['year', 'financial-year', 'programme']);

/** Returns one message per problem; an empty list means the set of files is sound. */
export function checkDecisionFiles(files: readonly DecisionFileFacts[]): string[] {
  const problems: string[] = [];
  const byId = new Map<string, string>();
  const byReference = new Map<string, { file: string; evidence: unknown }>();
  const byIdentity = new Map<string, string>();
  for (const { file, id, reference, frontmatter } of files) {
    const seen = new Set<string>();
    for (const { key, says } of identityKeys(frontmatter)) {
      const other = byIdentity.get(key);
      if (other && !seen.has(other)) {
        seen.add(other);
        problems.push(`${file}: ${says} ${other}; one decision in two files would be counted twice`);
      } else if (!other) byIdentity.set(key, file);
    }
    const key = id.toLowerCase();
    const clash = byId.get(key);
    if (clash) problems.push(`${file}: its address "${key}" is also the address of ${clash}; one would be lost`);
    else byId.set(key, file);

    if (!isValidSlug(id)) {
      problems.push(`${file}: the file name must be a lowercase slug such as "pcd-1092.md"`);
    } else if (RESERVED.has(id) || /^\d+$/.test(id)) {
      problems.push(`${file}: "${id}" is reserved for the listings under /decisions/; choose another name`);
    }
    if (typeof reference === 'string') {
      const canonical = parseReference(reference);
      if (!canonical) continue; // the schema names this one precisely
      const other = byReference.get(canonical);
      const evidence = frontmatter?.['evidence'] ?? 'full-text';
      if (other && other.evidence !== evidence) {
        problems.push(
          `${file}: reference "${canonical}" is also used by ${other.file}; the same decision at two levels of evidence (${String(evidence)} and ${String(other.evidence)}): keep the better record, under the decision's address`,
        );
      } else if (other) problems.push(`${file}: reference "${canonical}" is also used by ${other.file}`);
      else byReference.set(canonical, { file, evidence });
      const expected = slugForReference(canonical);
      if (id !== expected) problems.push(`${file}: a decision with reference "${canonical}" must be named "${expected}.md"`);
    } else if (reference === null && /^pcd-\d+$/.test(id)) {
      problems.push(`${file}: a decision without a reference must not be named like a PCD ("${id}")`);
    }
  }
  return problems;
}

/** Whether a file's record is published here in full, from its raw frontmatter (the schema's default is full text). */
export function holdsFullText(frontmatter: Record<string, unknown> | undefined): boolean {
  const evidence = frontmatter?.['evidence'];
  return evidence === undefined || evidence === 'full-text';
}

/**
 * The problem with a file's body, if any: a decision published in full needs its text; a register
 * or citation record holds facts and a summary in the frontmatter, and no text of the document.
 */
export function bodyProblem(file: DecisionFileFacts & { body: string }): string | null {
  if (holdsFullText(file.frontmatter)) return null;
  return file.body.trim() === ''
    ? null
    : `${file.file}: a ${String(file.frontmatter?.['evidence'])} record has no body beyond its summary (the frontmatter's summary is shown); remove the ${file.body.trim().length} characters below the frontmatter`;
}
