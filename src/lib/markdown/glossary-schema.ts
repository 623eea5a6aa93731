/**
 * The shape of glossary.json, checked when the glossary is loaded: a mistyped or missing field
 * stops the build with a message naming the entry and the field, rather than reaching a page.
 */
import { z } from 'zod';

/** A word as the documents write it: letters and digits, no spaces. */
const term = z.string().regex(/^[\p{L}\p{N}]+$/u, 'must be letters and digits only, as the documents write it');
const text = z.string().trim().min(1, 'must not be empty');

/** One abbreviation and its meaning, as glossary.json writes it. */
export const glossaryEntrySchema = z
  .strictObject({
    /** The abbreviation as the documents write it: "ANPR", "CoLP", "MO2". */
    term,
    /** What the letters stand for. */
    expansion: text,
    /** One or two plain-English sentences for a reader who has never met it. */
    explanation: text,
    /** Whether the decisions themselves give this meaning; false when it comes from general usage. */
    fromDocuments: z.boolean().default(true),
    /** The documents' own wording of the expansion where it differs from `expansion` (a slip, a variant spelling). */
    writtenInDocuments: text.optional(),
    /** Other forms that mean the same, with their own expansion: plurals ("OCGs") and alternative spellings. */
    variants: z.record(term, text).optional(),
  })
  // The fragment of its entry on /glossary/ is the term in lower case: "anpr" for /glossary/#anpr.
  .transform(({ term, expansion, explanation, fromDocuments, writtenInDocuments, variants }) => ({
    term,
    expansion,
    explanation,
    id: term.toLowerCase(),
    fromDocuments,
    ...(writtenInDocuments === undefined ? {} : { writtenInDocuments }),
    ...(variants === undefined ? {} : { variants }),
  }));

/** An abbreviation the documents use without saying what it means, and that this site will not guess. */
export const unexplainedAbbreviationSchema = z
  .strictObject({
    term,
    /** Where it appears and why it is left unexplained. */
    note: text,
  })
  // Its note on /glossary/ has the fragment the term in lower case, as an entry's does.
  .transform(({ term, note }) => ({ term, id: term.toLowerCase(), note }));

/** The whole of glossary.json. */
export const glossaryFileSchema = z.strictObject({
  /** Every abbreviation the glossary explains, alphabetical by term. */
  entries: z.array(glossaryEntrySchema),
  /** Abbreviations the documents use without explaining them, listed on /glossary/ but never linked. */
  unexplained: z.array(unexplainedAbbreviationSchema),
});

/** The glossary as loaded: entries with their ids, and the unexplained abbreviations. */
export type GlossaryFile = z.output<typeof glossaryFileSchema>;

/** Where an issue is, in words: `entry 4 ("ANPR"), field "expansion"`. */
function placeOf(data: unknown, path: readonly PropertyKey[]): string {
  const [list, index, ...field] = path;
  if (typeof index !== 'number') return path.length > 0 ? `field "${path.join('.')}"` : 'the file';
  const item: unknown = (data as Record<string, unknown[] | undefined>)[String(list)]?.[index];
  const name = typeof item === 'object' && item !== null && typeof (item as { term?: unknown }).term === 'string' ? ` ("${(item as { term: string }).term}")` : '';
  const where = `${list === 'unexplained' ? 'unexplained abbreviation' : 'entry'} ${index + 1}${name}`;
  return field.length > 0 ? `${where}, field "${field.join('.')}"` : where;
}

/**
 * The glossary in `data`, checked against glossaryFileSchema. Throws an error naming `file`, and
 * each bad entry by its place, its term and the field at fault.
 */
export function parseGlossary(data: unknown, file: string): GlossaryFile {
  const result = glossaryFileSchema.safeParse(data);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    // A bad variant form is reported as a bad record key; say what is wrong with it.
    const why = issue.code === 'invalid_key' ? `${issue.message}: ${issue.issues.map((inner) => inner.message).join('; ')}` : issue.message;
    return `- ${placeOf(data, issue.path)}: ${why}`;
  });
  throw new Error(`${file} is not a valid glossary:\n${problems.join('\n')}`);
}
