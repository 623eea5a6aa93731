/**
 * The shape of what the extraction reads from a document (see candidates.ts): each fact with the
 * words it came from, how sure the importer is of it, the amounts it could not read for certain
 * (`flags`) and the things the document gets wrong (`errors`). The review report and the draft
 * are written from this alone.
 */
import type { DateKind } from '../core/enums.ts';
import type { FinancialYear } from '../core/financial-year.ts';
import type { Funder, ProgrammeId } from '../core/programmes.ts';
import type { Reference } from '../core/references.ts';
import type { SumRole } from '../core/sums.ts';
import type { TableSum } from '../core/find-sums.ts';
import type { WrittenDate } from './find-dates.ts';
import type { FoundReference } from './own-reference.ts';
import type { PartTwoCandidate } from './part-two.ts';

/** The decision types the roles of the sums can tell; the others need a person. */
export type DecisionType = 'grant-acceptance' | 'future-grant-acceptance' | 'bid-approval';

/**
 * How sure the importer is of a fact. 'high': stated where the register or the form states it
 * (Key information, the form's heading, the signature block, a sum beside "accept"); 'medium':
 * read from a likely place or cue; 'low': a guess or nothing found, a person must look.
 */
export type Confidence = 'high' | 'medium' | 'low';

/** A confidence and, in a few words, why. */
export interface Sureness {
  level: Confidence;
  reason: string;
}

/**
 * An amount the importer could not read for certain, or read but doubts: "£495, 000" (a space in
 * the number), "-£20,000", "£1.2345m", "£5.6mn". Nothing flagged is ever silently read wrong.
 */
export interface AmountFlag {
  /** As printed. */
  asWritten: string;
  line: number;
  /** In words: "a space inside the number; read as £495,000, check it". */
  problem: string;
}

/** One financial year's share of a sum split by year (the record's `perYear`). */
export interface YearSplit {
  financialYear: FinancialYear;
  pence: number;
  asWritten: string;
}

/** One mention of a sum in the text. */
export interface SumMention {
  pence: number;
  asWritten: string;
  /** The sentence (or table cell) it stands in, as a reader sees it. */
  quote: string;
  line: number;
  role: SumRole | null;
  /** The words the role rests on. */
  cue: string;
  decision?: Reference;
  financialYears: FinancialYear[];
  funder?: Funder;
  /** "£30,000 each" to three bodies: 3. Absent for a single sum. */
  count?: number;
}

/** A sum of money: all mentions of the same amount, with the role the strongest mention gives. */
export interface SumCandidate {
  pence: number;
  role: SumRole | null;
  /** The mention the role and quote come from. */
  chosen: SumMention;
  mentions: SumMention[];
  /** Other roles some mentions suggest; a maintainer should look. */
  otherRoles: SumRole[];
  principal: boolean;
  /** For a sum split by year ("£X in 2022/23 and £Y in each of 2023/24 and 2024/25"): each year's part. */
  perYear?: YearSplit[];
  /** False when the document prints only the years' figures and `pence` is their total. */
  totalPrinted: boolean;
  /** For "£30,000 each" to three bodies: 3, and `pence` is one body's share. */
  count?: number;
  confidence: Sureness;
}

/** A date found in the text, with the kind its context suggests and where it stands. */
export interface DateCandidate extends WrittenDate {
  kind: DateKind | 'signed' | null;
  /** Why that kind: "after “The above request has my approval.”", "decision is required ... by". */
  cue: string;
  sentence: string;
  line: number;
}

/** Another decision the document cites, with the first sentence citing it. */
export interface RelatedCandidate {
  reference: Reference;
  quote: string;
  line: number;
  date?: WrittenDate;
}

/** Everything read from a document for its draft, each fact with where it came from. */
export interface Candidates {
  reference: FoundReference | null;
  /** Further, different self-references: the document contradicts itself. */
  conflictingReferences: FoundReference[];
  title: { value: string; line: number; how: string } | null;
  signed: DateCandidate | null;
  /** Every other date found, with its kind where the words around it say. */
  dates: DateCandidate[];
  sums: SumCandidate[];
  tableSums: (TableSum & { line: number })[];
  financialYears: FinancialYear[];
  related: RelatedCandidate[];
  partTwo: PartTwoCandidate;
  funders: Funder[];
  recipient: string | null;
  programmeSuggestions: ProgrammeId[];
  decisionTypes: DecisionType[];
  /** The opening sentence of the executive summary, to help write the summary. */
  summaryHint: string | null;
  /** Present when the text does not look like a decision at all. */
  notADecision: string | null;
  /** How sure the importer is of the reference, the title and the signing date (each sum has its own). */
  confidence: { reference: Sureness; title: Sureness; signed: Sureness };
  /** Every amount that is doubtful or could not be read, for a person to check. */
  flags: AmountFlag[];
  /** Things the document gets wrong, one line each: "Date signed “31/02/2022” is not a real day". */
  errors: string[];
}
