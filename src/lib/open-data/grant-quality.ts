/**
 * The checks 360Giving's Data Quality Tool makes of a grants file (its "additional checks", from
 * lib-cove-360's TEST_CLASSES: quality checks, then usefulness notices), and the standard's own
 * rules the schema cannot state, written as functions of the grants. The tests run each one on
 * 360giving.json; the data page lists them, with why this file gets the notices it does. Nothing
 * here reads the clock: the checks of dates take today's date.
 */
import type { Grant } from './three-sixty-giving.ts';

/** org-id.guide's lists of UK organisations (org-id/register, lists/gb), as prefixes of identifiers. */
export const UK_ORG_ID_LISTS = [
  'GB-CASC', 'GB-CCSCUST', 'GB-CHC', 'GB-COA', 'GB-COE', 'GB-COH', 'GB-EDU', 'GB-GOR', 'GB-GOV', 'GB-GOVUK', 'GB-HESA', 'GB-IRN', 'GB-LAE',
  'GB-LANI', 'GB-LAS', 'GB-MPR', 'GB-NHS', 'GB-NIC', 'GB-PLA', 'GB-REV', 'GB-SC', 'GB-SCOTEDU', 'GB-SHPE', 'GB-SRS', 'GB-UKPRN', 'GB-WALEDU',
] as const;

/** A check of 360Giving data, and how this file stands with it. */
export interface GrantQualityCheck {
  /** Its name in the Data Quality Tool (lib-cove-360), or "Standard: …" for a rule of the standard the tool leaves to the schema. */
  name: string;
  /** quality: the tool flags data that may be wrong; usefulness: it flags data that could say more. */
  kind: 'quality' | 'usefulness';
  /** What it checks, in plain words, for the data page. */
  says: string;
  /** Why this file is flagged, for a check it does not pass; absent for one it must pass. */
  flaggedBecause?: string;
  /** What fails it: grant ids, or "id: detail". */
  failures: (grants: readonly Grant[], today: string) => string[];
}

type Organisation = Grant['fundingOrganization'][number] & { charityNumber?: string; companyNumber?: string; postalCode?: string; location?: unknown[] };
type AnyGrant = Grant & { actualDates?: { startDate?: string; endDate?: string }[]; recipientIndividual?: unknown; toIndividualsDetails?: unknown; project?: unknown; dateModified?: string };

const failing = (grants: readonly Grant[], test: (g: AnyGrant) => boolean) => grants.filter((g) => test(g as AnyGrant)).map((g) => g.id);
const organisations = (g: Grant): Organisation[] => [...g.fundingOrganization, ...g.recipientOrganization];
const recognised = (id: string) => id.toUpperCase().startsWith('360G-') || UK_ORG_ID_LISTS.some((list) => id.toUpperCase().startsWith(`${list}-`));
const charityNumber = (n: string) => /^\d{6,7}$/.test(n.replace(/^[A-Za-z]{2}/, ''));
const companyNumber = (n: string) => /^\w{8}$/.test(n);

/** A date of the standard's forms as a day (YYYY-MM-DD), or null when it is not a day that exists. */
export function realDay(text: string | undefined): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})(T.*)?$/.exec(text ?? '');
  if (!match) return null;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? `${match[1]}-${match[2]}-${match[3]}` : null;
}

/** `today` moved by whole years: the Data Quality Tool's "over 12 years in the future", "over 25 years ago". */
function yearsFrom(today: string, years: number): string {
  return `${String(Number(today.slice(0, 4)) + years).padStart(4, '0')}${today.slice(4)}`;
}

const datesOf = (g: AnyGrant) => [g.awardDate, g.plannedDates?.[0]?.startDate, g.plannedDates?.[0]?.endDate, g.actualDates?.[0]?.startDate, g.actualDates?.[0]?.endDate];
const startAfterEnd = (dates: { startDate?: string; endDate?: string }[] | undefined) => {
  const start = realDay(dates?.[0]?.startDate);
  const end = realDay(dates?.[0]?.endDate);
  return start !== null && end !== null && start > end;
};

const NO_REGISTERED_ID =
  'the Metropolitan Police Service, MOPAC and EMSOU are on no org-id.guide list, so they carry identifiers under this site’s 360G- prefix; only the Home Office has a registered one (GB-GOR-D16)';

