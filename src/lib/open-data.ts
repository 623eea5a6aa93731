/**
 * The open data files, built from the same decisions as the pages: one record per decision
 * (decisions.json and its JSON Schema, decisions.csv), one row per sum (funding.csv), and the grants
 * accepted in the 360Giving Data Standard (360giving.json). Pure: page addresses come in as a
 * function, so the base path and origin are the caller's.
 */
import { z } from 'zod';
import { sumAnchorId } from './anchors.ts';
import type { Decision } from './decisions.ts';
import { placingDate, sortNewestFirst } from './decisions.ts';
import { fundingItems } from './funding.ts';
import { programmeById } from './programmes.ts';
import { SUM_ROLES } from './sums.ts';

/** Where the data comes from and on what terms, stated in every file. */
export const DATA_SOURCE = 'Decisions of the Deputy Mayor for Policing and Crime, published by the Mayor’s Office for Policing and Crime (MOPAC)';
export const DATA_LICENCE =
  'The decision texts are MOPAC’s published documents, reproduced for public information; the structured data (classifications, links) is this site’s reading of them and may be reused with attribution. The published documents are the authority.';

/** An absolute address of a site path, e.g. pageUrl('/decisions/pcd-1092/'). */
export type UrlOf = (path: string) => string;

const pounds = (pence: number) => (pence / 100).toFixed(2);

/** One sum of money as published in decisions.json. */
export const exportedSumSchema = z.object({
  pence: z.number().int().describe('The sum in pence (whole number): 136000000 is £1,360,000.'),
  pounds: z.string().describe('The sum in pounds with two decimals, as text so no precision is lost: "1360000.00".'),
  role: z.enum(SUM_ROLES).describe('What the sum is: accepted (a grant this decision accepts), bid, allocation, match-funding, future-cap, other-decision-grant, component or context. Only accepted sums are money the decision took on.'),
  asWritten: z.string().describe('The sum exactly as printed: "£1.36m".'),
  quote: z.string().describe('The sentence of the document the sum comes from.'),
  url: z.string().describe('The address of that sentence on the decision page.'),
  principal: z.boolean().describe('True for the sum the decision is mainly about.'),
  financialYears: z.array(z.string()).describe('UK financial years (1 April to 31 March) the document ties the sum to: "2021/22".'),
  programme: z.string().nullable().describe('The programme the sum is for, when the document says.'),
  funder: z.string().nullable().describe('Who gives the money, when the document says.'),
  otherDecision: z.string().nullable().describe('For another decision’s grant: that decision’s reference.'),
  note: z.string().nullable().describe('A note by the site’s editors.'),
});

/** One decision as published in decisions.json. */
export const exportedDecisionSchema = z.object({
  id: z.string().describe('The decision’s permanent address on the site: /decisions/<id>/.'),
  url: z.string().describe('The decision page.'),
  reference: z.string().nullable().describe('The decision’s reference, "PCD 1092"; null when the document carries none.'),
  title: z.string().describe('The title as published (or as described, when the document has none).'),
  summary: z.string().describe('A one-sentence plain-English summary by the site’s editors.'),
  signedDate: z.string().nullable().describe('The date the Deputy Mayor signed, ISO (YYYY-MM-DD); null when the document gives none.'),
  signedAsWritten: z.string().nullable().describe('The signing date exactly as printed: "10/12/2021" (UK, day first).'),
  signedNotStated: z.string().nullable().describe('Why there is no signing date, when there is none.'),
  placingDate: z.string().nullable().describe('The date the site orders the decision by: the signing date, else another date the document states.'),
  decisionTypes: z.array(z.string()).describe('What the decision does: grant-acceptance, bid-approval, ...'),
  financialYears: z.array(z.string()).describe('UK financial years the decision concerns: "2021/22".'),
  programmes: z.array(z.string()).describe('Programme names: "County Lines", "Operation Orochi", ...'),
  funders: z.array(z.string()).describe('Who gives the money: "Home Office", ...'),
  recipient: z.string().describe('Who receives the money.'),
  partTwo: z.string().describe('Whether a confidential Part 2 exists: yes, no, not-stated or conflicting (the document says both).'),
  sourceFile: z.string().describe('The extracted text the page was made from.'),
  sourceUrl: z.string().nullable().describe('The published document, when its address was recorded.'),
  sums: z.array(exportedSumSchema).describe('Every sum of money the decision states, in the order of its facts panel.'),
});

