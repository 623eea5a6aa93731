import { describe, expect, test } from 'vitest';
import { compareCells, nextSortOrder, sortOrderInWords, type SortKind } from '../../../src/lib/core/table-sort.ts';

const sorted = (values: string[], kind: SortKind) => [...values].sort((a, b) => compareCells(a, b, kind));

describe('compareCells', () => {
  test('orders amounts in pence by value, not as text', () => {
    expect(sorted(['136000000', '13500000', '100', '23100000'], 'amount')).toEqual([
      '100',
      '13500000',
      '23100000',
      '136000000',
    ]);
  });

  test('puts an empty amount first', () => {
    expect(sorted(['500', '', '20'], 'amount')).toEqual(['', '20', '500']);
  });

  test('treats an amount that is not a number as zero', () => {
    expect(compareCells('abc', '0', 'amount')).toBe(0);
    expect(compareCells('abc', '5', 'amount')).toBeLessThan(0);
  });

  test('returns the difference of two amounts', () => {
    expect(compareCells('100', '20', 'amount')).toBe(80);
    expect(compareCells('20', '100', 'amount')).toBe(-80);
  });

  test('orders reference numbers numerically, so 911 comes before 1092', () => {
    expect(sorted(['1092', '911', '', '386'], 'reference')).toEqual(['', '386', '911', '1092']);
  });

  test('orders ISO dates and months chronologically, with an empty date first', () => {
    expect(sorted(['2022-01-01', '2021-12-10', '', '2021-12', '2018-05-08'], 'date')).toEqual([
      '',
      '2018-05-08',
      '2021-12',
      '2021-12-10',
      '2022-01-01',
    ]);
  });

  test('orders text alphabetically, ignoring case', () => {
    expect(sorted(['banana', 'Cherry', 'apple'], 'text')).toEqual(['apple', 'banana', 'Cherry']);
    expect(compareCells('apple', 'APPLE', 'text')).toBe(0);
  });

  test('ignores accents in text', () => {
    expect(compareCells('résumé', 'resume', 'text')).toBe(0);
  });

  test('orders numbers inside text naturally, so PCD 9 comes before PCD 10', () => {
    expect(sorted(['PCD 10', 'PCD 9', 'PCD 100'], 'text')).toEqual(['PCD 9', 'PCD 10', 'PCD 100']);
  });

  test('puts empty text first', () => {
    expect(sorted(['b', '', 'a'], 'text')).toEqual(['', 'a', 'b']);
  });
});

describe('nextSortOrder', () => {
  test.each([
    ['amount', 'descending'],
    ['date', 'descending'],
    ['reference', 'ascending'],
    ['text', 'ascending'],
  ] as const)('sorts a column of kind %s %s when it is first chosen', (kind, order) => {
    expect(nextSortOrder(kind, null)).toBe(order);
  });

  test.each(['amount', 'date', 'reference', 'text'] as const)('reverses the order of a %s column chosen again', (kind) => {
    expect(nextSortOrder(kind, 'ascending')).toBe('descending');
    expect(nextSortOrder(kind, 'descending')).toBe('ascending');
  });
});

describe('sortOrderInWords', () => {
  test.each([
    ['Headline amount', 'amount', 'descending', 'sorted by headline amount, largest first'],
    ['Headline amount', 'amount', 'ascending', 'sorted by headline amount, smallest first'],
    ['Reference', 'reference', 'ascending', 'sorted by reference, lowest number first'],
    ['Reference', 'reference', 'descending', 'sorted by reference, highest number first'],
    ['Title', 'text', 'ascending', 'sorted by title, A to Z'],
    ['Title', 'text', 'descending', 'sorted by title, Z to A'],
    ['Date', 'date', 'descending', 'newest first'],
    ['Date', 'date', 'ascending', 'oldest first'],
  ] as const)('says %s (%s, %s) as "%s"', (column, kind, order, words) => {
    expect(sortOrderInWords(column, kind, order)).toBe(words);
  });

  test('trims the heading as a button’s text comes', () => {
    expect(sortOrderInWords(' Title\n', 'text', 'ascending')).toBe('sorted by title, A to Z');
  });

  test('refuses an empty heading', () => {
    expect(() => sortOrderInWords('  ', 'text', 'ascending')).toThrow('heading');
  });
});
