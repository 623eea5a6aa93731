/**
 * Where a reader reports an error, and the report itself. One setting, REPORT_ERROR_URL, read at
 * build time: an issue tracker's "new issue" address (https://) or a mailto: address. Every page's
 * "Report an error" link goes there, with the page named; unset, it goes to this site's own
 * /report-an-error/ page, which composes the same report for the reader to copy.
 */

/** The environment variable that says where reports go. */
export const REPORT_ERROR_SETTING = 'REPORT_ERROR_URL';

/** The site path of the page that composes a report when no address is set (before the base path). */
export const REPORT_PAGE_PATH = '/report-an-error/';

/** Where reports go: an email address, or a web page (an issue tracker's "new issue" form). */
export type ReportDestination = { kind: 'email'; address: string } | { kind: 'web'; url: string };

/** The page a report is about: what to call it ("PCD 1092", a page title) and its absolute address. */
export interface ReportedPage {
  label: string;
  url: string;
}

const EMAIL = /^[^\s@<>"?,;:/\\]+@[^\s@<>"?,;:/\\]+\.[^\s@<>"?,;:/\\]+$/;

/** Reads a REPORT_ERROR_URL value: null when unset or blank; anything but https:// or mailto: is refused in one line. */
export function parseReportErrorUrl(value: string | undefined): ReportDestination | null {
  const text = value?.trim();
  if (!text) return null;
  const refuse = (hint = ''): never => {
    throw new Error(
      `${REPORT_ERROR_SETTING} must be an https:// address (an issue tracker's "new issue" page) or a mailto: address, not ${JSON.stringify(text)}${hint}`,
    );
  };
  if (/^mailto:/i.test(text)) {
    const address = text.slice('mailto:'.length);
    return EMAIL.test(address) ? { kind: 'email', address } : refuse();
  }
  if (EMAIL.test(text)) refuse(` (write it as mailto:${text})`);
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return refuse();
  }
  if (url.protocol !== 'https:' || !url.hostname || /\s/.test(text)) refuse();
  if (url.username || url.password) refuse(' (an address with a user name or password in it would publish them)');
  return { kind: 'web', url: url.href };
}

/**
 * The destination the build's environment names. SITE_CORRECTIONS, the setting's earlier name, is
 * refused rather than ignored, so a deployment that set it does not lose its address unnoticed.
 */
export function reportDestinationFrom(env: Readonly<Record<string, string | undefined>>): ReportDestination | null {
  const earlier = env['SITE_CORRECTIONS']?.trim();
  if (earlier) {
    throw new Error(`SITE_CORRECTIONS is now ${REPORT_ERROR_SETTING}: set ${REPORT_ERROR_SETTING} to an https:// or mailto: address instead`);
  }
  return parseReportErrorUrl(env[REPORT_ERROR_SETTING]);
}

/** The lines of a report a reader fills in, after the page's name and address. */
export const REPORT_QUESTIONS = [
  'What is wrong:',
  'The sentence or figure, as this site shows it:',
  'What the published document says, and on which of its pages:',
] as const;

/** A report's title: "Possible error on PCD 1092". */
export function reportTitle(page: Pick<ReportedPage, 'label'>): string {
  return `Possible error on ${page.label}`;
}

/** The report, ready to send: title, page address, then each question with a blank line to fill in. */
export function reportText(page: ReportedPage): string {
  return [reportTitle(page), `Page: ${page.url}`, '', ...REPORT_QUESTIONS.flatMap((question) => [question, '', ''])].join('\n').trimEnd() + '\n';
}

/**
 * A link that starts a report: an email with title and text filled in; a GitHub, Gitea or Forgejo
 * "/issues/new" or a GitLab "/-/issues/new" form with title and text filled in; any other web
 * address as it is, since its form's fields are unknown.
 */
export function reportErrorHref(destination: ReportDestination, page: ReportedPage, text = reportText(page)): string {
  const title = reportTitle(page);
  if (destination.kind === 'email') {
    return `mailto:${destination.address}?subject=${encodeURIComponent(title)}&body=${encodeURIComponent(text)}`;
  }
  const url = new URL(destination.url);
  if (/\/-\/issues\/new\/?$/.test(url.pathname)) {
    url.searchParams.set('issue[title]', title);
    url.searchParams.set('issue[description]', text);
  } else if (/\/issues\/new\/?$/.test(url.pathname)) {
    url.searchParams.set('title', title);
    url.searchParams.set('body', text);
  }
  return url.href;
}

/** The query that tells the report page which page a report is about (read back by reportedPageFrom). */
export function reportPageQuery(page: ReportedPage): string {
  return `?${new URLSearchParams({ about: page.label, page: page.url }).toString()}`;
}

/** The page a report page's query names, or null when it names none; only an http(s) address counts as one. */
export function reportedPageFrom(search: string): ReportedPage | null {
  const query = new URLSearchParams(search);
  const label = query.get('about')?.trim().slice(0, 200);
  const url = query.get('page')?.trim() ?? '';
  if (!label || !/^https?:\/\/\S+$/i.test(url)) return null;
  return { label, url };
}
