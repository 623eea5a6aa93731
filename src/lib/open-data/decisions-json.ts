/**
 * decisions.json and its JSON Schema: one record per decision with every sum it states, checked
 * against the zod definition the schema is generated from. Pure, and nothing here reads the clock,
 * so two builds of the same content write the same file.
 */
import { z } from 'zod';
import { penceToPounds } from '../core/money.ts';
import { DECISION_TYPES, EVIDENCE_LEVELS, PART_TWO_STATUSES } from '../core/enums.ts';
import { decisionPath } from '../core/routes.ts';
import { sumAnchorId } from '../core/anchors.ts';
import type { Decision } from '../core/decisions.ts';
import { acceptedPenceOf, placingDate, sortNewestFirst } from '../core/decisions.ts';
import { FUNDERS, programmeById } from '../core/programmes.ts';
import { SUM_ROLES } from '../core/sums.ts';
import { DATA_LICENCE, DATA_SOURCE, type UrlOf } from './data-terms.ts';

/** An ISO date, or a month when the document gives only a month ("2024-03"). */
const isoDateOrMonth = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/)
  .meta({ title: 'date' });
const financialYear = z
  .string()
  .regex(/^\d{4}\/\d{2}$/)
  .meta({ title: 'financial year' });
const programmeRef = z
  .strictObject({
    id: z.string().describe('The programme’s code: "county-lines".'),
    name: z.string().describe('Its name: "County Lines".'),
  })
  .describe('A programme, by code and name.');

/** One sum of money as published in decisions.json. */
export const exportedSumSchema = z.strictObject({
  pence: z.number().int().nonnegative().describe('The sum in whole pence: 136000000 is £1,360,000. Exact; add these, not pounds.'),
  pounds: z
    .string()
    .regex(/^\d+\.\d{2}$/)
    .describe('The same sum in pounds with two decimals, as text so that nothing is rounded: "1360000.00".'),
  role: z
    .enum(SUM_ROLES)
    .describe('What the sum is (see “How sums are classified”). Only accepted sums are money the decision takes on.'),
  principal: z.boolean().describe('True for the one sum the decision is mainly about.'),
  asWritten: z.string().describe('The sum exactly as printed: "£1.36m".'),
  quote: z.string().nullable().describe('The sentence of the published text the sum comes from, verbatim; null for a decision not published here in full.'),
  url: z.url().describe('Where to check the sum: the address of its sentence on the decision page (its anchor is sum-N, the sum’s place in sums counting from 1), or the register page for a decision recorded from the register.'),
  location: z.string().nullable().describe('Where on the register page the figure stands ("recommendation 1"); null for a decision published here in full.'),
  financialYears: z.array(financialYear).describe('UK financial years (1 April to 31 March) the document ties the sum to: "2021/22". Empty when it names none.'),
  programme: programmeRef.nullable().describe('The programme the sum is for, when the decision’s data says.'),
  funder: z.enum(FUNDERS).nullable().describe('Who gives the money, when the document ties this sum to a funder.'),
  otherDecision: z.string().nullable().describe('For another decision’s grant: that decision’s reference, "PCD 990".'),
  note: z.string().nullable().describe('A short clarification by the site’s editors.'),
});

/** One decision as published in decisions.json. */
export const exportedDecisionSchema = z.strictObject({
  id: z.string().describe('The decision’s permanent name on the site: its page is /decisions/<id>/.'),
  url: z.url().describe('The decision page.'),
  evidence: z.enum(EVIDENCE_LEVELS).describe('What the record rests on: full-text (published here in full), register (facts read from the public register) or citation (known only from what another decision says).'),
  registerPage: z.url().nullable().describe('The decision’s page on the public register (london.gov.uk, “MOPAC decisions”), when known.'),
  approvalRecorded: z.boolean().describe('false for a paper that recommends a decision but whose approval is not recorded.'),
  reference: z.string().nullable().describe('The decision’s reference, "PCD 1092"; null when the document carries none.'),
  title: z.string().describe('The title as published (or a description, when the text has no title).'),
  summary: z.string().describe('One or two plain sentences on what was decided, by the site’s editors.'),
  signedDate: isoDateOrMonth.nullable().describe('The date the Deputy Mayor signed, ISO (YYYY-MM-DD); null when the document gives none.'),
  signedAsWritten: z.string().nullable().describe('The signing date exactly as printed: "10/12/2021" (UK, day first).'),
  signedNotStated: z.string().nullable().describe('Why there is no signing date, when there is none.'),
  placingDate: isoDateOrMonth.nullable().describe('The date the site orders the decision by: the signing date, else the earliest other date the document states, else the start of its first financial year.'),
  placingBasis: z
    .enum(['signed', 'other-date', 'financial-year'])
    .nullable()
    .describe('Where placingDate comes from: signed, other-date or financial-year.'),
  decisionTypes: z.array(z.enum(DECISION_TYPES)).describe('What the decision does: grant-acceptance, future-grant-acceptance, bid-approval, initiative-approval, governance-approval.'),
  financialYears: z.array(financialYear).describe('UK financial years the decision concerns: "2021/22".'),
  programmes: z.array(programmeRef).describe('The programmes the decision belongs to.'),
  funders: z.array(z.enum(FUNDERS)).describe('Who gives the money: "Home Office", …'),
  recipient: z.string().describe('Who receives or spends the money, as the document says.'),
  partTwo: z
    .enum(PART_TWO_STATUSES)
    .describe('Whether a confidential Part 2 exists: yes, no, not-stated, or conflicting (the documents disagree).'),
  source: z
    .strictObject({
      file: z.string().nullable().describe('The extracted text the page was made from, published at /sources/<file>; null for a decision not published here in full.'),
      publisher: z.string().describe('Who published the original document.'),
      url: z.url().nullable().describe('The published document, when its address was recorded.'),
    })
    .describe('Where the text comes from.'),
  acceptedPence: z.number().int().nonnegative().describe('The total of the sums this decision accepts, in pence.'),
  sums: z.array(exportedSumSchema).describe('Every sum of money the document states, in the order of the facts panel (sum-1, sum-2, …).'),
});

