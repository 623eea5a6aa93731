import { describe, expect, test } from 'vitest';
import { dayOf, formatDate, isRealDay, parseIsoDate, parseUkDate, yearOf } from '../../../src/lib/core/dates.ts';

describe('parseUkDate', () => {
  test('returns 1 February 2021 for 1/2/2021', () => {
    expect(parseUkDate('1/2/2021')).toEqual({ iso: '2021-02-01', precision: 'day' });
  });

  test('returns 8 May 2018 for 08 05 18', () => {
    expect(parseUkDate('08 05 18')).toEqual({ iso: '2018-05-08', precision: 'day' });
  });

  test('returns month precision for March 2024', () => {
    expect(parseUkDate('March 2024')).toEqual({ iso: '2024-03', precision: 'month' });
  });

  test.each([
    ['10/12/2021', '2021-12-10'],
    ['01/04/2023', '2023-04-01'],
    ['31/03/2024', '2024-03-31'],
    ['1/2/21', '2021-02-01'],
    ['1.2.2021', '2021-02-01'],
    ['1-2-2021', '2021-02-01'],
    ['1 / 2 / 2021', '2021-02-01'],
    ['29/02/2020', '2020-02-29'],
    ['15 January 2021', '2021-01-15'],
    ['31st March 2022', '2022-03-31'],
    ['31<sup>st</sup> March 2022', '2022-03-31'],
    ['2nd Feb 2020', '2020-02-02'],
    ['3rd Feb. 2020', '2020-02-03'],
    ['4th july, 2019', '2019-07-04'],
    ['1st Sept 2021', '2021-09-01'],
    ['  9 April 2021  ', '2021-04-09'],
    ['9  April  2021', '2021-04-09'],
    ['29 February 2020', '2020-02-29'],
    // The first and last years it reads, 1900 and 2199.
    ['1/1/1900', '1900-01-01'],
    ['31/12/2199', '2199-12-31'],
  ])('reads %j day first as %s', (text, iso) => {
    expect(parseUkDate(text)).toEqual({ iso, precision: 'day' });
  });

  test.each([
    ['March 2024', '2024-03'],
    ['march 2024', '2024-03'],
    ['Sept 2021', '2021-09'],
    ['Dec. 2019', '2019-12'],
    ['January 1900', '1900-01'],
    ['December 2199', '2199-12'],
    ['March  2024', '2024-03'],
  ])('reads %j as the month %s', (text, iso) => {
    expect(parseUkDate(text)).toEqual({ iso, precision: 'month' });
  });

  test.each([
    ['9th April', 'it has no year'],
    ['31/02/2021', '31 February does not exist'],
    ['29/02/2021', '2021 is not a leap year'],
    ['29 February 2021', '2021 is not a leap year'],
    ['31 April 2021', 'April has 30 days'],
    ['1/13/2021', 'there is no 13th month'],
    ['0/1/2021', 'there is no day 0'],
    ['1/2/202', 'a three-digit year is ambiguous'],
    ['2021-02-01', 'ISO is not how the documents write dates'],
    ['1/2/1899', 'the year is out of range'],
    ['March 1899', 'the year is out of range'],
    ['1/1/2200', 'the year is out of range'],
    ['January 2200', 'the year is out of range'],
    ['Smarch 2024', 'the month is not a month'],
    ['1st Smarch 2024', 'the month is not a month'],
    ['2024', 'a year alone is not a date'],
    ['', 'it is empty'],
    ['sometime in 2021', 'it is not a date'],
    // A date is the whole text: words before or after it make it something else.
    ['On 1 March 2021', 'words come before the date'],
    ['1 March 2021 onwards', 'words come after the date'],
    ['Early March 2024', 'words come before the month'],
    ['March 2024 onwards', 'words come after the month'],
  ])('returns null for %j because %s', (text) => {
    expect(parseUkDate(text)).toBeNull();
  });
});

describe('parseIsoDate', () => {
  test.each([
    ['2021-12-10', 'day'],
    ['2020-02-29', 'day'],
    ['2024-03', 'month'],
    ['2024-12', 'month'],
    ['2024-01', 'month'],
  ] as const)('accepts %s with %s precision', (text, precision) => {
    expect(parseIsoDate(text)).toEqual({ iso: text, precision });
  });

  test.each([
    ['2021-02-30', 'an impossible day'],
    ['2021-02-29', 'a day outside a leap year'],
    ['2021-13-01', 'an impossible month'],
    ['2024-13', 'an impossible month'],
    ['2024-00', 'month zero'],
    ['2021-2-1', 'unpadded parts'],
    ['10/12/2021', 'a UK date'],
    [' 2021-12-10', 'surrounding space'],
    ['2021-12-10T00:00:00Z', 'a timestamp'],
    ['12024-03', 'a digit before a month'],
    ['2024-031', 'a digit after a month'],
    ['', 'an empty string'],
  ])('returns null for %j (%s)', (text) => {
    expect(parseIsoDate(text)).toBeNull();
  });
});

describe('formatDate', () => {
  test.each([
    ['2021-12-10', '10 December 2021'],
    ['2021-02-01', '1 February 2021'],
    ['2018-05-08', '8 May 2018'],
    ['2024-03', 'March 2024'],
    ['2023-09', 'September 2023'],
  ])('formats %s as %s', (iso, text) => {
    expect(formatDate(iso)).toBe(text);
  });

  test.each(['2021-02-30', '10/12/2021', 'garbage'])('throws a RangeError for %j', (iso) => {
    expect(() => formatDate(iso)).toThrow(new RangeError(`Not an ISO date: ${iso}`));
  });
});

describe('isRealDay', () => {
  test.each([
    [2020, 2, 29, true],
    [2000, 2, 29, true],
    [2021, 12, 31, true],
    [2021, 1, 1, true],
    [2021, 2, 29, false],
    [1900, 2, 29, false],
    [2021, 4, 31, false],
    [2021, 2, 30, false],
    [2021, 0, 1, false],
    [2021, 13, 1, false],
    [2021, 1, 0, false],
    [2021, 1, 32, false],
    [2021, 1.5, 1, false],
    [2021, 1, 1.5, false],
    [2021.5, 1, 1, false],
    [2021, 1, Number.NaN, false],
    [2021, 1, -1, false],
    [2021, -1, 1, false],
    // Years before 100 are years before 100 (the calendar runs back unchanged), not 1900 to 1999.
    [20, 2, 29, true],
    [1920, 2, 29, true],
    [21, 2, 29, false],
  ])('returns %i-%i-%i as %s', (year, month, day, expected) => {
    expect(isRealDay(year, month, day)).toBe(expected);
  });
});

describe('yearOf', () => {
  test.each([
    ['2021-12-10', 2021],
    ['2024-03', 2024],
    ['1999-01-01', 1999],
  ])('returns the year of %s as %i', (iso, year) => {
    expect(yearOf(iso)).toBe(year);
  });
});

describe('dayOf', () => {
  test.each([
    ['2024-03', '2024-03-01'],
    ['2024-03-05', '2024-03-05'],
    ['2021-12-31', '2021-12-31'],
  ])('compares %s as the day %s', (iso, day) => {
    expect(dayOf(iso)).toBe(day);
  });
});
