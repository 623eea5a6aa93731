/**
 * The schema of a decision's frontmatter. Strict: an unknown key is an error, so a typo cannot
 * silently drop a fact. Every written figure carries the words it came from, and the schema checks
 * that the stored value is what those words say (pence against "£1.36m", ISO date against "1/2/2021").
 */
import { z } from 'zod';
import { parseAmount } from '../lib/core/money.ts';
import { parseIsoDate, parseUkDate } from '../lib/core/dates.ts';
import { parseFinancialYear } from '../lib/core/financial-year.ts';
import { isCanonicalReference } from '../lib/core/references.ts';
import { FUNDERS, PROGRAMME_IDS } from '../lib/core/programmes.ts';
import { SUM_ROLES } from '../lib/core/sums.ts';
import { collapseWhitespace } from '../lib/core/text.ts';
import { APPROVAL_STATUSES, DATE_KINDS, DECISION_TYPES, EVIDENCE_LEVELS, PART_TWO_STATUSES } from '../lib/core/enums.ts';
import type * as Core from '../lib/core/decision-data.ts';

const nonEmpty = z.string().trim().min(1, { error: 'must not be empty' });

/** An ISO date ("2021-12-10") or month ("2024-03") that exists on the calendar. Quoted in YAML. */
const isoDate = z
  .custom<string>((value) => !(value instanceof Date), {
    error:
      'write dates as quoted strings, e.g. date: "2021-12-10" (an unquoted YAML date is converted silently and can hide an impossible date)',
  })
  .pipe(z.string({ error: 'must be a date string such as "2021-12-10"' }))
  .refine((value) => parseIsoDate(value) !== null, {
    error: (issue) => `"${String(issue.input)}" is not a real date (use YYYY-MM-DD or YYYY-MM)`,
  });

/** Checks that the printed words of a date read, day first, as the stored ISO date. */
function checkWrittenDate(value: { date?: string | undefined; asWritten?: string | undefined }, ctx: z.RefinementCtx): void {
  if (value.date === undefined || value.asWritten === undefined) return;
  const parsed = parseUkDate(value.asWritten);
  if (!parsed) {
    ctx.addIssue({ code: 'custom', path: ['asWritten'], message: `"${value.asWritten}" is not a date this site can read` });
  } else if (parsed.iso !== value.date) {
    ctx.addIssue({
      code: 'custom',
      path: ['date'],
      message: `"${value.asWritten}" reads (UK day first) as ${parsed.iso}, not ${value.date}`,
    });
  }
}

/** A date with the words the document used; the words must read (day first) as that date. */
const writtenDate = z
  .strictObject({
    /** The date, ISO: "2021-12-10", or "2024-03" when only a month is given. */
    date: isoDate,
    /** Exactly as printed: "10/12/2021", "08 05 18", "March 2024". */
    asWritten: nonEmpty,
  })
  .superRefine(checkWrittenDate);

/**
 * The Deputy Mayor's signature date with its printed words, or `notStated` saying why the
 * document gives none. One object rather than a union, so an error names the exact field.
 */
const signedSchema = z
  .strictObject({
    /** The signing date, ISO. */
    date: isoDate.optional(),
    /** The date exactly as printed beside the signature. */
    asWritten: nonEmpty.optional(),
    /** Why no date is given, e.g. "The published document has no signature block." */
    notStated: nonEmpty.optional(),
  })
  .superRefine((value, ctx) => {
    const dated = value.date !== undefined || value.asWritten !== undefined;
    if (dated && value.notStated !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['notStated'], message: 'give either date and asWritten, or notStated, not both' });
    } else if (!dated && value.notStated === undefined) {
      ctx.addIssue({ code: 'custom', path: [], message: 'give date and asWritten, or notStated saying why there is no date' });
    } else if (dated && (value.date === undefined || value.asWritten === undefined)) {
      ctx.addIssue({ code: 'custom', path: [value.date === undefined ? 'date' : 'asWritten'], message: 'a signing date needs both date and asWritten' });
    }
    checkWrittenDate(value, ctx);
  });

const otherDateSchema = writtenDate.and(
  z.object({
    /** Which date this is. */
    kind: z.enum(DATE_KINDS),
  }),
);

/** A UK financial year written canonically: "2021/22". */
const financialYear = z.string().refine((value) => parseFinancialYear(value) === value, {
  error: (issue) => `"${String(issue.input)}" is not a financial year written like "2021/22"`,
});

/** A PCD reference written canonically: "PCD 1092". */
const reference = z.string().refine(isCanonicalReference, {
  error: (issue) => `"${String(issue.input)}" is not a PCD reference written like "PCD 1092"`,
});

