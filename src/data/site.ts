/** Site-wide settings bound to this build's configuration (base path, name). */
import { createPathFormatter } from '../lib/core/routes.ts';
import { parseCorrectionsContact } from '../lib/core/citation.ts';

/** Prefixes a site path with the configured base: link('/decisions/') -> '/mopac-decisions/decisions/'. */
export const link = createPathFormatter(import.meta.env.BASE_URL);

export const SITE_NAME = 'MOPAC Funding Decisions';
export const SITE_TAGLINE = 'Police funding decisions of the Mayor’s Office for Policing and Crime, readable and traceable';

/** The absolute URL of a site path, for files read outside the site (CSV, feeds). */
export function SITE_URL_FOR(site: URL | undefined, path: string): string {
  return new URL(link(path), site ?? 'http://localhost:4321').href;
}

/**
 * Where readers report an error: SITE_CORRECTIONS at build time, an email address or https://
 * address. Unset, pages point to the about page's "Report an error" section.
 */
export const CORRECTIONS = parseCorrectionsContact(process.env['SITE_CORRECTIONS']);

/** The day this copy of the site was built, ISO; SOURCE_DATE_EPOCH (seconds) fixes it for reproducible builds. */
export const BUILT_ON = new Date(process.env['SOURCE_DATE_EPOCH'] ? Number(process.env['SOURCE_DATE_EPOCH']) * 1000 : Date.now())
  .toISOString()
  .slice(0, 10);
