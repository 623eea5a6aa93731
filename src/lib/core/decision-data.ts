/**
 * The shape of a decision's record after validation, for the pure logic. The zod schema in
 * src/schemas/decision.ts checks the files; it asserts at compile time that what it outputs is
 * exactly this type, so src/lib never imports the schema.
 */
import type { IsoDate } from './dates.ts';
import type { ApprovalStatus, DateKind, DecisionType, EvidenceLevel, PartTwoStatus } from './enums.ts';
import type { Funder, ProgrammeId } from './programmes.ts';
import type { Reference } from './references.ts';
import type { SumRole } from './sums.ts';

/** A date with the words the document used. */
export interface WrittenDate {
  date: IsoDate;
  asWritten: string;
}

/** One financial year's part of a sum split by year. */
export interface YearPart {
  financialYear: string;
  pence: number;
  asWritten: string;
}

/** One sum of money, with its role and sentence. */
export interface DecisionAmount {
  pence: number;
  role: SumRole;
  /** As printed; for a sum split by year whose total is not printed, the years' figures joined by " + ". */
  asWritten: string;
  /** False when the document prints only the years' figures, not the total. */
  totalPrinted: boolean;
  quote?: string | undefined;
  location?: string | undefined;
  perYear?: YearPart[] | undefined;
  inSupportOf: ProgrammeId[];
  principal: boolean;
  financialYears: string[];
  programme?: ProgrammeId | undefined;
  funder?: Funder | undefined;
  decision?: Reference | undefined;
  note?: string | undefined;
}

/** A decision's frontmatter after validation and defaults. */
export interface DecisionData {
  evidence: EvidenceLevel;
  register?: { page: string; pdf?: string | undefined; decisionBy?: string | undefined; note?: string | undefined } | undefined;
  approval: ApprovalStatus;
  approvalNote?: string | undefined;
  reference: Reference | null;
  referenceNote?: string | undefined;
  title: string;
  titleNote?: string | undefined;
  shortTitle?: string | undefined;
  summary: string;
  decisionTypes: DecisionType[];
  signed: { date?: IsoDate | undefined; asWritten?: string | undefined; notStated?: string | undefined };
  dates: (WrittenDate & { kind: DateKind })[];
  funders: Funder[];
  recipient: string;
  financialYears: string[];
  programmes: ProgrammeId[];
  amounts: DecisionAmount[];
  partTwo: {
    status: PartTwoStatus;
    asWritten?: string | undefined;
    classification?: string | undefined;
    exemptions: string[];
    note?: string | undefined;
  };
  related: {
    reference: Reference;
    says: string;
    quote?: string | undefined;
    location?: string | undefined;
    date?: WrittenDate | undefined;
    programmes: ProgrammeId[];
  }[];
  cleaned: { original: string; replacement?: string | undefined; reason: string }[];
  addedOn?: IsoDate | undefined;
  source: { file?: string | undefined; publisher: string; url?: string | undefined };
}