export const decisionsFileSchema = z.object({
  source: z.string().describe('Where the data comes from.'),
  licence: z.string().describe('On what terms it may be reused.'),
  schema: z.string().describe('The address of this file’s JSON Schema.'),
  decisions: z.array(exportedDecisionSchema).describe('Every decision on the site, newest first.'),
});

export type ExportedDecision = z.infer<typeof exportedDecisionSchema>;

/** The JSON Schema (draft 2020-12) of decisions.json, from the same definition as the export. */
export function decisionsJsonSchema(id: string): Record<string, unknown> {
  return { $id: id, title: 'MOPAC funding decisions', ...z.toJSONSchema(decisionsFileSchema, { target: 'draft-2020-12' }) };
}

/** Every decision, newest first, as decisions.json lists it. */
export function exportDecisions(decisions: readonly Decision[], urlOf: UrlOf): ExportedDecision[] {
  return sortNewestFirst(decisions).map((d) => {
    const page = urlOf(`/decisions/${d.id}/`);
    return {
      id: d.id,
      url: page,
      reference: d.reference,
      title: d.title,
      summary: d.summary,
      signedDate: d.signed.date ?? null,
      signedAsWritten: d.signed.asWritten ?? null,
      signedNotStated: d.signed.notStated ?? null,
      placingDate: placingDate(d)?.iso ?? null,
      decisionTypes: [...d.decisionTypes],
      financialYears: [...d.financialYears],
      programmes: d.programmes.map((p) => programmeById(p).name),
      funders: [...d.funders],
      recipient: d.recipient,
      partTwo: d.partTwo.status,
      sourceFile: d.source.file,
      sourceUrl: d.source.url ?? null,
      sums: d.amounts.map((a, i) => ({
        pence: a.pence,
        pounds: pounds(a.pence),
        role: a.role,
        asWritten: a.asWritten,
        quote: a.quote,
        url: `${page}#${sumAnchorId(i)}`,
        principal: a.principal,
        financialYears: [...a.financialYears],
        programme: a.programme ? programmeById(a.programme).name : null,
        funder: a.funder ?? null,
        otherDecision: a.decision ?? null,
        note: a.note ?? null,
      })),
    };
  });
}

/** decisions.csv: a header and one row per decision; lists joined with "; ". */
export function decisionRows(decisions: readonly ExportedDecision[]): string[][] {
  const header = ['id', 'reference', 'title', 'summary', 'signed_date', 'signed_as_written', 'placing_date', 'decision_types', 'financial_years', 'programmes', 'funders', 'recipient', 'part_two', 'sums', 'accepted_pence', 'url', 'source_file'];
  return [
    header,
    ...decisions.map((d) => [
      d.id,
      d.reference ?? '',
      d.title,
      d.summary,
      d.signedDate ?? '',
      d.signedAsWritten ?? '',
      d.placingDate ?? '',
      d.decisionTypes.join('; '),
      d.financialYears.join('; '),
      d.programmes.join('; '),
      d.funders.join('; '),
      d.recipient,
      d.partTwo,
      String(d.sums.length),
      String(d.sums.filter((s) => s.role === 'accepted').reduce((n, s) => n + s.pence, 0)),
      d.url,
      d.sourceFile,
    ]),
  ];
}

