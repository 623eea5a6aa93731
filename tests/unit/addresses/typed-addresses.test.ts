import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { isTypedAddressPath, referenceInPath, referenceInSegment, typedAddresses, typedSegments } from '../../../src/lib/addresses/typed-addresses.ts';

describe('the reference in a typed path segment', () => {
  test.each([
    ['1092', 'PCD 1092'],
    ['pcd1092', 'PCD 1092'],
    ['PCD1092', 'PCD 1092'],
    ['PCD-1092', 'PCD 1092'],
    ['Pcd-1092', 'PCD 1092'],
    ['pcd-1092', 'PCD 1092'],
    ['PCD%201092', 'PCD 1092'],
    ['pcd_1092', 'PCD 1092'],
    ['PCD%20990', 'PCD 990'],
    ['0990', 'PCD 990'],
  ])('%s names %s', (segment, reference) => {
    expect(referenceInSegment(segment)).toBe(reference);
  });

  test.each(['0', 'pcd-0', '123456', 'pcd-1092-x', 'search', 'year', '%E0%A4%A', 'pcd-', '', 'DMPC 1092'])('%s names none', (segment) => {
    expect(referenceInSegment(segment)).toBeNull();
  });

  test('a bare number counts only where asked', () => {
    expect(referenceInSegment('1092', false)).toBeNull();
    expect(referenceInSegment('PCD1092', false)).toBe('PCD 1092');
  });
});

describe('the redirect pages to write', () => {
  const decisions = [
    { id: 'pcd-1092', reference: 'PCD 1092' },
    { id: 'nclcc-grant-funding-2020-21', reference: null },
    { id: 'pcd-990', reference: 'PCD 990' },
  ];

  test('are the number and "pcd" forms of each decision with a reference', () => {
    expect(typedAddresses(decisions)).toEqual([
      { segment: '1092', id: 'pcd-1092', reference: 'PCD 1092' },
      { segment: 'pcd1092', id: 'pcd-1092', reference: 'PCD 1092' },
      { segment: 'PCD1092', id: 'pcd-1092', reference: 'PCD 1092' },
      { segment: '990', id: 'pcd-990', reference: 'PCD 990' },
      { segment: 'pcd990', id: 'pcd-990', reference: 'PCD 990' },
      { segment: 'PCD990', id: 'pcd-990', reference: 'PCD 990' },
    ]);
  });

  test('leave out a form that is another page\'s folder, without regard to case', () => {
    const withClash = [...decisions, { id: 'PCD990'.toLowerCase(), reference: null }];
    expect(typedAddresses(withClash).map((a) => a.segment)).toEqual(['1092', 'pcd1092', 'PCD1092', '990']);
  });

  test('never include a form that folds to the decision\'s own folder', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99_999 }), (n) => {
        for (const segment of typedSegments(`PCD ${n}`)) expect(segment.toLowerCase()).not.toBe(`pcd-${n}`);
      }),
    );
  });

  test('refuse two decisions with one reference, naming both', () => {
    expect(() => typedAddresses([...decisions, { id: 'pcd-1092-again', reference: 'PCD 1092' }])).toThrow(/"pcd-1092" and "pcd-1092-again" both have the reference PCD 1092/);
  });
});

describe('the addresses the sitemap leaves out', () => {
  test.each(['/decisions/1092/', '/mopac-decisions/decisions/pcd1092/', '/decisions/PCD1092/'])('%s is a redirect page', (path) => {
    expect(isTypedAddressPath(path)).toBe(true);
  });

  test.each(['/decisions/pcd-1092/', '/decisions/', '/decisions/year/2021/', '/decisions/ocs-grant-2023-2027/', '/1092/'])('%s is not', (path) => {
    expect(isTypedAddressPath(path)).toBe(false);
  });
});

describe('the reference a mistyped address names, for the 404 page', () => {
  test.each([
    ['/decisions/PCD-1092', '/', 'PCD 1092'],
    ['/decisions/PCD-1092/', '/', 'PCD 1092'],
    ['/decision/pcd%201092/', '/', 'PCD 1092'],
    ['/Decisions/1092', '/', 'PCD 1092'],
    ['/PCD1092', '/', 'PCD 1092'],
    ['/mopac-decisions/decisions/PCD-990/', '/mopac-decisions/', 'PCD 990'],
    ['/mopac-decisions/pcd-990', '/mopac-decisions', 'PCD 990'],
  ])('%s (base %s) names %s', (path, base, reference) => {
    expect(referenceInPath(path, base)).toBe(reference);
  });

  test.each([
    ['/1092', '/'],
    ['/decisions/PCD-1092/', '/mopac-decisions/'],
    ['/decisions/year/2021/', '/'],
    ['/search/1092/', '/'],
    ['/decisions/pcd-1092/extra/', '/'],
    ['/', '/'],
  ])('%s (base %s) names none', (path, base) => {
    expect(referenceInPath(path, base)).toBeNull();
  });
});
