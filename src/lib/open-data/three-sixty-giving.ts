/**
 * The grants accepted, in the 360Giving Data Standard (360giving.json), and what the data page says
 * about each field filled. Every accepted sum is a grant. The award date is the signing date; a
 * decision signed on no stated day is dated by the date the site places it at (core/decisions.ts
 * placingDate), and its grant says so. Nothing here reads the clock, so the same content writes the
 * same file.
 */
import { decisionPath } from '../core/routes.ts';
import { sumAnchorId } from '../core/anchors.ts';
import type { Decision } from '../core/decisions.ts';
import { countsInTotals, placingDate, referenceAndTitle, sortNewestFirst } from '../core/decisions.ts';
import { formatDate, parseIsoDate } from '../core/dates.ts';
import { compareFinancialYears, financialYearBounds } from '../core/financial-year.ts';
import { programmeById } from '../core/programmes.ts';
import { DATA_LICENCE, DATA_SOURCE, type UrlOf } from './data-terms.ts';
import { GRANT_ID_PREFIX, grantOrganisation, type GrantOrganisation } from './grant-organisations.ts';

export { GRANT_ID_PREFIX, type GrantOrganisation } from './grant-organisations.ts';

/** The 360Giving Data Standard version the file follows, as major.minor (the package schema's pattern). */
export const THREE_SIXTY_GIVING_VERSION = '1.4';

/** Where every grant's beneficiaries are: London, MOPAC's police area, by its ONS (GSS) region code. */
export const BENEFICIARY_LOCATION = { name: 'London', countryCode: 'GB', geoCode: 'E12000007', geoCodeType: 'RGN' } as const;

