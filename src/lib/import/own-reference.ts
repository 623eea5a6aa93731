/**
 * The document's own PCD reference, told apart from the decisions it cites. A document names
 * itself in a form heading ("DMPC Decision – PCD 1092", "REQUEST FOR DMPC DECISION - PCD 386")
 * or on a line of its own ("Signed decision document" / "PCD 785"), the register page's heading
 * ("PCD 1656 Additional Home Office ...") or "Reference code: PCD 1656"; "[PCD990]" in a sentence, or
 * "the pilot presented in DMPC decision paper PCD726", cites another decision.
 */
import { parseReference, type Reference } from '../core/references.ts';

/** A line on which the document states its own reference. */
export interface FoundReference {
  reference: Reference;
  /** The line it was read from, as printed (markup removed). */
  asWritten: string;
  /** 1-based source line. */
  line: number;
  how: string;
}

const FORM_HEADING = /^(?:REQUEST\s+FOR\s+)?DMPC\s+DECISION\s*[-–—:]?\s*(PCD[\s-]*\d{1,5})$/i;
const LABELLED = /\b(?:signed decision document|reference code|decision (?:number|no\.?|reference|ref\.?))\s*[-–—:]?\s*(PCD[\s-]*\d{1,5})\b/i;
/** The register page's heading: the reference, then the title ("PCD 1656 Additional Home Office ..."). */
const HEADING_WITH_TITLE = /^(PCD[\s-]*\d{1,5})(?:\s*[-–—:])?\s+[\p{L}(“"']/u;

/**
 * Finds the lines that state the document's own reference, in order; more than one distinct
 * reference among them means the maintainer must decide. `lines` are plain text lines, each with
 * its source line number. `known` is the reference the register page states, if any: a heading
 * that starts with it names the document, wherever it stands.
 */
export function findOwnReferences(lines: readonly { text: string; line: number }[], known: Reference | null = null): FoundReference[] {
  const found: FoundReference[] = [];
  // The page heading is the first line with words in it (chrome the reader missed aside).
  const firstWords = lines.findIndex(
    ({ text }) => /\bPCD[\s-]*\d/i.test(text) || (/^\p{L}+(?:\s+\S+){2}/u.test(text.trim()) && !/skip to|cookie|menu|logo|breadcrumb/i.test(text)),
  );
  // A heading that starts with the reference a form heading or label states names the document too.
  const stated = new Set<Reference>(known ? [known] : []);
  for (const { text } of lines) {
    const labelled = FORM_HEADING.exec(text.trim())?.[1] ?? LABELLED.exec(text)?.[1];
    const reference = labelled ? parseReference(labelled) : null;
    if (reference) stated.add(reference);
  }
  lines.forEach(({ text, line }, index) => {
    const value = text.trim();
    const heading = FORM_HEADING.exec(value);
    const labelled = LABELLED.exec(value);
    const alone = !value.startsWith('[') ? parseReference(value) : null;
    const titled = HEADING_WITH_TITLE.exec(value)?.[1];
    const titledReference = titled ? parseReference(titled) : null;
    if (titledReference && (stated.has(titledReference) || index === firstWords)) {
      found.push({ reference: titledReference, asWritten: value, line, how: 'the page heading' });
    } else if (heading?.[1]) {
      found.push({ reference: parseReference(heading[1]) ?? '', asWritten: value, line, how: 'the decision form’s heading' });
    } else if (labelled?.[1]) {
      found.push({ reference: parseReference(labelled[1]) ?? '', asWritten: value, line, how: 'a labelled reference' });
    } else if (alone) {
      const previous = lines[index - 1]?.text.trim();
      found.push({
        reference: alone,
        asWritten: value,
        line,
        how: previous ? `a line of its own, after "${previous}"` : 'a line of its own',
      });
    }
  });
  return found.filter((item) => item.reference !== '');
}