/** The whole of decisions.json. */
export const decisionsFileSchema = z
  .strictObject({
    source: z.string().describe('Where the data comes from.'),
    licence: z
      .strictObject({
        name: z.string().describe('The licence.'),
        url: z.url().describe('Its text.'),
        note: z.string().describe('What it covers and what was not checked.'),
      })
      .describe('On what terms the data may be reused.'),
    schema: z.url().describe('The address of this file’s JSON Schema.'),
    decisions: z.array(exportedDecisionSchema).describe('Every decision on the site, newest first.'),
  })
  .meta({ title: 'MOPAC funding decisions', description: 'Every decision on the site with every sum of money it states, each with its role and sentence.' });

/** One decision of decisions.json. */
export type ExportedDecision = z.infer<typeof exportedDecisionSchema>;
/** One sum of a decision in decisions.json. */
export type ExportedSum = z.infer<typeof exportedSumSchema>;
/** The whole of decisions.json. */
export type DecisionsFile = z.infer<typeof decisionsFileSchema>;

/** The JSON Schema (draft 2020-12) of decisions.json, generated from the same zod definition the export is checked against. */
export function decisionsJsonSchema(id: string): Record<string, unknown> {
  const { $schema, ...rest } = z.toJSONSchema(decisionsFileSchema, { target: 'draft-2020-12' });
  return { $schema, $id: id, ...rest };
}

/** Every decision, newest first, as decisions.json lists it. */
export function exportDecisions(decisions: readonly Decision[], urlOf: UrlOf): ExportedDecision[] {
  return sortNewestFirst(decisions).map((d) => {
    const page = urlOf(decisionPath(d.id));
    const placed = placingDate(d);
    const programme = (id: string) => ({ id, name: programmeById(id).name });
    return {
      id: d.id,
      url: page,
      evidence: d.evidence,
      registerPage: d.register?.page ?? null,
      approvalRecorded: d.approval === 'recorded',
      reference: d.reference,
      title: d.title,
      summary: d.summary,
      signedDate: d.signed.date ?? null,
      signedAsWritten: d.signed.asWritten ?? null,
      signedNotStated: d.signed.notStated ?? null,
      placingDate: placed?.iso ?? null,
      placingBasis: placed?.basis ?? null,
      decisionTypes: [...d.decisionTypes],
      financialYears: [...d.financialYears],
      programmes: d.programmes.map(programme),
      funders: [...d.funders],
      recipient: d.recipient,
      partTwo: d.partTwo.status,
      source: { file: d.source.file ?? null, publisher: d.source.publisher, url: d.source.url ?? null },
      acceptedPence: acceptedPenceOf(d),
      sums: d.amounts.map((a, i) => ({
        pence: a.pence,
        pounds: penceToPounds(a.pence),
        role: a.role,
        principal: a.principal,
        asWritten: a.asWritten,
        quote: a.quote ?? null,
        url: d.evidence === 'full-text' ? `${page}#${sumAnchorId(i)}` : (d.register?.page ?? page),
        location: a.location ?? null,
        financialYears: [...a.financialYears],
        programme: a.programme ? programme(a.programme) : null,
        funder: a.funder ?? null,
        otherDecision: a.decision ?? null,
        note: a.note ?? null,
      })),
    };
  });
}

/** decisions.json: the export wrapped with its source, licence and schema, checked against its own schema. */
export function decisionsFile(decisions: readonly Decision[], urlOf: UrlOf): DecisionsFile {
  return decisionsFileSchema.parse({
    source: DATA_SOURCE,
    licence: { ...DATA_LICENCE },
    schema: urlOf('/data/decisions.schema.json'),
    decisions: exportDecisions(decisions, urlOf),
  });
}
