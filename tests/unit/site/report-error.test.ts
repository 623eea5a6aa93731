import { describe, expect, test } from 'vitest';
import {
  parseReportErrorUrl,
  REPORT_QUESTIONS,
  reportDestinationFrom,
  reportedPageFrom,
  reportErrorHref,
  reportPageQuery,
  reportText,
} from '../../../src/lib/site/report-error.ts';

const PAGE = { label: 'PCD 1092', url: 'https://decisions.example.org/decisions/pcd-1092/' };

describe('parseReportErrorUrl', () => {
  test.each([undefined, '', '   '])('reads %j as unset', (value) => {
    expect(parseReportErrorUrl(value)).toBeNull();
  });

  test.each([
    ['mailto:corrections@example.org', { kind: 'email', address: 'corrections@example.org' }],
    ['MAILTO:corrections@example.org', { kind: 'email', address: 'corrections@example.org' }],
    ['  https://github.com/example/decisions/issues/new  ', { kind: 'web', url: 'https://github.com/example/decisions/issues/new' }],
    ['https://gitlab.example.org/team/site/-/issues/new', { kind: 'web', url: 'https://gitlab.example.org/team/site/-/issues/new' }],
    ['https://example.org', { kind: 'web', url: 'https://example.org/' }],
  ])('reads %j', (value, expected) => {
    expect(parseReportErrorUrl(value)).toEqual(expected);
  });

  test.each([
    'http://example.org/issues/new',
    'javascript:alert(1)',
    'ftp://example.org/',
    'not an address',
    'https://',
    'https://exa mple.org/',
    'mailto:',
    'mailto:someone',
    'mailto:a@b',
    'mailto:a@example.org?subject=x',
    'mailto:a@example.org,b@example.org',
    'mailto:"><script>@x.org',
  ])('refuses %j in one line that names the setting, what it takes and the value', (value) => {
    let message = '';
    try {
      parseReportErrorUrl(value);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toBe(`REPORT_ERROR_URL must be an https:// address (an issue tracker's "new issue" page) or a mailto: address, not ${JSON.stringify(value)}`);
  });

  test('refuses a bare email address, and says how to write it', () => {
    expect(() => parseReportErrorUrl('fix@example.org')).toThrow(/not "fix@example\.org" \(write it as mailto:fix@example\.org\)$/);
  });

  test('refuses an address with a user name or password in it, which the pages would publish', () => {
    expect(() => parseReportErrorUrl('https://user:secret@example.org/issues/new')).toThrow(/would publish them\)$/);
  });

  test('every refusal is a single line, even for a value that spans lines', () => {
    for (const value of ['http://x.org', 'fix@example.org', 'https://u:p@example.org', 'https://a\nb.org', 'mailto:a@b.org\nBcc: c@d.org']) {
      expect(() => parseReportErrorUrl(value)).toThrow();
      try {
        parseReportErrorUrl(value);
      } catch (error) {
        expect((error as Error).message.split('\n')).toHaveLength(1);
      }
    }
  });
});

describe('reportDestinationFrom', () => {
  test('reads REPORT_ERROR_URL from the environment', () => {
    expect(reportDestinationFrom({ REPORT_ERROR_URL: 'mailto:fix@example.org' })).toEqual({ kind: 'email', address: 'fix@example.org' });
    expect(reportDestinationFrom({})).toBeNull();
  });

  test('refuses the earlier name SITE_CORRECTIONS rather than dropping its address unnoticed', () => {
    expect(() => reportDestinationFrom({ SITE_CORRECTIONS: 'fix@example.org' })).toThrow(
      'SITE_CORRECTIONS is now REPORT_ERROR_URL: set REPORT_ERROR_URL to an https:// or mailto: address instead',
    );
  });
});

describe('reportText', () => {
  test('names the page and its address, then asks each question with room to answer', () => {
    const text = reportText(PAGE);
    const lines = text.split('\n');
    expect(lines.slice(0, 2)).toEqual(['Possible error on PCD 1092', `Page: ${PAGE.url}`]);
    let at = 2;
    for (const question of REPORT_QUESTIONS) {
      const found = lines.indexOf(question, at);
      expect(found).toBeGreaterThan(at);
      at = found;
    }
    expect(text.endsWith(`${REPORT_QUESTIONS.at(-1)}\n`)).toBe(true);
  });
});

describe('reportErrorHref', () => {
  test('starts an email with the title as subject and the report as body, both encoded', () => {
    const page = { label: 'PCD 1092 & more', url: 'https://example.org/decisions/pcd-1092/?a=1&b=2' };
    const href = reportErrorHref({ kind: 'email', address: 'fix@example.org' }, page);
    expect(href.startsWith('mailto:fix@example.org?subject=')).toBe(true);
    expect(href).not.toMatch(/[\s+]/);
    const query = new URLSearchParams(href.slice(href.indexOf('?')));
    expect(query.get('subject')).toBe('Possible error on PCD 1092 & more');
    expect(query.get('body')).toBe(reportText(page));
  });

  test.each([
    ['https://github.com/o/r/issues/new', 'title', 'body'],
    ['https://codeberg.org/o/r/issues/new/', 'title', 'body'],
    ['https://gitlab.com/o/r/-/issues/new', 'issue[title]', 'issue[description]'],
  ])('fills in the title and text of the "new issue" form at %s', (url, title, body) => {
    const href = new URL(reportErrorHref({ kind: 'web', url }, PAGE));
    expect(href.searchParams.get(title)).toBe('Possible error on PCD 1092');
    expect(href.searchParams.get(body)).toBe(reportText(PAGE));
    expect(`${href.origin}${href.pathname}`).toBe(url);
  });

  test('keeps what the address already asks of the form', () => {
    const href = new URL(reportErrorHref({ kind: 'web', url: 'https://github.com/o/r/issues/new?labels=data' }, PAGE));
    expect(href.searchParams.get('labels')).toBe('data');
    expect(href.searchParams.get('title')).toBe('Possible error on PCD 1092');
  });

  test('links any other web address as it is, since its form is unknown', () => {
    expect(reportErrorHref({ kind: 'web', url: 'https://example.org/contact' }, PAGE)).toBe('https://example.org/contact');
  });

  test('sends the text it is given, such as a report the reader has written', () => {
    const href = reportErrorHref({ kind: 'email', address: 'fix@example.org' }, PAGE, 'The total is wrong.');
    expect(new URLSearchParams(href.slice(href.indexOf('?'))).get('body')).toBe('The total is wrong.');
  });
});

describe('reportPageQuery and reportedPageFrom', () => {
  test('a page named in the query reads back as itself', () => {
    const page = { label: 'PCD 1092: a title & more?', url: 'https://example.org/decisions/pcd-1092/?x=1#y' };
    expect(reportedPageFrom(reportPageQuery(page))).toEqual(page);
  });

  test.each([
    ['', 'no query'],
    ['?about=PCD%201', 'no address'],
    ['?page=https://example.org/', 'no name'],
    ['?about=x&page=javascript:alert(1)', 'an address that is not http(s)'],
  ])('names no page for %j (%s)', (search) => {
    expect(reportedPageFrom(search)).toBeNull();
  });
});
