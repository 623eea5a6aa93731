/** Site-wide settings bound to this build's configuration (base path, name). */
import { createPathFormatter } from '../lib/core/routes.ts';
import { REPORT_PAGE_PATH, reportDestinationFrom, reportErrorHref, reportPageQuery, type ReportedPage } from '../lib/site/report-error.ts';

/** Prefixes a site path with the configured base: link('/decisions/') -> '/mopac-decisions/decisions/'. */
export const link = createPathFormatter(import.meta.env.BASE_URL);

export const SITE_NAME = 'MOPAC Funding Decisions';
export const SITE_TAGLINE = 'Police funding decisions of the Mayor’s Office for Policing and Crime, readable and traceable';

/** The absolute URL of a site path, for files read outside the site (CSV, feeds). */
export function SITE_URL_FOR(site: URL | undefined, path: string): string {
  return new URL(link(path), site ?? 'http://localhost:4321').href;
}

/** Where readers report an error: REPORT_ERROR_URL at build time (https:// or mailto:), or null (this site's report page). */
export const REPORT_DESTINATION = reportDestinationFrom(process.env);

/** Every "Report an error" link: the set address, with the page named, or the report page told which page. */
export function reportErrorLink(page: ReportedPage): string {
  return REPORT_DESTINATION ? reportErrorHref(REPORT_DESTINATION, page) : `${link(REPORT_PAGE_PATH)}${reportPageQuery(page)}`;
}

/** The day this copy of the site was built, ISO; SOURCE_DATE_EPOCH (seconds) fixes it for reproducible builds. */
export const BUILT_ON = new Date(process.env['SOURCE_DATE_EPOCH'] ? Number(process.env['SOURCE_DATE_EPOCH']) * 1000 : Date.now())
  .toISOString()
  .slice(0, 10);