/** One financial year's part of a sum the document splits by year. */
const yearPartSchema = z.strictObject({
  /** The financial year: "2023/24". */
  financialYear,
  /** That year's sum in whole pence. */
  pence: z.number({ error: 'must be a number of pence' }).int({ error: 'must be a whole number of pence' }).nonnegative({ error: 'must not be negative' }),
  /** The year's figure exactly as printed: "£13m". */
  asWritten: nonEmpty,
});

const amountSchema = z
  .strictObject({
    /** The sum in whole pence: £1,360,000 is 136000000. */
    pence: z
      .number({ error: 'must be a number of pence' })
      .int({ error: 'must be a whole number of pence' })
      .nonnegative({ error: 'must not be negative' })
      .max(Number.MAX_SAFE_INTEGER),
    /** What the sum is: accepted, bid, allocation, match-funding, future-cap, other-decision-grant, component, context. */
    role: z.enum(SUM_ROLES),
    /**
     * The figure exactly as printed: "£1,360,000", "£1.36m". May be left out only for a sum split
     * by year whose document prints no total: the total is then the sum of its years.
     */
    asWritten: nonEmpty.optional(),
    /**
     * The sentence it comes from, verbatim from the body, so the page can point to it. Only for a
     * decision published here in full: a register record copies no sentence, and says `location`.
     */
    quote: nonEmpty.optional(),
    /** Where on the register page or PDF the figure stands: "recommendation 1", "paragraph 2.1". */
    location: nonEmpty.optional(),
    /**
     * The amount for each financial year, when the document states a split ("£13.9m for 2022/23,
     * £13m in 23/24 and 24/25"). The sum is the total of its years, never added to them.
     */
    perYear: z.array(yearPartSchema).optional(),
    /** Programmes this sum supports besides its own ("in support of Operation Orochi"). */
    inSupportOf: z.array(z.enum(PROGRAMME_IDS)).default([]),
    /** True for the one sum that headlines the decision in listings. */
    principal: z.boolean().default(false),
    /** Financial years the document ties the sum to; empty when it names none. */
    financialYears: z.array(financialYear).default([]),
    /** The programme the sum is counted under in funding totals. */
    programme: z.enum(PROGRAMME_IDS).optional(),
    /** Who provides the money. */
    funder: z.enum(FUNDERS).optional(),
    /** For another decision's grant: that decision's reference. */
    decision: reference.optional(),
    /** A short clarification for readers. */
    note: nonEmpty.optional(),
  })
  .superRefine((value, ctx) => {
    if (value.asWritten === undefined) {
      if (!value.perYear) ctx.addIssue({ code: 'custom', path: ['asWritten'], message: 'give the sum as printed (only a sum split by year may leave it out)' });
    } else {
      const parsed = parseAmount(value.asWritten);
      if (parsed === null) {
        ctx.addIssue({ code: 'custom', path: ['asWritten'], message: `"${value.asWritten}" is not a sum this site can read` });
      } else if (parsed !== value.pence) {
        ctx.addIssue({
          code: 'custom',
          path: ['pence'],
          message: `"${value.asWritten}" is ${parsed} pence, not ${value.pence}`,
        });
      }
      if (value.quote !== undefined && !collapseWhitespace(value.quote).includes(collapseWhitespace(value.asWritten))) {
        ctx.addIssue({ code: 'custom', path: ['quote'], message: `the quote does not contain "${value.asWritten}"` });
      }
    }
    if (value.perYear) {
      value.perYear.forEach((part, index) => {
        if (parseAmount(part.asWritten) !== part.pence) {
          ctx.addIssue({ code: 'custom', path: ['perYear', index, 'pence'], message: `"${part.asWritten}" is ${parseAmount(part.asWritten)} pence, not ${part.pence}` });
        }
      });
      const parts = value.perYear.reduce((total, part) => total + part.pence, 0);
      if (parts !== value.pence) {
        ctx.addIssue({
          code: 'custom',
          path: ['perYear'],
          message: `the years add up to ${parts} pence, not the ${value.pence} pence of the sum; a per-year split must add up to its total`,
        });
      }
      const years = value.perYear.map((part) => part.financialYear);
      if (new Set(years).size !== years.length) ctx.addIssue({ code: 'custom', path: ['perYear'], message: 'each financial year may appear once' });
      if (value.financialYears.length > 0 && [...value.financialYears].sort().join() !== [...years].sort().join()) {
        ctx.addIssue({ code: 'custom', path: ['financialYears'], message: `the financial years must be those of perYear (${years.join(', ')}), or left out` });
      }
    }
    if (value.role === 'other-decision-grant' && !value.decision) {
      ctx.addIssue({ code: 'custom', path: ['decision'], message: 'another decision’s grant must name that decision' });
    }
  })
  .transform(({ asWritten, ...amount }) => ({
    ...amount,
    asWritten: asWritten ?? (amount.perYear ?? []).map((part) => part.asWritten).join(' + '),
    totalPrinted: asWritten !== undefined,
  }));


