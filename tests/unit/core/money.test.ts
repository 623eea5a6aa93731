import { describe, expect, test } from 'vitest';
import { formatPence, formatPenceShort, isWholePence, parseAmount, penceToPounds, sumPence } from '../../../src/lib/core/money.ts';

describe('parseAmount', () => {
  test.each([
    ['£1,360,000', 136_000_000],
    ['£1.36m', 136_000_000],
    ['£0.500m', 50_000_000],
    ['£0.231m', 23_100_000],
    ['£1.701m', 170_100_000],
    ['£135k', 13_500_000],
    ['1.36 million', 136_000_000],
    ['£800m', 80_000_000_000],
    ['£3.6 m', 360_000_000],
    ['£1.36M', 136_000_000],
    ['£2 Million', 200_000_000],
    ['£1.5 thousand', 150_000],
    ['£1bn', 100_000_000_000],
    ['£1.2 billion', 120_000_000_000],
    ['£10.50', 1_050],
    ['£0.05', 5],
    ['£0', 0],
    ['£1,000,000.50', 100_000_050],
    ['£1.2345k', 123_450],
    ['£0.0001m', 10_000],
    ['1360000', 136_000_000],
    ['  £135k  ', 13_500_000],
    ['£495, 000', 49_500_000],
    ['£1, 000,000', 100_000_000],
    ['£495 000', 49_500_000],
    ['£1\u00a0360\u00a0000', 136_000_000],
    // The largest sum held exactly: Number.MAX_SAFE_INTEGER pence.
    ['£90,071,992,547,409.91', Number.MAX_SAFE_INTEGER],
  ])('returns %j as %i pence', (text, pence) => {
    expect(parseAmount(text)).toBe(pence);
  });

  test.each([
    ['£1.2345', 'it is not a whole number of pence'],
    ['£1.234567k', 'it is not a whole number of pence'],
    ['abc', 'it is not a sum'],
    ['', 'it is empty'],
    ['£', 'it has no digits'],
    ['£-5', 'it is negative'],
    ['£1,36,000', 'its thousands are grouped wrongly'],
    ['£1,3600', 'its thousands are grouped wrongly'],
    ['£1, 36,000', 'its thousands are grouped wrongly'],
    ['£495,  000', 'it has two spaces in the figure'],
    ['£1.36 millions', 'the unit is unknown'],
    ['£1.36x', 'the unit is unknown'],
    ['$1.36m', 'it is not pounds'],
    ['£1.36m and £2m', 'it holds two sums'],
    ['£1.', 'it has a point without decimals'],
    ['£99999999999999m', 'it exceeds the safe integer range in pence'],
    ['£90,071,992,547,409.92', 'it is one penny past the safe integer range'],
  ])('returns null for %j because %s', (text) => {
    expect(parseAmount(text)).toBeNull();
  });
});

describe('isWholePence', () => {
  test.each([
    [0, true],
    [1, true],
    [136_000_000, true],
    [Number.MAX_SAFE_INTEGER, true],
    [Number.MAX_SAFE_INTEGER + 1, false],
    [-1, false],
    [1.5, false],
    [0.1 + 0.2, false],
    [Number.NaN, false],
    [Number.POSITIVE_INFINITY, false],
  ])('returns %s as %s', (value, expected) => {
    expect(isWholePence(value)).toBe(expected);
  });
});

describe('formatPence', () => {
  test.each([
    [136_000_000, '£1,360,000'],
    [13_500_000, '£135,000'],
    [1_050, '£10.50'],
    [101, '£1.01'],
    [5, '£0.05'],
    [100, '£1'],
    [0, '£0'],
    [100_000_050, '£1,000,000.50'],
    [80_000_000_000, '£800,000,000'],
  ])('formats %i pence as %s', (pence, text) => {
    expect(formatPence(pence)).toBe(text);
  });
});

describe('formatPenceShort', () => {
  test.each([
    [136_000_000, '£1.36m'],
    [170_100_000, '£1.701m'],
    [100_000_000, '£1m'],
    [200_000_000, '£2m'],
    [80_000_000_000, '£800m'],
    [123_456_789_000, '£1,234.56789m'],
    [100_000_100, '£1.000001m'],
    [13_500_000, '£135,000'],
    [99_999_900, '£999,999'],
    [50_000_000, '£500,000'],
    [1_050, '£10.50'],
    [0, '£0'],
  ])('formats %i pence as %s', (pence, text) => {
    expect(formatPenceShort(pence)).toBe(text);
  });

  test('keeps pence on a sum of a million pounds or more that is not whole pounds', () => {
    expect(formatPenceShort(100_000_050)).toBe('£1,000,000.50');
  });

  test('never rounds a figure away: parsing the short form gives back the same pence', () => {
    for (const pence of [136_000_000, 170_100_000, 123_456_789_000, 100_000_100]) {
      expect(parseAmount(formatPenceShort(pence).replaceAll(',', ''))).toBe(pence);
    }
  });
});

describe('sumPence', () => {
  test('returns 0 for no values', () => {
    expect(sumPence([])).toBe(0);
  });

  test('adds whole pence exactly', () => {
    expect(sumPence([136_000_000, 13_500_000, 23_100_000, 1])).toBe(172_600_001);
  });

  test.each([
    [[100, 1.5], 'Not a whole number of pence: 1.5'],
    [[100, -1], 'Not a whole number of pence: -1'],
    [[Number.NaN], 'Not a whole number of pence: NaN'],
  ])('refuses %j with a RangeError', (values, message) => {
    expect(() => sumPence(values)).toThrow(new RangeError(message));
  });

  test('refuses a total beyond the safe integer range', () => {
    expect(() => sumPence([Number.MAX_SAFE_INTEGER, 1])).toThrow(new RangeError('Total exceeds safe integer range'));
  });
});

describe('penceToPounds', () => {
  test.each([
    [13_500_000, '135000.00'],
    [1_050, '10.50'],
    [5, '0.05'],
    [99, '0.99'],
    [100, '1.00'],
    [0, '0.00'],
    [Number.MAX_SAFE_INTEGER, '90071992547409.91'],
  ])('writes %i pence as %s pounds', (pence, pounds) => {
    expect(penceToPounds(pence)).toBe(pounds);
  });
});
