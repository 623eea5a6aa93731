/**
 * Edges of reading a query (mutation testing, issue 18): what stays words, what a phrase needs to
 * be read without an archive, and when a word has a stem.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { understandQuery } from '../../../src/lib/search/understand-query.ts';
import { hasStem, loadStemmer } from '../../../src/lib/search/words.ts';

describe('understandQuery', () => {
  test('leaves "between 5 and 10" as words: neither end says it is a sum', () => {
    expect(understandQuery('between 5 and 10')).toEqual({ words: 'between 5 and 10', phrases: [], filters: {} });
  });

  test('reads a financial year with no archive to check it against', () => {
    expect(understandQuery('grants 2021/22').filters).toEqual({ fy: '2021/22' });
  });

  test('leaves a range as words when the reader set either of its ends by hand', () => {
    expect(understandQuery('between £1m and £2m', { except: ['minPence'] }).filters).toEqual({});
    expect(understandQuery('between £1m and £2m', { except: ['maxPence'] }).filters).toEqual({});
  });

  test('collapses runs of spaces in the words left', () => {
    expect(understandQuery('knife   crime  over £1m').words).toBe('knife crime');
  });
});

describe('hasStem', () => {
  beforeAll(loadStemmer);

  test('is false for a word that starts as the stem but has another stem', () => {
    expect(hasStem('newt', 'new')).toBe(false);
    expect(hasStem('news', 'new')).toBe(true);
  });
});
