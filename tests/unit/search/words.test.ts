import fc from 'fast-check';
import { beforeAll, describe, expect, test } from 'vitest';
import { hasStem, loadStemmer, stemOf, stemStarts, wordsIn } from '../../../src/lib/search/words.ts';

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
    // Porter rewrites a stem's last letter ("any" → "ani", "possibility" → "possibl"); stemStarts allows for it.
    const words = fc.oneof(
      fc.stringMatching(/^[a-z]{3,14}$/),
      fc.tuple(fc.stringMatching(/^[a-z]{1,8}$/), fc.constantFrom('y', 'ies', 'ied', 'ility', 'ation', 'ating', 'ated', 'izing', 'bling', 'ously', 'ness', 'ful', 'ically', 'ement')).map(([root, end]) => root + end).filter((word) => word.length >= 3),
    );
    fc.assert(
      fc.property(words, (word) => {
        const stem = stemOf(word) as string;
        expect(stemStarts(stem).some((start) => word.startsWith(start))).toBe(true);
        expect(hasStem(word, stem)).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  test.each([
    ['seri', ['seri', 'sery']],
    ['possibl', ['possibl', 'possibi']],
    ['rate', ['rat']],
    ['exploit', ['exploit']],
  ])('looks for the words of %s among those starting %j', (stem, starts) => {
    expect(stemStarts(stem)).toEqual(starts);
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
