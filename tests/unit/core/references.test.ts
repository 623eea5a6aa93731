import { describe, expect, test } from 'vitest';
import {
  isCanonicalReference,
  isValidSlug,
  parseReference,
  referenceNumber,
  referencesIn,
  slugForReference,
} from '../../../src/lib/core/references.ts';

describe('parseReference', () => {
  test.each([
    ['PCD 1092', 'PCD 1092'],
    ['PCD1092', 'PCD 1092'],
    ['pcd 1092', 'PCD 1092'],
    ['PCD-1092', 'PCD 1092'],
    ['PCD 01092', 'PCD 1092'],
    ['PCD  1092', 'PCD 1092'],
    ['[PCD990]', 'PCD 990'],
    ['[ PCD 911 ]', 'PCD 911'],
    ['  PCD 911  ', 'PCD 911'],
    ['PCD 7', 'PCD 7'],
    ['PCD 99999', 'PCD 99999'],
  ])('reads %j as %s', (text, reference) => {
    expect(parseReference(text)).toBe(reference);
  });

  test.each([
    ['PCD 0', 'there is no decision 0'],
    ['PCD 000', 'there is no decision 0'],
    ['PCD', 'it has no number'],
    ['1092', 'it has no PCD prefix'],
    ['PCD 123456', 'the number has too many digits'],
    ['PCD 10a', 'the number is not a number'],
    ['PCDX 1', 'the prefix is not PCD'],
    ['DMPC Decision - PCD 911', 'it holds more than a reference'],
    ['PCD 911 and PCD 785', 'it holds two references'],
    ['', 'it is empty'],
  ])('returns null for %j because %s', (text) => {
    expect(parseReference(text)).toBeNull();
  });
});

describe('isCanonicalReference', () => {
  test('returns true for PCD 1092', () => {
    expect(isCanonicalReference('PCD 1092')).toBe(true);
  });

  test.each(['PCD1092', 'pcd 1092', 'PCD-1092', 'PCD 01092', 'PCD  1092', '[PCD 1092]', ' PCD 1092', 'PCD 0'])(
    'returns false for %j',
    (text) => {
      expect(isCanonicalReference(text)).toBe(false);
    },
  );
});

describe('slugForReference', () => {
  test.each([
    ['PCD 1092', 'pcd-1092'],
    ['PCD 7', 'pcd-7'],
    ['PCD1092', 'pcd-1092'],
    ['PCD 01092', 'pcd-1092'],
  ])('returns the slug of %j as %s', (reference, slug) => {
    expect(slugForReference(reference)).toBe(slug);
  });

  test('throws a RangeError for text that is not a reference', () => {
    expect(() => slugForReference('ocs-grant')).toThrow(new RangeError('Not a PCD reference: ocs-grant'));
  });
});

describe('referenceNumber', () => {
  test.each([
    ['PCD 1092', 1092],
    ['PCD 785', 785],
    ['PCD 0785', 785],
    ['[PCD990]', 990],
  ])('returns the number of %j as %i', (reference, number) => {
    expect(referenceNumber(reference)).toBe(number);
  });

  test('orders references by number, not as text', () => {
    expect(['PCD 1092', 'PCD 386', 'PCD 911', 'PCD 785'].sort((a, b) => referenceNumber(a) - referenceNumber(b))).toEqual([
      'PCD 386',
      'PCD 785',
      'PCD 911',
      'PCD 1092',
    ]);
  });

  test('throws a RangeError for text that is not a reference', () => {
    expect(() => referenceNumber('PCD')).toThrow(new RangeError('Not a PCD reference: PCD'));
  });
});

describe('isValidSlug', () => {
  test.each(['pcd-1092', 'ocs-grant-2023-2027', 'a', '2021', 'a'.repeat(80)])('accepts %j', (slug) => {
    expect(isValidSlug(slug)).toBe(true);
  });

  test.each([
    ['PCD-1092', 'it has capitals'],
    ['pcd--1092', 'it has a double hyphen'],
    ['-pcd', 'it starts with a hyphen'],
    ['pcd-', 'it ends with a hyphen'],
    ['pcd_1092', 'it has an underscore'],
    ['pcd 1092', 'it has a space'],
    ['pcd/1092', 'it has a slash'],
    ['café', 'it has an accent'],
    ['', 'it is empty'],
    ['a'.repeat(81), 'it is longer than 80 characters'],
  ])('rejects %j because %s', (slug) => {
    expect(isValidSlug(slug)).toBe(false);
  });
});

describe('referencesIn', () => {
  test('finds every written form, canonical and unique, in order of first mention', () => {
    const text = 'DMPC Decision - PCD 911 extends PCD785, which followed [PCD990]; see also pcd-1092 and PCD 911 again.';
    expect(referencesIn(text)).toEqual(['PCD 911', 'PCD 785', 'PCD 990', 'PCD 1092']);
  });

  test('canonicalises leading zeros so PCD 0785 and PCD 785 are one reference', () => {
    expect(referencesIn('PCD 0785 and PCD 785')).toEqual(['PCD 785']);
  });

  test.each([
    ['no references here', 'there are none'],
    ['PCD 0', 'there is no decision 0'],
    ['XPCD 12', 'PCD is part of a longer word'],
    ['PCD 123456', 'the number has too many digits'],
    ['PCD 12a', 'the number runs into letters'],
  ])('finds nothing in %j because %s', (text) => {
    expect(referencesIn(text)).toEqual([]);
  });
});
