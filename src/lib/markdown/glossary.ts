/**
 * The glossary: every abbreviation the published decisions use, what it stands for and what it
 * means, for a member of the public. One list serves the /glossary/ page and the Markdown plugin
 * that links the first mention of each abbreviation in a decision to its entry.
 *
 * Meanings come from the documents wherever they spell an abbreviation out ("Automatic Number
 * Plate Recognition (ANPR)"); `fromDocuments: false` marks the few taken from general usage, and
 * the page says so. Abbreviations whose meaning neither the documents nor certain general usage
 * settles are listed apart, unexplained, rather than guessed.
 *
 * The entries are data, in glossary.json, checked by glossary-schema.ts when loaded; this file
 * matches them. Matching is whole-word and case-sensitive: "SOC" is an abbreviation, "soc" would
 * not be, and "MPS" inside "MPS's" counts while "PCD" inside "PCD990" does not.
 */
import entries from './glossary.json' with { type: 'json' };
import { parseGlossary, type GlossaryFile } from './glossary-schema.ts';

/** One abbreviation and its meaning (see glossary-schema.ts for each field). */
export type GlossaryEntry = Readonly<GlossaryFile['entries'][number]>;

/** An abbreviation the documents use without saying what it means, and that this site will not guess. */
export type UnexplainedAbbreviation = Readonly<GlossaryFile['unexplained'][number]>;

// Checked on load, in Vite and in the plain Node render workers alike: a bad entry stops the build.
const glossary = parseGlossary(entries, 'src/lib/markdown/glossary.json');

/** Every abbreviation the glossary explains, alphabetical by term. */
export const GLOSSARY: readonly GlossaryEntry[] = glossary.entries;

/** Abbreviations the documents use without explaining them, listed on /glossary/ but never linked. */
export const UNEXPLAINED_ABBREVIATIONS: readonly UnexplainedAbbreviation[] = glossary.unexplained;

/** An abbreviation found in a text: which entry, the form written, and where. */
export interface TermMatch {
  readonly entry: GlossaryEntry;
  /** The form as written: the term or one of its variants. */
  readonly term: string;
  /** What this form stands for: the variant's own expansion, or the entry's. */
  readonly expansion: string;
  readonly start: number;
  readonly end: number;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A global regular expression matching any of `terms` as a whole word, case-sensitively. Longer
 * forms are tried first, so "OCGs" is one match rather than "OCG" followed by a letter. A
 * possessive "ROCU's" matches "ROCU": an apostrophe ends a word.
 */
export function wholeWordPattern(terms: readonly string[]): RegExp {
  const alternatives = [...terms].sort((a, b) => b.length - a.length).map(escape);
  return new RegExp(`(?<![\\p{L}\\p{N}_])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}_])`, 'gu');
}

const FORMS = new Map<string, { entry: GlossaryEntry; expansion: string }>(
  GLOSSARY.flatMap((e) => [
    [e.term, { entry: e, expansion: e.expansion }] as const,
    ...Object.entries(e.variants ?? {}).map(([form, expansion]) => [form, { entry: e, expansion }] as const),
  ]),
);
const PATTERN = wholeWordPattern([...FORMS.keys()]);

/** Every mention of a glossary abbreviation in `text`, in order. */
export function matchTerms(text: string): TermMatch[] {
  return [...text.matchAll(PATTERN)].map((match) => {
    const form = FORMS.get(match[0])!;
    return { ...form, term: match[0], start: match.index, end: match.index + match[0].length };
  });
}

/**
 * The mentions in `text` of abbreviations not yet in `seen`, the first of each only, and adds them
 * to `seen`: called on a document's texts in reading order, it picks each abbreviation's first mention.
 */
export function takeFirstMentions(text: string, seen: Set<string>): TermMatch[] {
  const taken: TermMatch[] = [];
  for (const match of matchTerms(text)) {
    if (seen.has(match.entry.id)) continue;
    seen.add(match.entry.id);
    taken.push(match);
  }
  return taken;
}

/**
 * What a glossary link is called for screen readers and speech input: the abbreviation as written
 * first (so "click ANPR" works and axe's label-in-name check holds), then what it stands for.
 */
export function glossaryLinkLabel(match: Pick<TermMatch, 'term' | 'expansion'>): string {
  return `${match.term}, ${match.expansion}: glossary`;
}

/** Which glossary entries and unexplained abbreviations `text` uses, by their ids. */
export function termsUsed(text: string): { entries: Set<string>; unexplained: Set<string> } {
  const unexplained = new Set<string>();
  for (const abbreviation of UNEXPLAINED_ABBREVIATIONS) {
    if (wholeWordPattern([abbreviation.term]).test(text)) unexplained.add(abbreviation.id);
  }
  return { entries: new Set(matchTerms(text).map((m) => m.entry.id)), unexplained };
}

/** The documents that use each glossary entry and unexplained abbreviation, keyed by the entry's id. */
export function usageByTerm<T extends { readonly text: string }>(documents: Iterable<T>): Map<string, T[]> {
  const usage = new Map<string, T[]>();
  for (const document of documents) {
    const { entries, unexplained } = termsUsed(document.text);
    for (const id of [...entries, ...unexplained]) {
      const users = usage.get(id);
      if (users) users.push(document);
      else usage.set(id, [document]);
    }
  }
  return usage;
}

/** Entries in reading order of the glossary: alphabetical, ignoring case, digits first. */
export function alphabetical<T extends { readonly term: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => a.term.localeCompare(b.term, 'en-GB', { sensitivity: 'base', numeric: true }));
}