/** funding.csv: a header and one row per sum of money, with its role, period, programme and sentence. */
export function fundingRows(decisions: readonly Decision[], urlOf: UrlOf): string[][] {
  const signed = new Map(decisions.map((d) => [d.id, d.signed.date ?? '']));
  return [
    ['decision_id', 'reference', 'signed_date', 'role', 'pence', 'pounds', 'as_written', 'period', 'period_inferred', 'programme', 'other_decision', 'sentence', 'url'],
    ...sortNewestFirst(decisions).flatMap((d) =>
      fundingItems([d]).map((item) => [
        item.decisionId,
        item.reference ?? '',
        signed.get(item.decisionId) ?? '',
        item.role,
        String(item.pence),
        pounds(item.pence),
        item.asWritten,
        item.period,
        String(item.periodInferred),
        programmeById(item.programme).name,
        item.otherDecision ?? '',
        item.quote,
        urlOf(`/decisions/${item.decisionId}/#${item.anchor}`),
      ]),
    ),
  ];
}

/**
 * A cell that a spreadsheet would run as a formula ("=", "+", "-", "@", tab, carriage return first)
 * gets a leading apostrophe, as OWASP advises; the CSV parser still reads the text, plus that mark.
 */
export function neutraliseFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) && !/^-?\d+(\.\d+)?$/.test(cell) ? `'${cell}` : cell;
}

/** The prefix of this site's 360Giving identifiers: not a registered 360Giving prefix (see the data page). */
export const GRANT_ID_PREFIX = '360G-mopac-decisions';

const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

export interface ThreeSixtyGiving {
  package: Record<string, unknown>;
  /** Accepted sums left out, and why (360Giving needs an award date). */
  excluded: { decisionId: string; reference: string | null; pence: number; reason: string }[];
}

/**
 * The grants accepted, as a 360Giving data package: one grant per accepted sum of a signed decision
 * (the award date is the signing date). Bids, allocations, caps, match funding and other decisions'
 * grants are never grants awarded, and are left out. Organisation identifiers are this site's own.
 */
export function threeSixtyGiving(decisions: readonly Decision[], urlOf: UrlOf, issued: string): ThreeSixtyGiving {
  const excluded: ThreeSixtyGiving['excluded'] = [];
  const grants = sortNewestFirst(decisions).flatMap((d) =>
    d.amounts.flatMap((a, i) => {
      if (a.role !== 'accepted') return [];
      const funder = a.funder ?? d.funders[0];
      const reason = !d.signed.date ? 'no signing date in the document, and 360Giving needs an award date' : !funder ? 'no funder named in the document' : null;
      if (reason || !d.signed.date || !funder) {
        excluded.push({ decisionId: d.id, reference: d.reference, pence: a.pence, reason: reason ?? '' });
        return [];
      }
      const programme = programmeById(a.programme ?? d.programmes[0] ?? '');
      return [
        {
          id: `${GRANT_ID_PREFIX}-${d.id}-${sumAnchorId(i)}`,
          title: d.reference ? `${d.reference}: ${d.title}` : d.title,
          description: a.quote,
          currency: 'GBP',
          amountAwarded: a.pence / 100,
          awardDate: d.signed.date,
          url: urlOf(`/decisions/${d.id}/#${sumAnchorId(i)}`),
          recipientOrganization: [{ id: `${GRANT_ID_PREFIX}-org-${slug(d.recipient)}`, name: d.recipient }],
          fundingOrganization: [{ id: `${GRANT_ID_PREFIX}-org-${slug(funder)}`, name: funder }],
          grantProgramme: [{ code: programme.id, title: programme.name }],
          ...(a.financialYears.length > 0 ? { classifications: a.financialYears.map((fy) => ({ vocabulary: 'UK financial year', code: fy, title: `Financial year ${fy}` })) } : {}),
        },
      ];
    }),
  );
  return {
    package: {
      title: 'Grants accepted in decisions of the Deputy Mayor for Policing and Crime (MOPAC)',
      description: `${DATA_SOURCE}. Only sums a signed decision accepts; amounts in pounds. ${DATA_LICENCE}`,
      issued,
      version: '1.4',
      grants,
    },
    excluded,
  };
}
