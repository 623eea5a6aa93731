/** Site-wide settings bound to this build's configuration (base path, name). */
import { createPathFormatter } from '../lib/paths.ts';

/** Prefixes a site path with the configured base: link('/decisions/') -> '/mopac-decisions/decisions/'. */
export const link = createPathFormatter(import.meta.env.BASE_URL);

export const SITE_NAME = 'MOPAC Funding Decisions';
export const SITE_TAGLINE = 'Police funding decisions of the Mayor’s Office for Policing and Crime, readable and traceable';
