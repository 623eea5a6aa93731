/**
 * Checks across decision files that a per-file schema cannot make: every decision has its own
 * address and reference. Astro's glob loader keeps only one of two entries with the same id,
 * which would silently lose a decision, so these run before it.
 */
import { isValidSlug, parseReference, slugForReference } from './references.ts';

export interface DecisionFileFacts {
  /** Path of the file, for messages. */
  file: string;
  /** File name without ".md": the decision's address. */
  id: string;
  /** The frontmatter reference, if the file has one. */
  reference: unknown;
}

/** Addresses under /decisions/ used by the static listings, which no decision may take. */
const RESERVED = new Set(['year', 'financial-year', 'programme']);

/** Returns one message per problem; an empty list means the set of files is sound. */
export function checkDecisionFiles(files: readonly DecisionFileFacts[]): string[] {
  const problems: string[] = [];
  const byId = new Map<string, string>();
  const byReference = new Map<string, string>();
  for (const { file, id, reference } of files) {
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
      if (other) problems.push(`${file}: reference "${canonical}" is also used by ${other}`);
      else byReference.set(canonical, file);
      const expected = slugForReference(canonical);
      if (id !== expected) problems.push(`${file}: a decision with reference "${canonical}" must be named "${expected}.md"`);
    } else if (reference === null && /^pcd-\d+$/.test(id)) {
      problems.push(`${file}: a decision without a reference must not be named like a PCD ("${id}")`);
    }
  }
  return problems;
}
