/**
 * Every page's "Report an error" link, and a decision page's "report it" link, follow the one
 * setting REPORT_ERROR_URL: the root build sets none, so they lead to the site's report page with
 * the page named; the sub-path build sets an issue tracker (scripts/test.ts), so they open its
 * "new issue" form with the report filled in.
 */
import { describe, expect, test } from 'vitest';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import type { Root } from 'hast';
import { contentFiles, DIST, htmlFiles, readHtml, SUBPATH_BASE, SUBPATH_DIST, SUBPATH_REPORT_ERROR_URL } from '../helpers/site.ts';
import { parseReportErrorUrl, REPORT_PAGE_PATH, reportErrorHref, reportPageQuery, reportText } from '../../src/lib/site/report-error.ts';

const SITE_NAME_SUFFIX = ' – MOPAC Funding Decisions';

/** The page's own title (as BaseLayout was given it) and its canonical address. */
function pageNamed(tree: Root): { label: string; url: string } {
  const title = toText(select('title', tree)!);
  const canonical = select('link[rel="canonical"]', tree)?.properties['href'];
  if (typeof canonical !== 'string') throw new Error('page has no canonical link');
  return { label: title.endsWith(SITE_NAME_SUFFIX) ? title.slice(0, -SITE_NAME_SUFFIX.length) : title, url: canonical };
}

/** The hrefs of the page's report links: the footer's "Report an error" and a decision's "report it". */
function reportLinks(tree: Root): string[] {
  const footer = selectAll('footer a', tree).filter((a) => toText(a) === 'Report an error');
  const inPage = selectAll('a[data-report-link]', tree);
  return [...footer, ...inPage].map((a) => String(a.properties['href']));
}

describe.each([
  ['domain root, no REPORT_ERROR_URL', DIST, '/', null],
  ['sub-path, REPORT_ERROR_URL set', SUBPATH_DIST, SUBPATH_BASE, SUBPATH_REPORT_ERROR_URL],
])('report links in the %s build', (_, dir, base, setting) => {
  const destination = parseReportErrorUrl(setting ?? undefined);
  // Every page but the redirects that take an old address to a decision's page.
  const files = htmlFiles(dir).filter((file) => !/http-equiv="refresh"/.test(readHtml(dir, file).html));

  test('every page has the footer link, and every decision page its own link too', () => {
    const decisionPages = new Set(contentFiles().map(({ id }) => `decisions/${id}/index.html`));
    for (const file of files) {
      expect(reportLinks(readHtml(dir, file).tree), file).toHaveLength(decisionPages.has(file) ? 2 : 1);
    }
  });

  test.each(files)('%s: each report link follows the setting and names the page', (file) => {
    const { tree } = readHtml(dir, file);
    const page = pageNamed(tree);
    const expected = destination ? reportErrorHref(destination, page) : `${base}${REPORT_PAGE_PATH.slice(1)}${reportPageQuery(page)}`;
    const links = reportLinks(tree);
    expect(links.length).toBeGreaterThan(0);
    for (const href of links) expect(href).toBe(expected);
  });

  test('the report page is built, and says where reports go', () => {
    const { tree } = readHtml(dir, 'report-an-error/index.html');
    const text = toText(select('main', tree)!);
    expect(toText(select('textarea', tree)!)).toBe(reportText({ label: '[the decision’s reference, or the page’s title]', url: '[the page’s address]' }));
    const send = select('a[data-part="send"]', tree);
    if (destination) {
      expect(send?.properties['href']).toMatch(new RegExp(`^${setting!.replace(/[.?]/g, '\\$&')}\\?title=`));
      expect(text).not.toContain('built without an address for reports');
    } else {
      expect(send).toBeUndefined();
      expect(text).toContain('built without an address for reports');
      expect(text).toContain('REPORT_ERROR_URL');
    }
  });
});
