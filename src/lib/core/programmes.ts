/**
 * The programmes a decision can fund. One list, so that a misspelt programme in a decision's
 * frontmatter fails the build instead of becoming a new, near-duplicate category.
 */

export interface Programme {
  id: string;
  /** The name readers see. */
  name: string;
  /** One sentence on what it is, for listings and the glossary. */
  description: string;
  /**
   * Its colour in charts: from the Okabe–Ito palette, which readers with the common forms of colour
   * blindness can tell apart, each at least 3:1 against white.
   */
  colour: string;
}

export const PROGRAMMES = [
  {
    id: 'county-lines',
    colour: '#0072B2',
    name: 'County Lines',
    description: 'Work against drug-supply networks that run from cities into county towns, exploiting children and vulnerable people.',
  },
  {
    id: 'operation-orochi',
    colour: '#D55E00',
    name: 'Operation Orochi',
    description: 'The Metropolitan Police unit that targets the holders of county lines, piloted under PCD 726 and expanded under PCD 785.',
  },
  {
    id: 'anpr',
    colour: '#009E73',
    name: 'Roads Policing ANPR',
    description: 'Automatic Number Plate Recognition used by roads policing against county lines.',
  },
  {
    id: 'nclcc',
    colour: '#CC79A7',
    name: 'National County Lines Coordination Centre',
    description: 'The national centre, run by the police and the National Crime Agency, that coordinates work against county lines.',
  },
  {
    id: 'smin',
    colour: '#332288',
    name: 'County Lines Social Media Intelligence Network',
    description: 'The network, funded by the Home Office, that gathers social-media intelligence on county lines for the County Lines Task Forces and the national centre.',
  },
  {
    id: 'organised-crime-grant',
    colour: '#5D5D5D',
    name: 'Organised Crime Specific Grant',
    description: 'The Home Office grant for the London Regional Organised Crime Unit (ROCU) and related serious and organised crime work.',
  },
  {
    id: 'serious-organised-crime',
    colour: '#882255',
    name: 'Serious and Organised Crime',
    description: 'Home Office serious and organised crime (SOC) funding, such as the "middle market" drug-trafficking pilot.',
  },
] as const satisfies readonly Programme[];

export type ProgrammeId = (typeof PROGRAMMES)[number]['id'];

// Marked pure: a top-level call is kept by the bundler, and with it the whole list, in every page
// script that imports anything from this module (0.6 KB gzip of the search page's first script).
export const PROGRAMME_IDS = /* @__PURE__ */ PROGRAMMES.map((p) => p.id) as [ProgrammeId, ...ProgrammeId[]];

/** The programme with that id; throws for an unknown id (the schema stops those earlier). */
export function programmeById(id: string): Programme {
  const programme = PROGRAMMES.find((p) => p.id === id);
  if (!programme) throw new RangeError(`Unknown programme: ${id}`);
  return programme;
}

/** Bodies that fund the decisions on this site. */
export const FUNDERS = ['Home Office', 'East Midlands Special Operations Unit (EMSOU)'] as const;

export type Funder = (typeof FUNDERS)[number];
