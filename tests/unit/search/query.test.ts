import { describe, expect, test } from 'vitest';
import { parseAmountFilter, parseQuery } from '../../../src/lib/search/query.ts';

describe('parseQuery', () => {
  test.each([
    ['PCD 1092', 1092],
    ['PCD1092', 1092],
    ['pcd-1092', 1092],
    ['1092', 1092],
    ['pcd 1092', 1092],
    ['Pcd - 1092', 1092],
    ['  PCD   1092  ', 1092],
    ['PCD 785', 785],
    ['911', 911],
    ['PCD 00386', 386],
  ])('reads %j as reference number %i and not as a sum', (input, referenceNumber) => {
    const parsed = parseQuery(input);
    expect(parsed.referenceNumber).toBe(referenceNumber);
    expect(parsed.amountPence).toBeNull();
  });

  test.each([
    ['£1.36m', 136_000_000],
    ['1.36 million', 136_000_000],
    ['1,360,000', 136_000_000],
    ['£1,360,000', 136_000_000],
    ['1.36m', 136_000_000],
    ['£1.36M', 136_000_000],
    ['£1.360m', 136_000_000],
    ['£135k', 13_500_000],
    ['135k', 13_500_000],
    ['135,000', 13_500_000],
    ['£6.6m', 660_000_000],
    ['£800m', 80_000_000_000],
    ['£3.6 m', 360_000_000],
    ['1.36   million', 136_000_000],
    ['£1.2 billion', 120_000_000_000],
    ['£1092', 109_200],
    ['1,092', 109_200],
    // Pounds and pence, with thousands separators.
    ['1,000.50', 100_050],
    ['1,360,000.05', 136_000_005],
  ])('reads %j as a sum of %i pence and not as a reference', (input, pence) => {
    const parsed = parseQuery(input);
    expect(parsed.amountPence).toBe(pence);
    expect(parsed.referenceNumber).toBeNull();
  });

  test.each([
    ['123456', 12_345_600],
    ['1360000', 136_000_000],
    ['1360000.50', 136_000_050],
  ])('reads the bare figure %j, too long for a reference, as a sum of %i pence', (input, pence) => {
    expect(parseQuery(input)).toEqual({ text: input, referenceNumber: null, amountPence: pence });
  });

  test.each([
    ['Orochi', 'it is a word'],
    ['county lines', 'it is words'],
    ['PCD 1092 Orochi', 'a reference with words is not a bare reference'],
    ['grant of £1.36m', 'a sum with words is not a bare sum'],
    ['£1.36m and £2m', 'it holds two sums'],
    ['£', 'a pound sign alone is not a sum'],
    ['1.36', 'a decimal without a pound sign or unit is neither'],
    ['PCD 0', 'there is no decision number 0'],
    ['0', 'there is no decision number 0'],
    ['', 'it is empty'],
  ])('reads %j as neither a reference nor a sum because %s', (input) => {
    const parsed = parseQuery(input);
    expect(parsed.referenceNumber).toBeNull();
    expect(parsed.amountPence).toBeNull();
  });

  test.each([
    ['  PCD   1092  ', 'PCD 1092'],
    ['county \t lines\n', 'county lines'],
    ['Orochi', 'Orochi'],
    ['   ', ''],
  ])('keeps %j as the text %j, trimmed with runs of space collapsed', (input, text) => {
    expect(parseQuery(input).text).toBe(text);
  });

  test('returns the whole parsed query for a reference', () => {
    expect(parseQuery(' pcd-1092 ')).toEqual({ text: 'pcd-1092', referenceNumber: 1092, amountPence: null });
  });

  test('returns the whole parsed query for a sum', () => {
    expect(parseQuery('£135k')).toEqual({ text: '£135k', referenceNumber: null, amountPence: 13_500_000 });
  });
});

describe('parseAmountFilter', () => {
  test.each([
    ['£1m', 100_000_000],
    ['500k', 50_000_000],
    ['1,000,000', 100_000_000],
    ['250000', 25_000_000],
    ['  £1m  ', 100_000_000],
    ['£1.36m', 136_000_000],
    ['1.5 million', 150_000_000],
    ['£10.50', 1_050],
    ['0', 0],
    ['1092', 109_200],
  ])('reads %j as %i pence', (input, pence) => {
    expect(parseAmountFilter(input)).toBe(pence);
  });

  test.each([
    ['', 'it is empty'],
    ['   ', 'it is only spaces'],
    ['abc', 'it is not a sum'],
    ['lots', 'it is not a sum'],
    ['-5', 'it is negative'],
    ['£1.2345', 'it is not a whole number of pence'],
    ['£1m to £2m', 'it holds two sums'],
    ['$1m', 'it is not pounds'],
  ])('returns null for %j because %s', (input) => {
    expect(parseAmountFilter(input)).toBeNull();
  });
});
