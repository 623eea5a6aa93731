/**
 * The grants accepted, in the 360Giving Data Standard (360giving.json), and what the data page says
 * about each field filled. Only accepted sums of decisions signed on a stated day are grants; the
 * rest are left out, and the accepted ones among them listed with the reason.
 */
import { decisionPath } from '../core/routes.ts';
import { sumAnchorId } from '../core/anchors.ts';
import type { Decision } from '../core/decisions.ts';
import { countsInTotals, referenceAndTitle, sortNewestFirst } from '../core/decisions.ts';
import { parseIsoDate } from '../core/dates.ts';
import { programmeById } from '../core/programmes.ts';
import { DATA_LICENCE, DATA_SOURCE, type UrlOf } from './data-terms.ts';

/** The prefix of this site's 360Giving identifiers. Not a prefix registered with 360Giving (see the data page). */
export const GRANT_ID_PREFIX = '360G-mopac-decisions';

/** The 360Giving Data Standard version the file follows, as major.minor (the package schema's pattern). */
export const THREE_SIXTY_GIVING_VERSION = '1.4';

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

/** The 360Giving file's package, and the accepted sums it leaves out. */
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
          description: a.quote ?? d.summary,
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
