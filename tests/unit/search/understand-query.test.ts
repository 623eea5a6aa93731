import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseAmount } from '../../../src/lib/core/money.ts';
import { literalQuery, understandQuery, understoodSentence, type QueryContext } from '../../../src/lib/search/understand-query.ts';

const ARCHIVE: QueryContext = { years: [2019, 2020, 2021, 2022], financialYears: ['2020/21', '2021/22'] };
const M = 100_000_000; // £1m in pence

describe('understandQuery', () => {
  test.each([
    ['2021', { year: 2021 }, ''],
    ['decisions in 2021', { year: 2021 }, 'decisions'],
    ['knife crime 2020', { year: 2020 }, 'knife crime'],
    ['2021/22', { fy: '2021/22' }, ''],
    ['2021-22', { fy: '2021/22' }, ''],
    ['FY 21/22', { fy: '2021/22' }, ''],
    ['fy2020-21 grants', { fy: '2020/21' }, 'grants'],
    ['over £1m', { minPence: M }, ''],
    ['Over £1M', { minPence: M }, ''],
    ['above £1 million', { minPence: M }, ''],
    ['more than 500k', { minPence: M / 2 }, ''],
    ['greater than £500,000', { minPence: M / 2 }, ''],
    ['at least 1.5m', { minPence: 1.5 * M }, ''],
    ['£1m or more', { minPence: M }, ''],
    ['£1m+', { minPence: M }, ''],
    ['under £200,000', { maxPence: M / 5 }, ''],
    ['below 200k', { maxPence: M / 5 }, ''],
    ['less than £1.5m', { maxPence: 1.5 * M }, ''],
    ['up to £2 million', { maxPence: 2 * M }, ''],
    ['no more than £2m', { maxPence: 2 * M }, ''],
    ['between £100k and £2m', { minPence: M / 10, maxPence: 2 * M }, ''],
    ['between £2m and £100k', { minPence: M / 10, maxPence: 2 * M }, ''],
    ['from 100k to 2m', { minPence: M / 10, maxPence: 2 * M }, ''],
    ['between £5 and 10', { minPence: 500, maxPence: 1000 }, ''],
    // A sum without a pound sign reads as one by its thousands separator or its five digits.
    ['over 1,000', { minPence: 100_000 }, ''],
    ['over 25000', { minPence: 2_500_000 }, ''],
    ['over 5 m', { minPence: 5 * M }, ''],
    ['overtime over £1m in 2021', { minPence: M, year: 2021 }, 'overtime'],
    ['county lines between £100k and £2m 2021/22', { minPence: M / 10, maxPence: 2 * M, fy: '2021/22' }, 'county lines'],
  ])('reads %j as %j, leaving %j', (query, filters, words) => {
    const understood = understandQuery(query, ARCHIVE);
    expect(understood.filters).toEqual(filters);
    expect(understood.words).toBe(words);
  });

  test.each([
    'over £',
    'between 5 and',
    'between £5 and',
    'under -3',
    'over -£1m',
    'children under 18',
    'more than 5 decisions',
    'over 500kg',
    '2018',
    '1995',
    '2023/24',
    '2021/23',
    'PCD 2021',
    'pcd-2021',
    '20210',
    '£2021',
    'over',
    '',
    '   ',
    '"2021"',
    '“over £1m”',
    'exploitation',
  ])('leaves %j as words', (query) => {
    const understood = understandQuery(query, ARCHIVE);
    expect(understood.phrases).toEqual([]);
    expect(understood.words).toBe(query.replace(/\s+/g, ' ').trim());
  });

  test('reads the sums with core parseAmount, whatever their form', () => {
    for (const [query, sum] of [['over £1,360,000', '£1,360,000'], ['under 1.36 million', '1.36 million'], ['at least £135k', '£135k']] as const) {
      const { filters } = understandQuery(query);
      expect(filters.minPence ?? filters.maxPence).toBe(parseAmount(sum));
    }
  });

  test('without a list of years, any year from 1900 to 2099 is read', () => {
    expect(understandQuery('2018').filters).toEqual({ year: 2018 });
    expect(understandQuery('2018', ARCHIVE).filters).toEqual({});
  });

  test('leaves alone a phrase for a filter the reader set by hand', () => {
    const understood = understandQuery('2021 over £1m', { ...ARCHIVE, except: ['year'] });
    expect(understood.filters).toEqual({ minPence: M });
    expect(understood.words).toBe('2021');
  });

  test('understands outside quotes and searches inside them as typed', () => {
    const understood = understandQuery('"over £1m" in 2021', ARCHIVE);
    expect(understood.filters).toEqual({ year: 2021 });
    expect(understood.words).toBe('"over £1m"');
  });

  test('never throws, and every phrase it reads is part of the query', () => {
    const pieces = fc.constantFrom('over', 'under', 'between', 'and', 'to', '£', '1', '2021', '/', '22', 'm', 'k', ',', '.', '-', '"', ' ', 'fy', 'pcd', 'million', '+');
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string()), { maxLength: 12 }), (parts) => {
        const query = parts.join(' ');
        const understood = understandQuery(query, ARCHIVE);
        for (const phrase of understood.phrases) expect(query).toContain(phrase.text);
        for (const pence of [understood.filters.minPence, understood.filters.maxPence]) if (pence !== undefined) expect(Number.isSafeInteger(pence) && pence >= 0).toBe(true);
      }),
    );
  });
});

describe('understoodSentence', () => {
  test.each([
    ['2021', 'Showing decisions of 2021'],
    ['2021/22 over £1m', 'Showing decisions of financial year 2021/22 · with a sum of £1m or more'],
    ['between £100k and £2m', 'Showing decisions with a sum from £100,000 to £2m'],
    ['under £200,000', 'Showing decisions with a sum of £200,000 or less'],
    ['knife crime', ''],
  ])('says what %j was understood to ask', (query, sentence) => {
    expect(understoodSentence(understandQuery(query, ARCHIVE))).toBe(sentence);
  });
});

describe('literalQuery', () => {
  test.each([
    ['2021 over £1m', '"2021 over £1m"'],
    ['"2021"', '"2021"'],
    ['  ', ''],
  ])('quotes %j as %j, which understandQuery leaves as words', (query, literal) => {
    expect(literalQuery(query)).toBe(literal);
    expect(understandQuery(literalQuery(query), ARCHIVE).phrases).toEqual([]);
  });
});
