/** Site-wide settings bound to this build's configuration (base path, name). */
import { createPathFormatter } from '../lib/paths.ts';

/** Prefixes a site path with the configured base: link('/decisions/') -> '/mopac-decisions/decisions/'. */
export const link = createPathFormatter(import.meta.env.BASE_URL);

export const SITE_NAME = 'MOPAC Funding Decisions';
export const SITE_TAGLINE = 'Police funding decisions of the Mayor’s Office for Policing and Crime, readable and traceable';

/** The absolute URL of a site path, for files read outside the site (CSV, feeds). */
export function SITE_URL_FOR(site: URL | undefined, path: string): string {
  return new URL(link(path), site ?? 'http://localhost:4321').href;
}
