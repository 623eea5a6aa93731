import { describe, expect, test } from 'vitest';
import { citationText, parseCorrectionsContact, reportErrorHref } from '../../../src/lib/core/citation.ts';
import { decision, signedOn } from '../../helpers/make-decision.ts';

describe('citationText', () => {
  test('gives publisher, year, reference, title, signing date, address and date accessed', () => {
    const d = decision('pcd-1092', { reference: 'PCD 1092', title: 'Roads Policing ANPR grant', ...signedOn('2021-12-10', '10/12/2021') });
    expect(citationText({ decision: d, url: 'https://example.org/decisions/pcd-1092/', accessed: '2026-11-23' })).toBe(
      'Mayor’s Office for Policing and Crime (MOPAC) (2021) PCD 1092: Roads Policing ANPR grant. Signed 10 December 2021. ' +
        'Available at: https://example.org/decisions/pcd-1092/ (Accessed: 23 November 2026).',
    );
  });

  test('says "n.d." and "no signing date" rather than inventing a date', () => {
    const d = decision('ocs', { title: 'Organised Crime Specific Grant' });
    const text = citationText({ decision: d, url: 'https://example.org/decisions/ocs/', accessed: '2026-01-05' });
    expect(text).toContain('(n.d.) Organised Crime Specific Grant. No signing date given.');
    expect(text).toContain('(Accessed: 5 January 2026)');
  });
});

describe('parseCorrectionsContact', () => {
  test.each([
    [undefined, null],
    ['', null],
    ['   ', null],
    ['corrections@example.org', { kind: 'email', address: 'corrections@example.org' }],
    ['mailto:corrections@example.org', { kind: 'email', address: 'corrections@example.org' }],
    ['https://example.org/issues/new', { kind: 'web', url: 'https://example.org/issues/new' }],
  ])('reads %j', (value, expected) => {
    expect(parseCorrectionsContact(value)).toEqual(expected);
  });

  test.each(['javascript:alert(1)', 'http://example.org/', 'not an address', 'a@b', '"><script>@x.org'])('refuses %j with a clear error', (value) => {
    expect(() => parseCorrectionsContact(value)).toThrow(/SITE_CORRECTIONS must be an email address or an https:\/\/ address/);
  });
});

describe('reportErrorHref', () => {
  test('starts an email naming the page, with its subject and body encoded', () => {
    const href = reportErrorHref({ kind: 'email', address: 'fix@example.org' }, { label: 'PCD 1092', url: 'https://example.org/decisions/pcd-1092/?a=1&b=2' });
    const url = new URL(href);
    expect(url.protocol).toBe('mailto:');
    expect(url.pathname).toBe('fix@example.org');
    expect(url.searchParams.get('subject')).toBe('Possible error on PCD 1092');
    expect(url.searchParams.get('body')).toContain('Page: https://example.org/decisions/pcd-1092/?a=1&b=2');
  });

  test('links a web contact as it is', () => {
    expect(reportErrorHref({ kind: 'web', url: 'https://example.org/report' }, { label: 'x', url: 'y' })).toBe('https://example.org/report');
  });
});
