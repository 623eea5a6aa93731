import fc from 'fast-check';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildTextIndex, compareWords, termWeight, textTerms, type TextManifest, type TextShard, type TextTerm } from '../../../src/lib/search/text-index.ts';
import { searchText, shardsFor } from '../../../src/lib/search/text-search.ts';
import { hasStem, loadStemmer, stemOf, wordsIn } from '../../../src/lib/search/words.ts';

beforeAll(loadStemmer);

/** Runs a query the way the page does: loads the shards shardsFor names, then searches them. */
function search(index: { manifest: TextManifest; shards: TextShard[] }, terms: readonly TextTerm[], count: number): number[] {
  const loaded = new Map(terms.flatMap((t) => shardsFor(index.manifest, t)).map((n) => [n, index.shards[n] as TextShard]));
  return searchText(loaded, index.manifest, terms, count);
}
const exact = (word: string): TextTerm => ({ word, prefix: false });
const prefix = (word: string): TextTerm => ({ word, prefix: true });

const TEXTS = [
  'MOPAC accepts the Home Office grant for County Lines.',
  'Operation Orochi targets county lines holders; Orochi, Orochi, Orochi.',
  'The exploitation of children by county lines networks [PCD990].',
  'Roads policing ANPR cameras. Exploited routes.',
];

describe('textTerms', () => {
  test.each([
    ['county lines', [{ ...exact('county'), stem: 'counti' }, { ...prefix('lines'), stem: 'line' }]],
    ['exploitation', [{ ...prefix('exploitation'), stem: 'exploit' }]],
    ['PCD 990', [{ ...exact('pcd'), stem: 'pcd' }, prefix('990')]],
    ['an', [exact('an')]],
    ['lines lines', [{ ...prefix('lines'), stem: 'line' }]],
    ['£', []],
  ])('reads %j as %j: each word with its stem; the last also a prefix, from three letters', (query, terms) => {
    expect(textTerms(query)).toEqual(terms);
  });
});

describe('termWeight', () => {
  test.each([
    ['the word itself', 'exploitation', 1],
    ['another word of its stem', 'exploiting', 0.3],
    ['its plural, which it starts', 'exploitations', 0.5],
    ['its stem as a word', 'exploit', 0.3],
    ['a longer word it starts, of another stem', 'exploitationism', 0.5],
    ['a word that starts it', 'exploi', 0],
    ['another word', 'explore', 0],
  ])('%s (%s): %d', (_, word, weight) => {
    expect(termWeight(textTerms('exploitation')[0] as TextTerm, word)).toBe(weight);
  });

  test('a word of the stem counts below a longer word the word being typed starts, and below the word itself', () => {
    expect(termWeight({ word: 'grant', prefix: true, stem: 'grant' }, 'grants')).toBe(0.5);
    expect(termWeight({ word: 'grant', prefix: false, stem: 'grant' }, 'grants')).toBe(0.3);
    expect(termWeight({ word: 'grant', prefix: false }, 'grants')).toBe(0);
  });
});

describe('buildTextIndex', () => {
  const index = buildTextIndex(TEXTS, 'k1', 60);

  test('puts every word in exactly one shard, in order, each shard and the manifest carrying the key', () => {
    const words = index.shards.flatMap((s) => s.words);
    expect(words).toEqual([...new Set(TEXTS.flatMap(wordsIn))].sort(compareWords));
    expect(index.manifest.firsts).toEqual(index.shards.map((s) => s.words[0]));
    expect(index.shards.length).toBeGreaterThan(3);
    expect([index.manifest.key, ...index.shards.map((s) => s.key)].every((k) => k === 'k1')).toBe(true);
  });

  test('keeps shards near the size asked for; a word too big for one has a shard to itself', () => {
    for (const shard of index.shards) {
      const size = JSON.stringify(shard).length;
      if (shard.words.length > 1) expect(size).toBeLessThan(60 + 80);
    }
  });

  test('writes each word\'s decisions as gaps times four plus a weight for how often it occurs', () => {
    const shard = index.shards.find((s) => s.words.includes('orochi')) as TextShard;
    // Only text 1, four times: gap 2 from -1, weight 2 (4–7 occurrences).
    expect(shard.postings[shard.words.indexOf('orochi')]).toEqual([2 * 4 + 2]);
    const lines = index.shards.find((s) => s.words.includes('lines')) as TextShard;
    expect(lines.postings[lines.words.indexOf('lines')]).toEqual([1 * 4, 1 * 4, 1 * 4]);
  });
});

