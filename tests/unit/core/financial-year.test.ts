import { describe, expect, test } from 'vitest';
import {
  compareFinancialYears,
  financialYearBounds,
  financialYearOf,
  formatFinancialYear,
  parseFinancialYear,
  startYearOf,
} from '../../../src/lib/core/financial-year.ts';

describe('financialYearOf', () => {
  test.each([
    ['2021-03-31', '2020/21'],
    ['2021-04-01', '2021/22'],
    ['2022-01-15', '2021/22'],
    ['2021-12-31', '2021/22'],
    ['2022-03-31', '2021/22'],
    ['2000-01-01', '1999/00'],
    ['2099-12-31', '2099/00'],
    ['2009-06-30', '2009/10'],
  ])('places %s in %s', (iso, fy) => {
    expect(financialYearOf(iso)).toBe(fy);
  });

  test.each(['2024-03', '2021-02-30', '31/03/2021', ''])('throws a RangeError for %j, which is not a full date', (iso) => {
    expect(() => financialYearOf(iso)).toThrow(new RangeError(`Need a full ISO date, got: ${iso}`));
  });
});

describe('formatFinancialYear', () => {
  test.each([
    [2021, '2021/22'],
    [2020, '2020/21'],
    [2009, '2009/10'],
    [1999, '1999/00'],
    [2000, '2000/01'],
  ])('writes the year starting April %i as %s', (start, fy) => {
    expect(formatFinancialYear(start)).toBe(fy);
  });
});

describe('parseFinancialYear', () => {
  test.each([
    ['2021/22', '2021/22'],
    ['FY 21/22', '2021/22'],
    ['FY21/22', '2021/22'],
    ['fy 21/22', '2021/22'],
    ['21/22', '2021/22'],
    ['2023/2024', '2023/24'],
    ['2023/4', '2023/24'],
    ['2023-24', '2023/24'],
    ['2023 / 24', '2023/24'],
    ['  2020/21  ', '2020/21'],
    ['1999/00', '1999/00'],
    ['1999/2000', '1999/00'],
    ['2099/00', '2099/00'],
    ['2029/0', '2029/30'],
    ['2019/0', '2019/20'],
    ['2009/10', '2009/10'],
  ])('reads %j as %s', (text, fy) => {
    expect(parseFinancialYear(text)).toBe(fy);
  });

  test.each([
    ['2021/23', 'the years are not consecutive'],
    ['2021/21', 'the years are the same'],
    ['2022/21', 'the years run backwards'],
    ['2021/20', 'the years run backwards'],
    ['2023/5', 'the years are not consecutive'],
    ['2021/2023', 'the years are not consecutive'],
    ['2021', 'it names one year'],
    ['FY2021', 'it names one year'],
    ['2021/', 'it has no end year'],
    ['abc', 'it is not a year'],
    ['', 'it is empty'],
    ['year 2021/22', 'words come before it'],
    ['2021/22 onwards', 'words come after it'],
  ])('returns null for %j because %s', (text) => {
    expect(parseFinancialYear(text)).toBeNull();
  });
});

describe('startYearOf', () => {
  test.each([
    ['2021/22', 2021],
    ['1999/00', 1999],
  ])('returns the start year of %s as %i', (fy, year) => {
    expect(startYearOf(fy)).toBe(year);
  });

  test.each(['FY 21/22', '2021/2022', '2021/23', 'abc'])('throws a RangeError for the non-canonical %j', (fy) => {
    expect(() => startYearOf(fy)).toThrow(new RangeError(`Not a canonical financial year: ${fy}`));
  });
});

describe('financialYearBounds', () => {
  test('returns 1 April 2021 to 31 March 2022 for 2021/22', () => {
    expect(financialYearBounds('2021/22')).toEqual(['2021-04-01', '2022-03-31']);
  });

  test('returns 1 April 1999 to 31 March 2000 for 1999/00', () => {
    expect(financialYearBounds('1999/00')).toEqual(['1999-04-01', '2000-03-31']);
  });

  test('agrees with financialYearOf at both ends', () => {
    const [first, last] = financialYearBounds('2020/21');
    expect(financialYearOf(first)).toBe('2020/21');
    expect(financialYearOf(last)).toBe('2020/21');
  });

  test('throws for a non-canonical financial year', () => {
    expect(() => financialYearBounds('FY 21/22')).toThrow(RangeError);
  });
});

describe('compareFinancialYears', () => {
  test('orders financial years oldest first', () => {
    expect(['2022/23', '1999/00', '2020/21', '2021/22'].sort(compareFinancialYears)).toEqual([
      '1999/00',
      '2020/21',
      '2021/22',
      '2022/23',
    ]);
  });

  test('returns the difference in start years', () => {
    expect(compareFinancialYears('2020/21', '2023/24')).toBe(-3);
    expect(compareFinancialYears('2023/24', '2020/21')).toBe(3);
    expect(compareFinancialYears('2021/22', '2021/22')).toBe(0);
  });

  test('throws for a non-canonical financial year', () => {
    expect(() => compareFinancialYears('2021/22', 'FY 21/22')).toThrow(RangeError);
  });
});
