/**
 * What every open data file states: where the data comes from, on what terms it may be reused, and
 * how it addresses the site's pages. Page addresses come in as a function, so the base path and
 * origin are the caller's.
 */

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