/** What a reader of the data page is told about each 360Giving field this site fills. */
export const THREE_SIXTY_GIVING_FIELDS: readonly { name: string; description: string }[] = [
  { name: 'id', description: `${GRANT_ID_PREFIX}-<decision id>-sum-N: the decision and the sum on its page. The prefix is not issued by 360Giving.` },
  { name: 'title', description: 'The decision’s reference and title.' },
  { name: 'description', description: 'The sentence the sum comes from, verbatim (the decision’s summary when the site has only its register entry); then, when the document gives no signing date, which date stands in for it.' },
  { name: 'currency', description: 'GBP.' },
  { name: 'amountAwarded', description: 'The sum accepted, in pounds (a number, as the standard asks; pence are exact in the other files).' },
  { name: 'awardDate', description: 'The date the Deputy Mayor signed the decision; when the document gives none, the date the site places the decision at (another date it states, else the start of its first financial year), as its description says.' },
  { name: 'plannedDates', description: 'From 1 April of the first financial year the document ties the sum to (else the decision’s years) to 31 March of the last; left out when it names no year.' },
  { name: 'url', description: 'The sentence on the decision page.' },
  { name: 'dataSource', description: 'The published document when its address is recorded, else the decision page.' },
  { name: 'recipientOrganization', description: 'Who receives the money, as the decision names them, with the part of the organisation as its department.' },
  { name: 'fundingOrganization', description: 'The funder the decision ties the sum to, or the decision’s funders together when it ties it to none.' },
  { name: 'beneficiaryLocation', description: `London, ONS region code ${BENEFICIARY_LOCATION.geoCode} (type ${BENEFICIARY_LOCATION.geoCodeType}): MOPAC’s police area.` },
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

/** When a grant's activity is planned to run: 1 April of its first financial year to 31 March of its last. */
export interface PlannedDates {
  startDate: string;
  endDate: string;
  description: string;
}

/** One grant, with the fields this site fills (see THREE_SIXTY_GIVING_FIELDS). */
export interface Grant {
  id: string;
  title: string;
  description: string;
  currency: 'GBP';
  amountAwarded: number;
  awardDate: string;
  plannedDates?: PlannedDates[];
  url: string;
  dataSource: string;
  recipientOrganization: GrantOrganisation[];
  fundingOrganization: GrantOrganisation[];
  beneficiaryLocation: (typeof BENEFICIARY_LOCATION)[];
  grantProgramme: { code: string; title: string; description: string }[];
  classifications?: { vocabulary: string; code: string; title: string }[];
}

/** Who publishes the file, as the package's `publisher` names it. */
export interface GrantPublisher {
  name: string;
  website: string;
}

/** The 360Giving data package, with the publisher metadata the standard defines for one. */
export interface GrantPackage {
  title: string;
  description: string;
  identifier: string;
  publisher?: GrantPublisher;
  license: string;
  version: string;
  /** The day the newest decision was added to the site, not the build's day. */
  modified?: string;
  accessURL: string;
  downloadURL: string;
  grants: Grant[];
}

/** The 360Giving file's package, and the accepted sums it leaves out. */
export interface ThreeSixtyGiving {
  /** The 360Giving data package. */
  package: GrantPackage;
  /** Accepted sums left out, and why (360Giving needs an award date to the day and a funder). */
  excluded: ExcludedGrant[];
}

/** The planned dates of a sum: its own financial years (or its years' split), else its decision's. */
function plannedDates(decision: Decision, amount: Decision['amounts'][number]): PlannedDates[] {
  const own = [...amount.financialYears, ...(amount.perYear ?? []).map((y) => y.financialYear)];
  const years = [...new Set(own.length > 0 ? own : decision.financialYears)].sort(compareFinancialYears);
  const first = years[0];
  const last = years[years.length - 1];
  if (!first || !last) return [];
  const whose = own.length > 0 ? 'the sum' : 'the decision';
  const span = first === last ? `financial year ${first}` : `financial years ${first} to ${last}`;
  return [{ startDate: financialYearBounds(first)[0], endDate: financialYearBounds(last)[1], description: `The ${span}, which the document ties ${whose} to.` }];
}

/** The award date of a decision's grants, and the sentence that says where it comes from when it is not the signing date. */
function awardDateOf(decision: Decision): { date: string; basis: string | null } | null {
  const placed = placingDate(decision);
  if (!placed || parseIsoDate(placed.iso)?.precision !== 'day') return null;
  if (placed.basis === 'signed') return { date: placed.iso, basis: null };
  // A signing date to the month only is placed by itself (basis 'signed') and so has no award day:
  // any other basis means the document gives no signing date.
  return { date: placed.iso, basis: `Award date: the document gives no signing date; ${formatDate(placed.iso)} (${placed.explanation}) stands in for it, the date this site places the decision at.` };
}

/**
 * The grants accepted, as a 360Giving data package: one grant per accepted sum, whatever the
 * decision's evidence. Bids, allocations, caps, match funding, components, context figures and
 * other decisions' grants are never grants awarded. An accepted sum is left out (and listed in
 * `excluded`) only when its decision has no date to the day at all, or names no funder.
 */
export function threeSixtyGiving(decisions: readonly Decision[], urlOf: UrlOf, publisher?: GrantPublisher): ThreeSixtyGiving {
  const excluded: ExcludedGrant[] = [];
  const grants = sortNewestFirst(decisions).flatMap((d) =>
    d.amounts.flatMap((a, i): Grant[] => {
      if (!countsInTotals(a)) return [];
      const funders = a.funder ? [a.funder] : [...d.funders];
      const award = awardDateOf(d);
      if (!award || funders.length === 0) {
        const reason = !award ? 'the document gives no date to the day, and a 360Giving grant needs an award date' : 'the document names no funder';
        excluded.push({ decisionId: d.id, reference: d.reference, pence: a.pence, reason });
        return [];
      }
      const page = urlOf(decisionPath(d.id));
      const programme = programmeById(a.programme ?? d.programmes[0] ?? '');
      const planned = plannedDates(d, a);
      const sentence = a.quote ?? d.summary;
      return [
        {
          id: `${GRANT_ID_PREFIX}-${d.id}-${sumAnchorId(i)}`,
          title: referenceAndTitle(d),
          description: award.basis ? `${sentence}\n\n${award.basis}` : sentence,
          currency: 'GBP',
          amountAwarded: a.pence / 100,
          awardDate: award.date,
          ...(planned.length > 0 ? { plannedDates: planned } : {}),
          url: `${page}#${sumAnchorId(i)}`,
          dataSource: d.source.url ?? page,
          recipientOrganization: [grantOrganisation(d.recipient)],
          fundingOrganization: funders.map(grantOrganisation),
          beneficiaryLocation: [BENEFICIARY_LOCATION],
          grantProgramme: [{ code: programme.id, title: programme.name, description: programme.description }],
          ...(a.financialYears.length > 0
            ? { classifications: a.financialYears.map((fy) => ({ vocabulary: 'UK financial year', code: fy, title: `Financial year ${fy}` })) }
            : {}),
        },
      ];
    }),
  );
  const added = decisions.flatMap((d) => (d.addedOn ? [d.addedOn] : [])).sort();
  const modified = added[added.length - 1];
  return {
    package: {
      title: 'Grants accepted in decisions of the Deputy Mayor for Policing and Crime (MOPAC)',
      description: `${DATA_SOURCE}: one grant per sum a decision accepts, amounts in pounds. Bids, allocations, caps on future years, match funding and other decisions’ grants are not included. Where a document gives no signing date, the grant’s description says which date stands in for it. Grant identifiers use the prefix ${GRANT_ID_PREFIX}, which is not issued by 360Giving; organisations without an org-id.guide identifier have one under that prefix. ${DATA_LICENCE.note}`,
      identifier: `${GRANT_ID_PREFIX}-grants`,
      ...(publisher ? { publisher } : {}),
      license: DATA_LICENCE.url,
      version: THREE_SIXTY_GIVING_VERSION,
      ...(modified ? { modified } : {}),
      accessURL: urlOf('/data/'),
      downloadURL: urlOf('/data/360giving.json'),
      grants,
    },
    excluded,
  };
}
