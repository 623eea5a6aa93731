/**
 * The open data's old address, kept while src/pages/data/index.astro still imports from it: each
 * file now has a module of its own (data-terms, decisions-json, csv-columns, three-sixty-giving,
 * field-docs, grant-organisations, grant-quality, xlsx). Import from those; this file goes once nothing
 * imports it.
 */
export { DATA_LICENCE, DATA_SOURCE, type UrlOf } from './data-terms.ts';
export {
  decisionsFile,
  decisionsFileSchema,
  decisionsJsonSchema,
  exportDecisions,
  exportedDecisionSchema,
  exportedSumSchema,
  type DecisionsFile,
  type ExportedDecision,
  type ExportedSum,
} from './decisions-json.ts';
export { DECISION_CSV_COLUMNS, FUNDING_CSV_COLUMNS, fundingRows, type FundingRow } from './csv-columns.ts';
export {
  BENEFICIARY_LOCATION,
  GRANT_ID_PREFIX,
  THREE_SIXTY_GIVING_FIELDS,
  THREE_SIXTY_GIVING_VERSION,
  threeSixtyGiving,
  type ExcludedGrant,
  type Grant,
  type GrantOrganisation,
  type ThreeSixtyGiving,
} from './three-sixty-giving.ts';
export { KNOWN_ORGANISATIONS, type KnownOrganisation } from './grant-organisations.ts';
export { GRANT_QUALITY_CHECKS, type GrantQualityCheck } from './grant-quality.ts';
export { jsonFields, type FieldDoc } from './field-docs.ts';