const partTwoSchema = z.strictObject({
  /** Whether a confidential Part 2 exists: yes, no, not stated, or the documents disagree. */
  status: z.enum(PART_TWO_STATUSES),
  /** The words the document uses, e.g. "Is there a Part 2 form - YES". */
  asWritten: nonEmpty.optional(),
  /** Its security classification, e.g. "OFFICIAL-SENSITIVE [OPERATIONAL]". */
  classification: nonEmpty.optional(),
  /** The exemptions it cites, as written. */
  exemptions: z.array(nonEmpty).default([]),
  /** Anything a reader should know, such as a contradiction between the form and the report. */
  note: nonEmpty.optional(),
});

const relatedSchema = z.strictObject({
  /** The other decision's reference. */
  reference,
  /** What this document says about it, in plain words. */
  says: nonEmpty,
  /** The sentence it comes from, verbatim from the body; only for a decision published here in full. */
  quote: nonEmpty.optional(),
  /** Where on the register page it is cited: "paragraph 1.1". */
  location: nonEmpty.optional(),
  /** When the other decision was made, if this document says. */
  date: writtenDate.optional(),
  /** The programmes the other decision belongs to, as far as this document shows. */
  programmes: z.array(z.enum(PROGRAMME_IDS)).default([]),
});

const cleanedSchema = z.strictObject({
  /** The text as extracted from the PDF. */
  original: nonEmpty,
  /** What replaced it; absent when it was removed. */
  replacement: nonEmpty.optional(),
  /** Why: a garbled signature, a misread letterhead, page furniture. */
  reason: nonEmpty,
});

/** Where a decision stands on the public register (london.gov.uk, "MOPAC decisions"). */
const registerSchema = z.strictObject({
  /** The decision's page on the register. */
  page: z.url({ protocol: /^https$/, error: 'must be the https address of the register page' }),
  /** The PDF the page links, when its address was read. */
  pdf: z.url({ protocol: /^https$/ }).optional(),
  /** Who took the decision, as the page's "Decision by:" says; absent when it says nothing. */
  decisionBy: nonEmpty.optional(),
  /** Anything a reader should know about the page, e.g. that it shows no reference code. */
  note: nonEmpty.optional(),
});

