/**
 * The open data files, built from the same decisions as the pages: one record per decision
 * (decisions.json, its JSON Schema and decisions.csv), one row per sum (funding.csv), and the grants
 * accepted in the 360Giving Data Standard (360giving.json). Pure: page addresses come in as a
 * function, so the base path and origin are the caller's, and nothing here reads the clock, so two
 * builds of the same content write the same files.
 */
import { z } from 'zod';
import type { CsvColumn } from '../core/csv.ts';
import { penceToPounds } from '../core/money.ts';
import { DECISION_TYPES } from '../core/enums.ts';
import { decisionPath } from '../core/routes.ts';
import { sumAnchorId } from '../core/anchors.ts';
import type { Decision } from '../core/decisions.ts';
import { acceptedPenceOf, countsInTotals, placingDate, referenceAndTitle, sortNewestFirst } from '../core/decisions.ts';
import { fundingItems } from '../core/attribution.ts';
import { parseIsoDate } from '../core/dates.ts';
import { FUNDERS, programmeById } from '../core/programmes.ts';
import { SUM_ROLES } from '../core/sums.ts';

/** An absolute address of a site path, e.g. urlOf('/decisions/pcd-1092/'). */
export type UrlOf = (path: string) => string;

/** Where the data comes from, stated in every file. */
export const DATA_SOURCE =
  'Decisions of the Deputy Mayor for Policing and Crime and the reports behind them, published by the Mayor’s Office for Policing and Crime (MOPAC)';

/**
 * The terms of reuse. The project states no licence of its own for its data (its README: the texts
 * are MOPAC's published documents, reproduced for public information; the code is MIT), so the files
 * name the licence UK public bodies publish such information under, and say plainly that it was not
 * confirmed for each document.
 */
export const DATA_LICENCE = {
  name: 'Open Government Licence v3.0',
  url: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
  note:
    'The decision texts, and the facts and sums taken from them, are public sector information published by MOPAC. This site states no licence of its own for them; they are offered on the terms of the Open Government Licence v3.0, under which UK public bodies normally publish such information, but MOPAC’s terms for each document were not checked: where they differ, MOPAC’s terms apply. The roles given to sums and the links to sentences are this site’s reading of the documents; the published documents are the authority. Attribution: contains public sector information published by the Mayor’s Office for Policing and Crime.',
} as const;

/** The prefix of this site's 360Giving identifiers. Not a prefix registered with 360Giving (see the data page). */
export const GRANT_ID_PREFIX = '360G-mopac-decisions';

/** The 360Giving Data Standard version the file follows, as major.minor (the package schema's pattern). */
export const THREE_SIXTY_GIVING_VERSION = '1.4';

