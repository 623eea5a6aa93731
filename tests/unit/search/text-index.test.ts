import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { buildTextIndex, compareWords, searchText, shardsFor, termWeight, textTerms, type TextManifest, type TextShard, type TextTerm } from '../../../src/lib/search/text-index.ts';
import { wordForms, wordsIn } from '../../../src/lib/search/words.ts';

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

describe('wordForms', () => {
  test.each([
    ['grants', ['grant']],
    ['grant', ['grants']],
    ['lines', ['line']],
    ['authorities', ['authority']],
    ['authority', ['authorities']],
    ['cookies', ['cookie']],
    ['days', ['day']],
    ['day', ['days']],
    ['businesses', ['business']],
    ['business', ['businesses']],
    ['matches', ['match']],
    ['match', ['matches']],
    ['boxes', ['box']],
    ['buses', ['bus']],
    ['bus', ['buses']],
    ['bias', ['biases']],
    ['biases', ['bias']],
    ['taxis', ['taxi']],
    ['taxi', ['taxis']],
    ['status', ['statuses']],
    ['métropoles', ['métropole']],
    ['class', ['classes']],
  ])('%s finds %j', (word, forms) => {
    expect(wordForms(word)).toEqual(expect.arrayContaining(forms));
  });

  test.each([
    ['news', 'new'],
    ['new', 'news'],
    ['means', 'mean'],
    ['mean', 'means'],
    ['series', 'sery'],
    ['class', 'clas'],
  ])('%s does not find %s', (word, form) => {
    expect(wordForms(word)).not.toContain(form);
  });

  test.each(['us', 'an', '990', 'pcd990', 'λόγος', 'news', 'series'])('%s has no other forms', (word) => {
    expect(wordForms(word)).toEqual([]);
  });

  test('every form of a word has the word among its own forms, so a text is found from either side', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-zé]{1,10}$/), (word) => {
        for (const form of wordForms(word)) expect(wordForms(form)).toContain(word);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('textTerms', () => {
  test.each([
    ['county lines', [{ ...exact('county'), forms: wordForms('county') }, { ...prefix('lines'), forms: wordForms('lines') }]],
    ['exploit', [{ ...prefix('exploit'), forms: wordForms('exploit') }]],
    ['PCD 990', [{ ...exact('pcd'), forms: wordForms('pcd') }, prefix('990')]],
    ['an', [exact('an')]],
    ['lines lines', [{ ...prefix('lines'), forms: wordForms('lines') }]],
    ['£', []],
  ])('reads %j as %j: each word with its forms; the last also a prefix, from three letters', (query, terms) => {
    expect(textTerms(query)).toEqual(terms);
  });
});

describe('termWeight', () => {
  const grants: TextTerm = { word: 'grants', prefix: true, forms: ['grant'] };
  test.each([
    ['the word itself', 'grants', 1],
    ['its singular', 'grant', 0.8],
    ['a longer word it starts', 'grantsman', 0.5],
    ['a word that starts it', 'gran', 0],
    ['another word', 'granted', 0],
  ])('%s (%s): %d', (_, word, weight) => {
    expect(termWeight(grants, word)).toBe(weight);
  });

  test('a form counts above a prefix match of the same word', () => {
    expect(termWeight({ word: 'grant', prefix: true, forms: ['grants'] }, 'grants')).toBe(0.8);
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

  test('finds the singular for a plural and the plural for a singular, the word itself first', () => {
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

  test('ranks the word typed first however rare its singular or plural is, as for a longer word', () => {
    // Ten texts write "grants", one writes "grant": the rare singular must not outrank the word typed.
    const texts = [...Array.from({ length: 10 }, () => 'two grants'), 'one grant'];
    expect(search(buildTextIndex(texts, 'k', 1000), textTerms('grants'), texts.length)[0]).toBe(0);
    const longer = ['the jiothou', ...Array.from({ length: 9 }, () => 'the jiothouso'), 'the jiothous'];
    expect(search(buildTextIndex(longer, 'k', 1000), [prefix('jiothou')], longer.length)[0]).toBe(0);
  });

  test('names the shard of a form that is not in the word\'s shard', () => {
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

  test('finds, for any query word, exactly the texts that hold it or its singular or plural (any shard size)', () => {
    const word = fc.constantFrom('county', 'counties', 'line', 'lines', 'grant', 'grants', 'authority', 'authorities', 'news', 'new', '990');
    fc.assert(
      fc.property(fc.array(fc.array(word, { maxLength: 8 }).map((w) => w.join(' ')), { minLength: 1, maxLength: 30 }), fc.integer({ min: 10, max: 400 }), (texts, size) => {
        const built = buildTextIndex(texts, 'k', size);
        for (const w of ['county', 'lines', 'grant', 'authorities', 'news', '990']) {
          const wanted = new Set([w, ...wordForms(w)]);
          const expected = texts.flatMap((t, i) => (wordsIn(t).some((x) => wanted.has(x)) ? [i] : []));
          // With a second word, so that the first is not read as a prefix.
          const [term] = textTerms(`${w} zzz`);
          expect(search(built, [term as TextTerm], texts.length).sort((a, b) => a - b)).toEqual(expected);
        }
      }),
      { numRuns: 200 },
    );
  });
});
