import { describe, expect, test } from 'vitest';
import { createPathFormatter, decisionPath, fromDecisionPage, normaliseBase } from '../../../src/lib/core/routes.ts';

describe('createPathFormatter', () => {
  test.each([
    ['/decisions/', '/decisions/'],
    ['decisions/', '/decisions/'],
    ['/decisions/pcd-1092/', '/decisions/pcd-1092/'],
    ['/', '/'],
    ['', '/'],
  ])('leaves %j as %j at the domain root', (path, expected) => {
    expect(createPathFormatter('/')(path)).toBe(expected);
  });

  test.each([
    ['/decisions/', '/mopac-decisions/decisions/'],
    ['decisions/', '/mopac-decisions/decisions/'],
    ['/decisions/pcd-1092/#sum-1', '/mopac-decisions/decisions/pcd-1092/#sum-1'],
    ['/', '/mopac-decisions/'],
    ['', '/mopac-decisions/'],
  ])('prefixes %j as %j under /mopac-decisions/', (path, expected) => {
    expect(createPathFormatter('/mopac-decisions/')(path)).toBe(expected);
  });

  test.each(['mopac-decisions', '/mopac-decisions', 'mopac-decisions/', '//mopac-decisions//'])(
    'treats the base %j as /mopac-decisions/',
    (base) => {
      expect(createPathFormatter(base)('/decisions/')).toBe('/mopac-decisions/decisions/');
    },
  );

  test('keeps a nested base whole', () => {
    expect(createPathFormatter('/a/b/')('/decisions/')).toBe('/a/b/decisions/');
  });

  test.each(['', '/'])('treats the base %j as the domain root', (base) => {
    expect(createPathFormatter(base)('/about/')).toBe('/about/');
  });

  test.each([
    'https://www.london.gov.uk/decision.pdf',
    'http://example.org/',
    'mailto:someone@example.org',
    '#sum-1',
    '#',
  ])('leaves %j unchanged', (path) => {
    expect(createPathFormatter('/mopac-decisions/')(path)).toBe(path);
  });
});

describe('normaliseBase', () => {
  test.each([
    [undefined, '/'],
    ['', '/'],
    ['   ', '/'],
    ['/', '/'],
    ['//', '/'],
    ['mopac-decisions', '/mopac-decisions/'],
    ['/mopac-decisions', '/mopac-decisions/'],
    ['mopac-decisions/', '/mopac-decisions/'],
    ['/mopac-decisions/', '/mopac-decisions/'],
    [' /mopac-decisions/ ', '/mopac-decisions/'],
    ['/a/b/', '/a/b/'],
    ['v1.2_x~y', '/v1.2_x~y/'],
  ])('normalises %j to %j', (value, expected) => {
    expect(normaliseBase(value)).toBe(expected);
  });

  test.each(['a b', 'a//b', 'https://example.org/x', 'x?y=1', 'x#y', 'décisions'])('rejects %j with a message naming SITE_BASE', (value) => {
    expect(() => normaliseBase(value)).toThrow(
      new Error(`SITE_BASE must be a URL path such as /mopac-decisions/, got "${value}"`),
    );
  });

  test('produces a base that createPathFormatter prefixes once', () => {
    expect(createPathFormatter(normaliseBase('mopac-decisions'))('/decisions/')).toBe('/mopac-decisions/decisions/');
  });
});

describe('decisionPath', () => {
  test('gives the page of a decision', () => {
    expect(decisionPath('pcd-1092')).toBe('/decisions/pcd-1092/');
  });

  test('gives an anchor on that page', () => {
    expect(decisionPath('ocs-grant-2023-2027', 'sum-2')).toBe('/decisions/ocs-grant-2023-2027/#sum-2');
  });
});

describe('fromDecisionPage', () => {
  test('climbs from a decision page to the site root', () => {
    expect(fromDecisionPage('/glossary/')).toBe('../../glossary/');
  });
});