describe('searchText', () => {
  const index = buildTextIndex(TEXTS, 'k1', 60);
  const run = (...terms: TextTerm[]) => search(index, terms, TEXTS.length);

  test.each([
    ['one word', [exact('county')], [0, 1, 2]],
    ['every word, wherever it is', [exact('county'), exact('exploitation')], [2]],
    ['a reference written without a space', [exact('pcd'), exact('990')], [2]],
    ['the start of a word being typed', [prefix('exploit')], [2, 3]],
    ['a start, exactly when not typed last', [exact('exploit')], []],
    ['nothing for an unknown word', [exact('zzz')], []],
    ['nothing when one word is missing', [exact('county'), exact('anpr')], []],
  ])('finds %s', (_, terms, docs) => {
    expect(run(...terms).sort()).toEqual(docs);
  });

  test('ranks a decision that uses a word often above one that uses it once', () => {
    expect(run(exact('orochi'), exact('county'))).toEqual([1]);
    expect(run(prefix('oro'))[0]).toBe(1);
    const twice = buildTextIndex(['grant grant grant county', 'grant county'], 'k', 1000);
    expect(search(twice, [exact('grant')], 2)).toEqual([0, 1]);
  });

  test('ranks the word typed above longer words it starts, whatever the order of the texts', () => {
    for (const texts of [['the jiothous', 'the jiothou'], ['the jiothou', 'the jiothous']]) {
      const index2 = buildTextIndex(texts, 'k', 1000);
      const holder = texts.indexOf('the jiothou');
      expect(search(index2, [prefix('jiothou')], 2)).toEqual([holder, 1 - holder]);
    }
    // While a word is half typed, every match is a longer word, ranked as before by rarity and use.
    const partial = buildTextIndex(['regulation regulation', 'regulator'], 'k', 1000);
    expect(search(partial, [prefix('regul')], 2)).toEqual([0, 1]);
  });

  test('finds the other words of a stem, the word itself first', () => {
    const texts = ['one grant', 'two grants', 'no money'];
    for (const size of [8, 1000]) {
      const index2 = buildTextIndex(texts, 'k', size);
      expect(search(index2, textTerms('grants'), 3)).toEqual([1, 0]);
      expect(search(index2, textTerms('grant money'), 3)).toEqual([]);
      expect(search(index2, textTerms('grant one'), 3)).toEqual([0]);
      expect(search(index2, textTerms('grant'), 3)).toEqual([0, 1]);
    }
    const authorities = buildTextIndex(['the authorities', 'one authority'], 'k', 1000);
    expect(search(authorities, textTerms('authorities'), 2)).toEqual([0, 1]);
    expect(search(authorities, textTerms('authority the'), 2)).toEqual([0]);
  });

  test('finds "exploiting" for "exploitation", and "exploitation" for "exploited", the word typed first', () => {
    const texts = ['children exploiting', 'the exploitation of', 'was exploited', 'exploring'];
    for (const size of [8, 1000]) {
      const built = buildTextIndex(texts, 'k', size);
      expect(search(built, textTerms('exploitation of'), 4)).toEqual([1]);
      expect(search(built, textTerms('exploitation'), 4)).toEqual([1, 0, 2]);
      expect(search(built, textTerms('exploited children'), 4)).toEqual([0]);
      expect(search(built, textTerms('exploited'), 4)[0]).toBe(2);
    }
  });

  test('ranks every text holding the word typed before those holding only other words of its stem, however often', () => {
    const texts = [`${'exploiting '.repeat(12)}children`, 'the exploitation of children', `${'exploited '.repeat(5)}once`, 'exploitation'];
    const built = buildTextIndex(texts, 'k', 1000);
    expect(search(built, textTerms('exploitation children'), 4)).toEqual([1, 0]);
    expect(search(built, textTerms('exploitation'), 4).slice(0, 2).sort()).toEqual([1, 3]);
    expect(search(built, textTerms('children exploitation'), 4)).toEqual([1, 0]);
  });

  test('ranks the word typed first however rare its other forms are, as for a longer word', () => {
    // Ten texts write "grants", one writes "grant": the rare singular must not outrank the word typed.
    const texts = [...Array.from({ length: 10 }, () => 'two grants'), 'one grant'];
    expect(search(buildTextIndex(texts, 'k', 1000), textTerms('grants'), texts.length)[0]).toBe(0);
    const longer = ['the jiothou', ...Array.from({ length: 9 }, () => 'the jiothouso'), 'the jiothous'];
    expect(search(buildTextIndex(longer, 'k', 1000), [prefix('jiothou')], longer.length)[0]).toBe(0);
  });

  test('names the shards of the words of its stem that are not in the word\'s shard', () => {
    // Words in order: "authorities", "authority", "the", "zz"; one word a shard.
    const index2 = buildTextIndex(['the authorities', 'authority zz'], 'k', 1);
    const [term] = textTerms('authority zz');
    expect(shardsFor(index2.manifest, term as TextTerm)).toEqual([0, 1]);
    expect(search(index2, textTerms('authority'), 2)).toEqual([1, 0]);
  });

  test('weighs a rare word above a common one', () => {
    const texts = ['common rare', 'common', 'common', 'common filler filler filler filler filler filler filler common common common'];
    const index2 = buildTextIndex(texts, 'k', 1000);
    // Text 0 holds the rare word once; text 3 the common word often, but only that.
    expect(search(index2, [exact('rare')], 4)).toEqual([0]);
  });

  test('names the shards a prefix spans, and refuses to search a shard it was not given', () => {
    const many = buildTextIndex(['aa ab ac ad ae af ag ah ai aj ak al am an ao ap', 'b'], 'k', 20);
    const spans = shardsFor(many.manifest, prefix('a'));
    expect(spans.length).toBeGreaterThan(1);
    expect(search(many, [prefix('a')], 2)).toEqual([0]);
    expect(() => searchText(new Map(), many.manifest, [prefix('a')], 2)).toThrow(/shard 0 is not loaded/);
  });

  test('finds, for any word, exactly the texts that hold it (any shard size)', () => {
    const word = fc.constantFrom('county', 'lines', 'orochi', 'grant', 'home', 'office', 'anpr', 'pcd', '990', 'exploitation');
    fc.assert(
      fc.property(fc.array(fc.array(word, { maxLength: 12 }).map((w) => w.join(' ')), { minLength: 1, maxLength: 30 }), fc.integer({ min: 10, max: 400 }), (texts, size) => {
        const built = buildTextIndex(texts, 'k', size);
        for (const w of ['county', 'orochi', '990', 'exploitation']) {
          const expected = texts.flatMap((t, i) => (wordsIn(t).includes(w) ? [i] : []));
          expect(search(built, [exact(w)], texts.length).sort((a, b) => a - b)).toEqual(expected);
        }
      }),
      { numRuns: 200 },
    );
  });

  test('finds, for any query word, exactly the texts that hold a word of its stem (any shard size)', () => {
    const word = fc.constantFrom('county', 'counties', 'line', 'lines', 'lining', 'grant', 'grants', 'granted', 'authority', 'authorities', 'exploit', 'exploitation', 'exploiting', 'news', 'new', '990');
    fc.assert(
      fc.property(fc.array(fc.array(word, { maxLength: 8 }).map((w) => w.join(' ')), { minLength: 1, maxLength: 30 }), fc.integer({ min: 10, max: 400 }), (texts, size) => {
        const built = buildTextIndex(texts, 'k', size);
        for (const w of ['county', 'lines', 'grant', 'authorities', 'exploitation', 'news', '990']) {
          const stem = stemOf(w);
          const expected = texts.flatMap((t, i) => (wordsIn(t).some((x) => x === w || (stem !== null && hasStem(x, stem))) ? [i] : []));
          // With a second word, so that the first is not read as a prefix.
          const [term] = textTerms(`${w} zzz`);
          expect(search(built, [term as TextTerm], texts.length).sort((a, b) => a - b)).toEqual(expected);
        }
      }),
      { numRuns: 200 },
    );
  });
});
