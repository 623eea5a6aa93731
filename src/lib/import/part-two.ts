/**
 * Whether a decision has a confidential Part 2, read from the form ("Is there a Part 2 form -
 * YES") and from the report's own Part 2 section, which can disagree with the form.
 */

/** The Part 2 facts in the shape of the schema’s partTwo, plus the line of the form’s answer. */
export interface PartTwoCandidate {
  status: 'yes' | 'no' | 'not-stated' | 'conflicting';
  asWritten?: string;
  classification?: string;
  exemptions: string[];
  note?: string;
  /** 1-based source line of the form's answer. */
  line?: number;
}

const FORM = /Is there a part 2(?: form)?\s*\??\s*[-–—:]?\s*(yes|no)\b|\bthere is (a|no) (?:confidential |separate )?part 2\b/i;
const CLASSIFICATION = /classification marking for Part 2 is:?\s*(.+?)\s*$/i;
const SECTION = /^Part 2\s*[-–—]|^Part 2 of\b.*\bexempt\b/i;
const EXEMPTION = /\b(?:sec(?:tion)?\.?\s*\d+|article\s*\d)/i;

/** Reads the Part 2 facts from the plain lines of a document, each with its source line number. */
export function extractPartTwo(lines: readonly { text: string; line: number }[]): PartTwoCandidate {
  let form: { answer: 'yes' | 'no'; asWritten: string; index: number; line: number } | undefined;
  let classification: string | undefined;
  let sectionStart: number | undefined;
  lines.forEach(({ text, line }, index) => {
    const answer = FORM.exec(text);
    const said = (answer?.[1] ?? answer?.[2])?.toLowerCase();
    if (answer && !form) form = { answer: said === 'yes' || said === 'a' ? 'yes' : 'no', asWritten: answer[0], index, line };
    const marking = CLASSIFICATION.exec(text);
    if (marking?.[1] && !classification) classification = marking[1];
    if (SECTION.test(text.trim()) && sectionStart === undefined) sectionStart = index;
  });
  const exemptions: string[] = [];
  const seen = new Set<string>();
  lines.forEach(({ text }, index) => {
    // Exemptions are cited just after the form's answer, or in the report's Part 2 section.
    const nearForm = form !== undefined && index > form.index && index <= form.index + 3;
    const inSection = sectionStart !== undefined && index > sectionStart;
    const value = text.trim();
    if ((nearForm || inSection) && EXEMPTION.test(value) && value.split(/\s+/).length <= 20) {
      if (!seen.has(value.toLowerCase())) {
        seen.add(value.toLowerCase());
        exemptions.push(value);
      }
    }
  });
  const hasSection = sectionStart !== undefined;
  const base = {
    exemptions,
    ...(classification ? { classification } : {}),
    ...(form ? { asWritten: form.asWritten, line: form.line } : {}),
  };
  if (form?.answer === 'no' && hasSection && (exemptions.length > 0 || classification)) {
    return {
      ...base,
      status: 'conflicting',
      note: 'The decision form says there is no Part 2 form, but the report has a Part 2 section that is exempt from publication.',
    };
  }
  if (form) return { ...base, status: form.answer };
  if (hasSection) return { ...base, status: 'yes', note: 'No Part 2 form answer; the report has a Part 2 section.' };
  return { ...base, status: 'not-stated' };
}