/** The Data Quality Tool's checks and the standard's own rules, each as a function of the grants. */
export const GRANT_QUALITY_CHECKS: readonly GrantQualityCheck[] = [
  { name: 'ZeroAmountTest', kind: 'quality', says: 'No grant has an amount awarded of £0.', failures: (gs) => failing(gs, (g) => g.amountAwarded === 0) },
  { name: 'FundingOrgUnrecognisedPrefix', kind: 'quality', says: 'Every funder’s identifier starts with an org-id.guide list code or 360G.', failures: (gs) => failing(gs, (g) => g.fundingOrganization.some((o) => !recognised(o.id))) },
  { name: 'RecipientOrgUnrecognisedPrefix', kind: 'quality', says: 'Every recipient’s identifier starts with an org-id.guide list code or 360G.', failures: (gs) => failing(gs, (g) => g.recipientOrganization.some((o) => !recognised(o.id))) },
  { name: 'RecipientOrgCharityNumber', kind: 'quality', says: 'A recipient’s charity number, when given, looks like a UK charity number.', failures: (gs) => failing(gs, (g) => g.recipientOrganization.some((o: Organisation) => o.charityNumber !== undefined && !charityNumber(o.charityNumber))) },
  { name: 'RecipientOrgCompanyNumber', kind: 'quality', says: 'A recipient’s company number, when given, looks like a company number (8 characters).', failures: (gs) => failing(gs, (g) => g.recipientOrganization.some((o: Organisation) => o.companyNumber !== undefined && !companyNumber(o.companyNumber))) },
  {
    name: 'OrganizationIdLooksInvalid',
    kind: 'quality',
    says: 'A funder or recipient identifier looks valid for its list: a charity number after GB-CHC-, a company number after GB-COH-, and (this site’s addition) a register code of letters and digits after GB-GOR-.',
    failures: (gs) =>
      failing(gs, (g) =>
        organisations(g).some((o) => {
          const id = o.id.toUpperCase();
          if (id.startsWith('GB-CHC-')) return !charityNumber(o.id.slice(7));
          if (id.startsWith('GB-COH-')) return !companyNumber(o.id.slice(7));
          if (id.startsWith('GB-GOR-')) return !/^(D|EA|OT|PB|PC)\d+$/.test(o.id.slice(7));
          return false;
        }),
      ),
  },
  {
    name: 'MoreThanOneFundingOrg',
    kind: 'quality',
    says: 'The file names one funding organisation identifier (a notice to ignore when the file covers several funders).',
    flaggedBecause: 'the decisions accept grants from more than one funder (the Home Office, and EMSOU in the OCS grant), so the file names more than one',
    failures: (gs) => {
      const ids = [...new Set(gs.flatMap((g) => g.fundingOrganization.map((o) => o.id)))];
      return ids.length > 1 ? ids : [];
    },
  },
  { name: 'LooksLikeEmail', kind: 'quality', says: 'No text looks like an email address.', failures: (gs) => failing(gs, (g) => /[\w.-]+@[\w.-]+\.[\w.-]+/.test(JSON.stringify(g))) },
  { name: 'ImpossibleDates', kind: 'quality', says: 'Every date is a day that exists (no 31 September, no 29 February outside a leap year).', failures: (gs) => failing(gs, (g) => datesOf(g).some((d) => d !== undefined && /^\d{4}-\d{2}-\d{2}/.test(d) && realDay(d) === null)) },
  { name: 'PlannedStartDateBeforeEndDate', kind: 'quality', says: 'A planned start date is not after its planned end date.', failures: (gs) => failing(gs, (g) => startAfterEnd(g.plannedDates)) },
  { name: 'ActualStartDateBeforeEndDate', kind: 'quality', says: 'An actual start date is not after its actual end date.', failures: (gs) => failing(gs, (g) => startAfterEnd(g.actualDates)) },
  { name: 'FarFuturePlannedDates', kind: 'quality', says: 'No planned date is more than 12 years from today.', failures: (gs, today) => failing(gs, (g) => [g.plannedDates?.[0]?.startDate, g.plannedDates?.[0]?.endDate].some((d) => (realDay(d) ?? '') > yearsFrom(today, 12))) },
  { name: 'FarFutureActualDates', kind: 'quality', says: 'No actual date is more than 5 years from today.', failures: (gs, today) => failing(gs, (g) => [g.actualDates?.[0]?.startDate, g.actualDates?.[0]?.endDate].some((d) => (realDay(d) ?? '') > yearsFrom(today, 5))) },
  { name: 'FarPastDates', kind: 'quality', says: 'No date is more than 25 years ago.', failures: (gs, today) => failing(gs, (g) => datesOf(g).some((d) => realDay(d) !== null && (realDay(d) ?? '') < yearsFrom(today, -25))) },
  { name: 'PostDatedAwardDates', kind: 'quality', says: 'No award date is in the future.', failures: (gs, today) => failing(gs, (g) => (realDay(g.awardDate) ?? '') > today) },
  { name: 'RecipientIndWithoutToIndividualsDetails', kind: 'quality', says: 'A grant to an individual says its purpose and reason (this file has none to individuals).', failures: (gs) => failing(gs, (g) => g.recipientIndividual !== undefined && g.toIndividualsDetails === undefined) },
  { name: 'RecipientIndDEI', kind: 'quality', says: 'No grant to an individual carries diversity, equity and inclusion data.', failures: (gs) => failing(gs, (g) => g.recipientIndividual !== undefined && g.project !== undefined) },
  { name: 'GeoCodePostcode', kind: 'quality', says: 'No beneficiary location code of a grant to an individual looks like a postcode.', failures: (gs) => failing(gs, (g) => g.recipientIndividual !== undefined && g.beneficiaryLocation.some((l) => /^\s*[a-z]{1,2}\d[a-z\d]?\s*\d[a-z]{2}\s*$/i.test(l.geoCode))) },
  { name: 'Standard: unique identifiers', kind: 'quality', says: 'No two grants share an identifier.', failures: (gs) => gs.filter((g, i) => gs.findIndex((o) => o.id === g.id) !== i).map((g) => g.id) },
  { name: 'Standard: grant identifier prefix', kind: 'quality', says: 'Every grant identifier starts with a 360G- prefix.', failures: (gs) => failing(gs, (g) => !g.id.startsWith('360G-')) },
  { name: 'Standard: currency', kind: 'quality', says: 'Every amount is in pounds sterling (GBP).', failures: (gs) => failing(gs, (g) => g.currency !== 'GBP') },
  { name: 'Standard: title and description', kind: 'quality', says: 'Every grant has a title and a description.', failures: (gs) => failing(gs, (g) => g.title.trim() === '' || g.description.trim() === '') },
  {
    name: 'RecipientOrg360GPrefix',
    kind: 'usefulness',
    says: 'A recipient’s identifier comes from an official register, not a 360G- prefix.',
    flaggedBecause: NO_REGISTERED_ID,
    failures: (gs) => failing(gs, (g) => g.recipientOrganization.some((o) => o.id.toLowerCase().startsWith('360g'))),
  },
  {
    name: 'FundingOrg360GPrefix',
    kind: 'usefulness',
    says: 'A funder’s identifier comes from an official register, not a 360G- prefix.',
    flaggedBecause: NO_REGISTERED_ID,
    failures: (gs) => failing(gs, (g) => g.fundingOrganization.some((o) => o.id.toLowerCase().startsWith('360g'))),
  },
  {
    name: 'NoRecipientOrgCompanyCharityNumber',
    kind: 'usefulness',
    says: 'A recipient has a company or charity number.',
    flaggedBecause: 'the recipients are police bodies, which are neither companies nor charities',
    failures: (gs) => failing(gs, (g) => g.recipientOrganization.some((o: Organisation) => !o.companyNumber && !o.charityNumber)),
  },
  {
    name: 'IncompleteRecipientOrg',
    kind: 'usefulness',
    says: 'A recipient has a postcode or a geographic code.',
    flaggedBecause: 'the decisions give no recipient’s address; where the money is spent is in beneficiaryLocation (London)',
    failures: (gs) => failing(gs, (g) => g.recipientOrganization.some((o: Organisation) => !o.postalCode && !(o.location && o.location.length > 0))),
  },
  { name: 'NoGrantProgramme', kind: 'usefulness', says: 'Every grant names its programme.', failures: (gs) => failing(gs, (g) => g.grantProgramme.length === 0) },
  { name: 'NoBeneficiaryLocation', kind: 'usefulness', says: 'Every grant says where its beneficiaries are.', failures: (gs) => failing(gs, (g) => g.beneficiaryLocation.length === 0) },
  { name: 'TitleDescriptionSame', kind: 'usefulness', says: 'No grant’s title and description are the same.', failures: (gs) => failing(gs, (g) => g.title === g.description) },
  { name: 'TitleLength', kind: 'usefulness', says: 'Every title is at most 140 characters.', failures: (gs) => failing(gs, (g) => g.title.length > 140) },
  {
    name: 'NoLastModified',
    kind: 'usefulness',
    says: 'Every grant says when its information was last changed (dateModified).',
    flaggedBecause: 'the site records the day each decision was added, not when its record last changed, and gives no date it does not know',
    failures: (gs) => failing(gs, (g) => !g.dateModified),
  },
  { name: 'NoDataSource', kind: 'usefulness', says: 'Every grant links to where its data comes from (dataSource).', failures: (gs) => failing(gs, (g) => !g.dataSource) },
];
