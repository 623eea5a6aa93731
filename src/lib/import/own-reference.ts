/**
 * The document's own PCD reference, told apart from the decisions it cites. A document names
 * itself in a form heading ("DMPC Decision – PCD 1092", "REQUEST FOR DMPC DECISION - PCD 386")
 * or on a line of its own ("Signed decision document" / "PCD 785"); "[PCD990]" in a sentence, or
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
const LABELLED = /\b(?:signed decision document|decision (?:number|no\.?|reference|ref\.?))\s*[-–—:]?\s*(PCD[\s-]*\d{1,5})\b/i;

/**
 * Finds the lines that state the document's own reference, in order; more than one distinct
 * reference among them means the maintainer must decide. `lines` are plain text lines, each with
 * its source line number.
 */
export function findOwnReferences(lines: readonly { text: string; line: number }[]): FoundReference[] {
  const found: FoundReference[] = [];
  lines.forEach(({ text, line }, index) => {
    const value = text.trim();
    const heading = FORM_HEADING.exec(value);
    const labelled = LABELLED.exec(value);
    const alone = !value.startsWith('[') ? parseReference(value) : null;
    if (heading?.[1]) {
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
