/**
 * The organisations the 360Giving file names, and the identifier each carries. 360Giving asks for an
 * identifier from a list on org-id.guide where one exists, and otherwise one under the publisher's
 * own 360G- prefix. Each identifier here says where it comes from, so the data page can show it.
 *
 * Research (December 2026): the Home Office is D16 in the UK Government Organisation Register
 * (org-id.guide list GB-GOR). No org-id.guide list covers police forces or police and crime bodies:
 * its UK lists are companies, charities, schools, local authorities (GB-LAE has the Greater London
 * Authority, GLA, but not MOPAC, a body of its own), NHS bodies and central government. MOPAC has a
 * Public Procurement Organisation Number on Find a Tender, but PPON is not an org-id.guide list,
 * so 360Giving's tools would not recognise it.
 */

/** This site's 360Giving prefix. Not issued by 360Giving (see the data page), and kept apart from any prefix 360Giving issues. */
export const GRANT_ID_PREFIX = '360G-mopac-decisions';

/** An organisation as 360Giving records it: an identifier, a name, and the part of it named, when there is one. */
export interface GrantOrganisation {
  id: string;
  name: string;
  department?: string;
}

/** An organisation the decisions name, its identifier, and where that identifier comes from. */
export interface KnownOrganisation {
  id: string;
  name: string;
  /** Where the identifier comes from, for the data page. */
  source: string;
  /** The start of the names the decisions give it: "Metropolitan Police Service (MPS), through MOPAC". */
  namedAs: RegExp;
}

const NO_LIST = 'No org-id.guide list covers it, so the identifier is under this site’s 360Giving prefix, as 360Giving’s guidance asks for an organisation with no registered identifier.';

/** The organisations the decisions name, with the best identifier found for each. */
export const KNOWN_ORGANISATIONS: readonly KnownOrganisation[] = [
  {
    id: 'GB-GOR-D16',
    name: 'Home Office',
    source: 'org-id.guide list GB-GOR, the UK Government Organisation Register, record D16 “Home Office”. The register was retired on 15 March 2021; its data is archived and the list is still on org-id.guide.',
    namedAs: /^Home Office\b/,
  },
  {
    id: `${GRANT_ID_PREFIX}-org-metropolitan-police-service`,
    name: 'Metropolitan Police Service',
    source: NO_LIST,
    namedAs: /^Metropolitan Police Service\b/,
  },
  {
    id: `${GRANT_ID_PREFIX}-org-mopac`,
    name: 'Mayor’s Office for Policing and Crime',
    source: `${NO_LIST} MOPAC’s Public Procurement Organisation Number (PPON) is not an org-id.guide list.`,
    namedAs: /^(MOPAC\b|Mayor[’']s Office for Policing and Crime\b)/,
  },
  {
    id: `${GRANT_ID_PREFIX}-org-east-midlands-special-operations-unit`,
    name: 'East Midlands Special Operations Unit (EMSOU)',
    source: `${NO_LIST} EMSOU is a regional collaboration of police forces, not a registered body of its own.`,
    namedAs: /^East Midlands Special Operations Unit\b/,
  },
];

/** A stable identifier fragment: lower case, letters and digits joined by single hyphens. */
function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * An organisation as a decision names it, with its identifier: a known organisation by its own name,
 * with what follows " – " as the department ("Metropolitan Police Service (MPS) – London Regional
 * Organised Crime Unit" is the MPS's unit); any other under this site's prefix, by its name as written.
 */
export function grantOrganisation(named: string): GrantOrganisation {
  const known = KNOWN_ORGANISATIONS.find((o) => o.namedAs.test(named));
  if (!known) return { id: `${GRANT_ID_PREFIX}-org-${slug(named)}`, name: named };
  const department = named.split(' – ').slice(1).join(' – ').trim();
  return { id: known.id, name: known.name, ...(department ? { department } : {}) };
}