/** The frontmatter of one decision file in content/decisions/. */
export const decisionSchema = z
  .strictObject({
    /**
     * What the site's record rests on: "full-text" (the Markdown holds the whole published text),
     * "register" (facts read from the decision's register page or PDF, with a summary in the site's
     * words), or "citation" (known only from what another decision says of it).
     */
    evidence: z.enum(EVIDENCE_LEVELS).default('full-text'),
    /** The decision's page on the public register; required for a register record. */
    register: registerSchema.optional(),
    /**
     * Whether the decision's approval is recorded: "not-recorded" for a paper that recommends a
     * decision but carries no signed decision form. Totals say how much rests on such papers.
     */
    approval: z.enum(APPROVAL_STATUSES).default('recorded'),
    /** Why the approval is not recorded, for readers. */
    approvalNote: nonEmpty.optional(),
    /** The PCD reference, "PCD 1092"; null when the published document carries none. */
    reference: reference.nullable(),
    /** Where the reference comes from when that is not obvious, or why there is none. */
    referenceNote: nonEmpty.optional(),
    /** The title as published. */
    title: nonEmpty,
    /** Set when the published text has no title and this one was written to describe it. */
    titleNote: nonEmpty.optional(),
    /** A short name for charts and lists, for a document without a reference (e.g. "OCS grant 2023/24"). */
    shortTitle: nonEmpty.max(40, { error: 'keep a short title to 40 characters' }).optional(),
    /** One or two plain sentences on what was decided, written for the public. */
    summary: nonEmpty,
    /** What the decision does. */
    decisionTypes: z.array(z.enum(DECISION_TYPES)).default([]),
    /** The Deputy Mayor's signature date, or why there is none. */
    signed: signedSchema,
    /** Other dates the document states. */
    dates: z.array(otherDateSchema).default([]),
    /** Who provides the money. */
    funders: z.array(z.enum(FUNDERS)).default([]),
    /** Who receives or spends it. */
    recipient: nonEmpty,
    /** Financial years the decision concerns, as the document states them. */
    financialYears: z.array(financialYear).default([]),
    /** Programmes the decision belongs to. */
    programmes: z.array(z.enum(PROGRAMME_IDS)).min(1, { error: 'name at least one programme' }),
    /** Every sum of money the document states, each with its role and sentence. */
    amounts: z.array(amountSchema).default([]),
    /** Whether a confidential Part 2 exists, and its exemptions. */
    partTwo: partTwoSchema,
    /** Other decisions the document refers to. */
    related: z.array(relatedSchema).default([]),
    /** Extraction noise removed from the published text, listed so nothing is lost silently. */
    cleaned: z.array(cleanedSchema).default([]),
    /**
     * The day this decision was first published on this site, ISO (quoted). Its feed entries' ids
     * are made from it and its address, so they never change, wherever the site is hosted.
     */
    addedOn: isoDate.optional(),
    /** Where the text comes from. */
    source: z.strictObject({
      /** The extracted text file this Markdown was made from; only a decision published in full has one. */
      file: nonEmpty.optional(),
      /** The publisher of the original document. */
      publisher: nonEmpty.default('Mayor’s Office for Policing and Crime (MOPAC)'),
      /** The published PDF, when its address is known. */
      url: z.url({ protocol: /^https$/ }).optional(),
    })
    .prefault({}),
  })
  .superRefine((value, ctx) => {
    const principals = value.amounts.filter((amount) => amount.principal).length;
    if (value.amounts.length > 0 && principals !== 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['amounts'],
        message: `exactly one amount must have principal: true (found ${principals})`,
      });
    }
    value.amounts.forEach((amount, index) => {
      if (amount.programme && !value.programmes.includes(amount.programme)) {
        ctx.addIssue({
          code: 'custom',
          path: ['amounts', index, 'programme'],
          message: `"${amount.programme}" is not among the decision's programmes`,
        });
      }
    });
    const full = value.evidence === 'full-text';
    value.amounts.forEach((amount, index) => {
      if (full && amount.quote === undefined) {
        ctx.addIssue({ code: 'custom', path: ['amounts', index, 'quote'], message: 'a decision published in full gives the sentence of each sum' });
      }
      if (!full && amount.quote !== undefined) {
        ctx.addIssue({ code: 'custom', path: ['amounts', index, 'quote'], message: `a ${value.evidence} record copies no sentence of the document; give location instead` });
      }
      if (value.evidence === 'register' && amount.location === undefined) {
        ctx.addIssue({ code: 'custom', path: ['amounts', index, 'location'], message: 'a figure from the register needs its location on the page, e.g. "recommendation 1"' });
      }
    });
    if (value.evidence === 'register' && !value.register) {
      ctx.addIssue({ code: 'custom', path: ['register'], message: 'a register record needs the address of its register page (register.page)' });
    }
    if (value.evidence !== 'citation' && value.decisionTypes.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['decisionTypes'], message: 'name at least one decision type' });
    }
    value.related.forEach((related, index) => {
      if (full && related.quote === undefined) {
        ctx.addIssue({ code: 'custom', path: ['related', index, 'quote'], message: 'a decision published in full gives the sentence citing each decision' });
      }
      if (!full && related.quote !== undefined) {
        ctx.addIssue({ code: 'custom', path: ['related', index, 'quote'], message: `a ${value.evidence} record copies no sentence of the document; give location instead` });
      }
    });
    if (full && !value.source.file) {
      ctx.addIssue({ code: 'custom', path: ['source', 'file'], message: 'a decision published in full names the extracted text it was made from' });
    }
    if (value.approval === 'not-recorded' && !value.approvalNote) {
      ctx.addIssue({ code: 'custom', path: ['approvalNote'], message: 'say why the approval is not recorded' });
    }
    if (value.reference && value.related.some((r) => r.reference === value.reference)) {
      ctx.addIssue({ code: 'custom', path: ['related'], message: 'a decision cannot be related to itself' });
    }
  });

/** A decision's frontmatter after validation and defaults (the type src/lib works on). */
export type DecisionData = Core.DecisionData;
/** One sum of money after validation. */
export type DecisionAmount = Core.DecisionAmount;

/** True only when A and B are the same type. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
// If the schema and src/lib's record type drift apart, this line stops the type check.
const schemaOutputIsDecisionData: Same<z.output<typeof decisionSchema>, DecisionData> = true;
void schemaOutputIsDecisionData;
