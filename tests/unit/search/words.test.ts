import fc from 'fast-check';
import { beforeAll, describe, expect, test } from 'vitest';
import { hasStem, loadStemmer, stemOf, stemStart, wordsIn } from '../../../src/lib/search/words.ts';

beforeAll(loadStemmer);

describe('wordsIn', () => {
  test.each([
    ['Home Office grant', ['home', 'office', 'grant']],
    ['[PCD990] and PCD 990', ['pcd', '990', 'and', 'pcd', '990']],
    ['2021/22 £1,360,000', ['2021', '22', '1', '360', '000']],
    ["MOPAC’s Métropole", ['mopac', 's', 'métropole']],
    ['  ', []],
  ])('splits %j into %j', (text, words) => {
    expect(wordsIn(text)).toEqual(words);
  });
});

describe('stemOf', () => {
  test.each([
    ['exploitation', 'exploiting'],
    ['exploitation', 'exploited'],
    ['exploitation', 'exploits'],
    ['grants', 'grant'],
    ['authorities', 'authority'],
    ['businesses', 'business'],
    ['matches', 'match'],
    ['criminals', 'criminal'],
    ['policing', 'policed'],
    ['funding', 'funded'],
  ])('gives %s and %s one stem', (a, b) => {
    expect(stemOf(a)).not.toBeNull();
    expect(stemOf(a)).toBe(stemOf(b));
  });

  test.each([
    ['police', 'policy'],
    ['grant', 'grunt'],
    ['exploitation', 'exploration'],
  ])('keeps %s and %s apart', (a, b) => {
    expect(stemOf(a)).not.toBe(stemOf(b));
  });

  test.each(['us', 'an', '990', '2021', 'pcd990', 'λόγος'])('gives %s no stem: it matches only itself', (word) => {
    expect(stemOf(word)).toBeNull();
  });
});

describe('hasStem', () => {
  test('finds every word of a stem by the letters it starts with', () => {
    // Porter rewrites a stem's last letter ("any" → "ani", "possibility" → "possibl"); stemStart allows for it.
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z]{3,14}$/), (word) => {
        const stem = stemOf(word) as string;
        expect(word.startsWith(stemStart(stem)) || stem.length <= 3).toBe(true);
        if (stem.length > 3) expect(hasStem(word, stem)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  test.each([
    ['exploiting', 'exploit', true],
    ['possibility', 'possibl', true],
    ['exploring', 'exploit', false],
    ['990', 'exploit', false],
  ])('%s has the stem %s: %s', (word, stem, has) => {
    expect(hasStem(word, stem)).toBe(has);
  });
});