// --- decisions.json and its JSON Schema -----------------------------------------------------------

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
  quote: z.string().describe('The sentence of the published text the sum comes from, verbatim.'),
  url: z.url().describe('The address of that sentence on the decision page; its anchor is sum-N, the sum’s place in sums counting from 1.'),
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
    .enum(['yes', 'no', 'not-stated', 'conflicting'])
    .describe('Whether a confidential Part 2 exists: yes, no, not-stated, or conflicting (the documents disagree).'),
  source: z
    .strictObject({
      file: z.string().describe('The extracted text the page was made from, published at /sources/<file>.'),
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

export type ExportedDecision = z.infer<typeof exportedDecisionSchema>;
export type ExportedSum = z.infer<typeof exportedSumSchema>;
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
      source: { file: d.source.file, publisher: d.source.publisher, url: d.source.url ?? null },
      acceptedPence: acceptedPenceOf(d),
      sums: d.amounts.map((a, i) => ({
        pence: a.pence,
        pounds: penceToPounds(a.pence),
        role: a.role,
        principal: a.principal,
        asWritten: a.asWritten,
        quote: a.quote,
        url: `${page}#${sumAnchorId(i)}`,
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

// --- CSV -------------------------------------------------------------------------------------------

const list = (values: readonly string[]) => values.join('; ');

/** The columns of decisions.csv, one row per decision; lists are joined with "; ". */
export const DECISION_CSV_COLUMNS: readonly CsvColumn<ExportedDecision>[] = [
  { name: 'id', description: 'The decision’s permanent name: its page is /decisions/<id>/.', value: (d) => d.id },
  { name: 'reference', description: 'Its reference, "PCD 1092"; empty when the document carries none.', value: (d) => d.reference ?? '' },
  { name: 'title', description: 'The title as published.', value: (d) => d.title },
  { name: 'summary', description: 'What was decided, in plain words, by the site’s editors.', value: (d) => d.summary },
  { name: 'signed_date', description: 'The date the Deputy Mayor signed, YYYY-MM-DD; empty when the document gives none.', value: (d) => d.signedDate ?? '' },
  { name: 'signed_as_written', description: 'The signing date as printed (UK, day first).', value: (d) => d.signedAsWritten ?? '' },
  { name: 'signed_not_stated', description: 'Why there is no signing date, when there is none.', value: (d) => d.signedNotStated ?? '' },
  { name: 'placing_date', description: 'The date the site orders the decision by.', value: (d) => d.placingDate ?? '' },
  { name: 'placing_basis', description: 'Where that date comes from: signed, other-date or financial-year.', value: (d) => d.placingBasis ?? '' },
  { name: 'decision_types', description: 'What the decision does (codes).', value: (d) => list(d.decisionTypes) },
  { name: 'financial_years', description: 'UK financial years the decision concerns: "2021/22".', value: (d) => list(d.financialYears) },
  { name: 'programmes', description: 'Programme names.', value: (d) => list(d.programmes.map((p) => p.name)) },
  { name: 'programme_ids', description: 'Programme codes, in the same order.', value: (d) => list(d.programmes.map((p) => p.id)) },
  { name: 'funders', description: 'Who gives the money.', value: (d) => list(d.funders) },
  { name: 'recipient', description: 'Who receives or spends it.', value: (d) => d.recipient },
  { name: 'part_two', description: 'Whether a confidential Part 2 exists: yes, no, not-stated or conflicting.', value: (d) => d.partTwo },
  { name: 'sums', description: 'How many sums the decision states (each is a row of funding.csv).', value: (d) => String(d.sums.length) },
  { name: 'accepted_pence', description: 'The total of the sums this decision accepts, in pence.', value: (d) => String(d.acceptedPence) },
  { name: 'accepted_pounds', description: 'The same total in pounds, two decimals.', value: (d) => penceToPounds(d.acceptedPence) },
  { name: 'url', description: 'The decision page.', value: (d) => d.url },
  { name: 'source_file', description: 'The extracted text the page was made from.', value: (d) => d.source.file },
  { name: 'source_publisher', description: 'Who published the original document.', value: (d) => d.source.publisher },
  { name: 'source_url', description: 'The published document, when its address was recorded.', value: (d) => d.source.url ?? '' },
];

/** One row of funding.csv: a sum, its decision, and the period the funding pages count it in. */
export interface FundingRow {
  decision: ExportedDecision;
  sum: ExportedSum;
  /** The financial year (or span) the funding pages show the sum against, from fundingItems. */
  period: string;
  periodInferred: boolean;
}

/** The columns of funding.csv, one row per sum of money. */
export const FUNDING_CSV_COLUMNS: readonly CsvColumn<FundingRow>[] = [
  { name: 'decision_id', description: 'The decision’s permanent name (a row of decisions.csv).', value: (r) => r.decision.id },
  { name: 'reference', description: 'The decision’s reference; empty when it has none.', value: (r) => r.decision.reference ?? '' },
  { name: 'signed_date', description: 'The date the decision was signed; empty when the document gives none.', value: (r) => r.decision.signedDate ?? '' },
  { name: 'role', description: 'What the sum is (see “How sums are classified”). Add up only accepted sums.', value: (r) => r.sum.role },
  { name: 'principal', description: 'true for the sum the decision is mainly about.', value: (r) => String(r.sum.principal) },
  { name: 'pence', description: 'The sum in whole pence.', value: (r) => String(r.sum.pence) },
  { name: 'pounds', description: 'The sum in pounds, two decimals.', value: (r) => r.sum.pounds },
  { name: 'as_written', description: 'The sum exactly as printed.', value: (r) => r.sum.asWritten },
  { name: 'financial_years', description: 'The financial years the document ties the sum to; empty when it names none.', value: (r) => list(r.sum.financialYears) },
  {
    name: 'period',
    description: 'The financial year the funding pages count the sum in: a span ("2021/22–2022/23") when the document ties it to several years without a split, "Not stated" when there is no year and no signing date.',
    value: (r) => r.period,
  },
  { name: 'period_inferred', description: 'true when that year comes from the signing date because the document names none.', value: (r) => String(r.periodInferred) },
  { name: 'programme', description: 'The programme the sum is for, when the data says.', value: (r) => r.sum.programme?.name ?? '' },
  { name: 'programme_id', description: 'Its code.', value: (r) => r.sum.programme?.id ?? '' },
  { name: 'funder', description: 'Who gives the money, when the document ties this sum to a funder (the decision’s funders are in decisions.csv).', value: (r) => r.sum.funder ?? '' },
  { name: 'other_decision', description: 'For another decision’s grant: that decision’s reference.', value: (r) => r.sum.otherDecision ?? '' },
  { name: 'note', description: 'A short clarification by the site’s editors.', value: (r) => r.sum.note ?? '' },
  { name: 'sentence', description: 'The sentence the sum comes from, verbatim.', value: (r) => r.sum.quote },
  { name: 'url', description: 'The address of that sentence on the decision page.', value: (r) => r.sum.url },
];

/** Every sum of every decision, newest decision first, sums in facts-panel order, with the funding pages' period. */
export function fundingRows(decisions: readonly Decision[], urlOf: UrlOf): FundingRow[] {
  const items = new Map(fundingItems(decisions).map((item) => [`${item.decisionId}\u0000${item.amountIndex}`, item]));
  return exportDecisions(decisions, urlOf).flatMap((decision) =>
    decision.sums.map((sum, index) => {
      const item = items.get(`${decision.id}\u0000${index}`);
      return { decision, sum, period: item?.period ?? 'Not stated', periodInferred: item?.periodInferred ?? false };
    }),
  );
}

// --- 360Giving -------------------------------------------------------------------------------------

/** What a reader of the data page is told about each 360Giving field this site fills. */
export const THREE_SIXTY_GIVING_FIELDS: readonly { name: string; description: string }[] = [
  { name: 'id', description: `${GRANT_ID_PREFIX}-<decision id>-sum-N: the decision and the sum on its page. The prefix is not registered with 360Giving.` },
  { name: 'title', description: 'The decision’s reference and title.' },
  { name: 'description', description: 'The sentence the sum comes from, verbatim.' },
  { name: 'currency', description: 'GBP.' },
  { name: 'amountAwarded', description: 'The sum accepted, in pounds (a number, as the standard asks; pence are exact in the other files).' },
  { name: 'awardDate', description: 'The date the Deputy Mayor signed the decision.' },
  { name: 'url', description: 'The sentence on the decision page.' },
  { name: 'dataSource', description: 'The published document when its address is recorded, else the decision page.' },
  { name: 'recipientOrganization', description: 'Who receives the money, as the decision names them; the identifier is this site’s own.' },
  { name: 'fundingOrganization', description: 'The funder the decision ties the sum to, or the decision’s funders together when it ties it to none; identifiers are this site’s own.' },
  { name: 'grantProgramme', description: 'The programme, by this site’s code and name.' },
  { name: 'classifications', description: 'The UK financial years the document ties the sum to (vocabulary “UK financial year”).' },
];

/** An accepted sum left out of the 360Giving file, and why. */
export interface ExcludedGrant {
  decisionId: string;
  reference: string | null;
  pence: number;
  reason: string;
}

/** A 360Giving organisation: an identifier and a name. */
export interface GrantOrganisation {
  id: string;
  name: string;
}

/** One grant, with the fields this site fills (see THREE_SIXTY_GIVING_FIELDS). */
export interface Grant {
  id: string;
  title: string;
  description: string;
  currency: 'GBP';
  amountAwarded: number;
  awardDate: string;
  url: string;
  dataSource: string;
  recipientOrganization: GrantOrganisation[];
  fundingOrganization: GrantOrganisation[];
  grantProgramme: { code: string; title: string; description: string }[];
  classifications?: { vocabulary: string; code: string; title: string }[];
}

export interface ThreeSixtyGiving {
  /** The 360Giving data package. */
  package: { title: string; description: string; license: string; version: string; accessURL: string; downloadURL: string; grants: Grant[] };
  /** Accepted sums left out, and why (360Giving needs an award date and a funder). */
  excluded: ExcludedGrant[];
}

/** A stable identifier fragment: lower case, letters and digits joined by single hyphens. */
function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** An organisation as 360Giving records it, under this site's (unregistered) prefix: no registered identifier was confirmed. */
function organisation(name: string): GrantOrganisation {
  return { id: `${GRANT_ID_PREFIX}-org-${slug(name)}`, name };
}

/**
 * The grants accepted, as a 360Giving data package: one grant per accepted sum of a decision signed
 * on a stated day (the award date is the signing date). Bids, allocations, caps, match funding,
 * components, context figures and other decisions' grants are never grants awarded, and are left
 * out; accepted sums that cannot be dated or have no funder are listed in `excluded`.
 */
export function threeSixtyGiving(decisions: readonly Decision[], urlOf: UrlOf): ThreeSixtyGiving {
  const excluded: ExcludedGrant[] = [];
  const grants = sortNewestFirst(decisions).flatMap((d) =>
    d.amounts.flatMap((a, i): Grant[] => {
      if (!countsInTotals(a)) return [];
      const funders = a.funder ? [a.funder] : [...d.funders];
      const awardDate = d.signed.date && parseIsoDate(d.signed.date)?.precision === 'day' ? d.signed.date : null;
      const reason = !d.signed.date
        ? 'the document gives no signing date, and a 360Giving grant needs an award date'
        : !awardDate
          ? 'the document gives only the month of signing, and a 360Giving award date needs a day'
          : funders.length === 0
            ? 'the document names no funder'
            : null;
      if (reason || !awardDate) {
        excluded.push({ decisionId: d.id, reference: d.reference, pence: a.pence, reason: reason ?? '' });
        return [];
      }
      const page = urlOf(decisionPath(d.id));
      const programme = programmeById(a.programme ?? d.programmes[0] ?? '');
      return [
        {
          id: `${GRANT_ID_PREFIX}-${d.id}-${sumAnchorId(i)}`,
          title: referenceAndTitle(d),
          description: a.quote,
          currency: 'GBP',
          amountAwarded: a.pence / 100,
          awardDate,
          url: `${page}#${sumAnchorId(i)}`,
          dataSource: d.source.url ?? page,
          recipientOrganization: [organisation(d.recipient)],
          fundingOrganization: funders.map(organisation),
          grantProgramme: [{ code: programme.id, title: programme.name, description: programme.description }],
          ...(a.financialYears.length > 0
            ? { classifications: a.financialYears.map((fy) => ({ vocabulary: 'UK financial year', code: fy, title: `Financial year ${fy}` })) }
            : {}),
        },
      ];
    }),
  );
  return {
    package: {
      title: 'Grants accepted in decisions of the Deputy Mayor for Policing and Crime (MOPAC)',
      description: `${DATA_SOURCE}: one grant per sum a decision signed on a stated day accepts, amounts in pounds. Bids, allocations, caps on future years, match funding and other decisions’ grants are not included. Identifiers use the prefix ${GRANT_ID_PREFIX}, which is not registered with 360Giving. ${DATA_LICENCE.note}`,
      license: DATA_LICENCE.url,
      version: THREE_SIXTY_GIVING_VERSION,
      accessURL: urlOf('/data/'),
      downloadURL: urlOf('/data/360giving.json'),
      grants,
    },
    excluded,
  };
}

// --- Field documentation ---------------------------------------------------------------------------

/** A field of a JSON file as the data page lists it. */
export interface FieldDoc {
  name: string;
  type: string;
  description: string;
}

type JsonSchemaNode = {
  type?: string | string[];
  anyOf?: JsonSchemaNode[];
  enum?: unknown[];
  format?: string;
  title?: string;
  description?: string;
  items?: JsonSchemaNode;
  properties?: Record<string, JsonSchemaNode>;
};

function typeLabel(node: JsonSchemaNode): string {
  if (node.anyOf) return node.anyOf.map(typeLabel).join(' or ');
  if (Array.isArray(node.type)) return node.type.map((type) => typeLabel({ ...node, type })).join(' or ');
  if (node.enum) return node.enum.every((value) => value === null) ? 'null' : 'code';
  switch (node.type) {
    case 'string':
      return node.format === 'uri' ? 'URL' : (node.title ?? 'text');
    case 'integer':
      return 'whole number';
    case 'number':
      return 'number';
    case 'boolean':
      return 'true or false';
    case 'null':
      return 'null';
    case 'array':
      return node.items ? `list of ${typeLabel(node.items).replace(/^(code|object|date|financial year|URL)$/, '$1s')}` : 'list';
    default:
      return 'object';
  }
}

/** The object inside a node, through `or null` and `list of`, when there is one. */
function objectWithin(node: JsonSchemaNode): JsonSchemaNode | null {
  if (node.properties) return node;
  if (node.items) return objectWithin(node.items);
  for (const option of node.anyOf ?? []) {
    const found = objectWithin(option);
    if (found) return found;
  }
  return null;
}

/**
 * The fields of a zod object schema, read from its JSON Schema so the data page shows exactly what
 * decisions.schema.json says: nested objects as "source.file", lists of objects as "programmes[].id";
 * fields named in `separately` are listed without their inside (the page gives those a table of their own).
 */
export function jsonFields(schema: z.ZodType, separately: readonly string[] = []): FieldDoc[] {
  const walk = (node: JsonSchemaNode, prefix: string): FieldDoc[] =>
    Object.entries(node.properties ?? {}).flatMap(([key, child]) => {
      const name = `${prefix}${key}`;
      const own = { name, type: typeLabel(child), description: child.description ?? '' };
      const inner = separately.includes(name) ? null : objectWithin(child);
      const listed = child.type === 'array' || child.anyOf?.some((o) => o.type === 'array');
      return inner ? [own, ...walk(inner, `${name}${listed ? '[]' : ''}.`)] : [own];
    });
  return walk(z.toJSONSchema(schema, { target: 'draft-2020-12' }) as JsonSchemaNode, '');
}
