import fc from 'fast-check';
import { beforeAll, describe, expect, test } from 'vitest';
import { excerptOf, highlightRanges, sumRanges, summaryRanges, wordRanges } from '../../../src/lib/search/highlight.ts';
import { textTerms } from '../../../src/lib/search/text-index.ts';
import { loadStemmer } from '../../../src/lib/search/words.ts';

beforeAll(loadStemmer);

type Range = readonly [number, number];
type Part = { text: string; highlight: boolean };

const plain = (text: string): Part => ({ text, highlight: false });
const mark = (text: string): Part => ({ text, highlight: true });

/** Whether each character of `text` is inside one of the ranges, clipped to the text. */
function expectedFlags(text: string, ranges: readonly Range[]): boolean[] {
  return [...Array(text.length).keys()].map((i) => ranges.some(([s, e]) => s <= i && i <= e));
}

function flagsOf(parts: readonly Part[]): boolean[] {
  return parts.flatMap((p) => [...Array(p.text.length)].map(() => p.highlight));
}

describe('highlightRanges', () => {
  test.each<[string, string, Range[], Part[]]>([
    ['no ranges', 'Operation Orochi', [], [plain('Operation Orochi')]],
    ['one range in the middle', 'Operation Orochi', [[10, 15]], [plain('Operation '), mark('Orochi')]],
    ['one range at the start', 'PCD 1092', [[0, 2]], [mark('PCD'), plain(' 1092')]],
    ['a single character', 'abc', [[1, 1]], [plain('a'), mark('b'), plain('c')]],
    ['the whole text', 'abc', [[0, 2]], [mark('abc')]],
    ['two separate ranges', 'County Lines', [[0, 1], [7, 8]], [mark('Co'), plain('unty '), mark('Li'), plain('nes')]],
    ['unsorted ranges', 'County Lines', [[7, 8], [0, 1]], [mark('Co'), plain('unty '), mark('Li'), plain('nes')]],
    ['a range past the end, clipped', 'abc', [[1, 10]], [plain('a'), mark('bc')]],
    ['a range starting past the end, dropped', 'abc', [[3, 5]], [plain('abc')]],
    ['a range before the start, clipped', 'abc', [[-3, 0]], [mark('a'), plain('bc')]],
    ['a range wholly before the start, dropped', 'abc', [[-5, -2]], [plain('abc')]],
    ['a reversed (empty) range, dropped', 'abc', [[2, 1]], [plain('abc')]],
    ['a range contained in another', 'abcdef', [[0, 5], [2, 3]], [mark('abcdef')]],
    ['a duplicated range', 'abcdef', [[1, 2], [1, 2]], [plain('a'), mark('bc'), plain('def')]],
    ['empty text', '', [[0, 0]], []],
    ['empty text with no ranges', '', [], []],
  ])('splits for %s', (_name, text, ranges, parts) => {
    expect(highlightRanges(text, ranges)).toEqual(parts);
  });

  // Overlapping or touching ranges mark one run of text: it should come back as one <mark>, not
  // as several marks side by side, which screen readers announce as separate highlights.
  test.each<[string, string, Range[], Part[]]>([
    ['overlapping ranges', 'abcdefghij', [[0, 5], [3, 8]], [mark('abcdefghi'), plain('j')]],
    ['overlapping unsorted ranges', 'abcdefghij', [[3, 8], [0, 5]], [mark('abcdefghi'), plain('j')]],
    ['touching ranges', 'abcdef', [[0, 1], [2, 3]], [mark('abcd'), plain('ef')]],
    ['ranges sharing a start', 'abcdef', [[2, 3], [2, 4]], [plain('ab'), mark('cde'), plain('f')]],
  ])('merges %s into one highlighted part', (_name, text, ranges, parts) => {
    expect(highlightRanges(text, ranges)).toEqual(parts);
  });

  test('does not change the ranges it is given', () => {
    const ranges: Range[] = [
      [7, 8],
      [0, 1],
    ];
    highlightRanges('County Lines', ranges);
    expect(ranges).toEqual([
      [7, 8],
      [0, 1],
    ]);
  });

  const text = fc.string({ maxLength: 40 });
  const ranges = fc.array(fc.tuple(fc.integer({ min: -10, max: 50 }), fc.integer({ min: -10, max: 50 })), { maxLength: 8 });

  test('gives back parts that join to the input text, whatever the ranges', () => {
    fc.assert(
      fc.property(text, ranges, (t, rs) => {
        expect(
          highlightRanges(t, rs)
            .map((p) => p.text)
            .join(''),
        ).toBe(t);
      }),
      { numRuns: 2000 },
    );
  });

  test('highlights exactly the characters inside some range', () => {
    fc.assert(
      fc.property(text, ranges, (t, rs) => {
        expect(flagsOf(highlightRanges(t, rs))).toEqual(expectedFlags(t, rs));
      }),
      { numRuns: 2000 },
    );
  });

  test('never gives back an empty part', () => {
    fc.assert(
      fc.property(text, ranges, (t, rs) => {
        expect(highlightRanges(t, rs).filter((p) => p.text === '')).toEqual([]);
      }),
      { numRuns: 2000 },
    );
  });

  test('alternates plain and highlighted parts when the ranges are disjoint and not touching, as fuse.js gives them', () => {
    const disjoint = fc
      .uniqueArray(fc.integer({ min: 0, max: 40 }), { maxLength: 10 })
      .map((points) => [...points].sort((a, b) => a - b))
      .map((points) => {
        // Pair the sorted points into ranges [p0, p1], [p2, p3]…, each separated from the next by a gap.
        const out: Range[] = [];
        for (let i = 0; i + 1 < points.length; i += 2) {
          const start = points[i] ?? 0;
          const end = points[i + 1] ?? 0;
          const previous = out.at(-1);
          if (!previous || start > previous[1] + 1) out.push([start, end]);
        }
        return out;
      });
    fc.assert(
      fc.property(fc.string({ minLength: 41, maxLength: 60 }), disjoint, (t, rs) => {
        const parts = highlightRanges(t, rs);
        for (let i = 1; i < parts.length; i++) expect(parts[i]?.highlight).not.toBe(parts[i - 1]?.highlight);
        expect(parts.filter((p) => p.highlight).length).toBe(rs.length);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('wordRanges', () => {
  test.each<[string, string, [number, number][]]>([
    ['County Lines grant', 'county', [[0, 5]]],
    ['County Lines grant', 'LINES grant', [[7, 11], [13, 17]]],
    ['lines and lines', 'lines', [[0, 4], [10, 14]]],
    ['a b c', 'a b', []],
    ['anything', '', []],
    // Porter reads a last "y" as "i", so the typo shares the name's stem.
    ['Orochi', 'orochy', [[0, 5]]],
    ['Orochi', 'orochu', []],
    ['Two grants and a grant', 'grants', [[4, 9], [17, 21]]],
    ['The authority and authorities', 'authority', [[4, 12], [18, 28]]],
    ['Exploited, not exploitation', 'exploitation', [[0, 8], [15, 26]]],
  ])('finds the words of %j in %j', (text, query, expected) => {
    expect(wordRanges(text, query).sort((a, b) => a[0] - b[0])).toEqual(expected);
  });

  test('gives ranges that highlightRanges turns back into the same text', () => {
    const text = 'MOPAC accepts £1.36m of Home Office grant for ANPR.';
    const parts = highlightRanges(text, wordRanges(text, 'home anpr'));
    expect(parts.map((p) => p.text).join('')).toBe(text);
    expect(parts.filter((p) => p.highlight).map((p) => p.text)).toEqual(['Home', 'ANPR']);
  });
});

describe('summaryRanges', () => {
  const summary = "MOPAC accepts £1.36m of Home Office grant, of a £1,360,000 bid; not £1.36bn or £136,000.";
  const marked = (query: string) => highlightRanges(summary, summaryRanges(summary, query)).filter((p) => p.highlight).map((p) => p.text);

  test.each([
    ['£1.36m', ['£1.36m', '£1,360,000']],
    ['1,360,000', ['£1.36m', '£1,360,000']],
    ['1.36 million', ['£1.36m', '£1,360,000']],
    ['£136k', ['£136,000']],
    ['£2m', []],
  ])('marks every way the summary writes the sum %j, whole, and no other sum', (query, expected) => {
    expect(marked(query)).toEqual(expected);
  });

  test('marks the words of a query that is not a sum', () => {
    expect(marked('home grant')).toEqual(['Home', 'grant']);
  });

  test('sumRanges finds nothing in a text without sums', () => {
    expect(sumRanges('No money here, 1.36 of it.', 136)).toEqual([]);
  });
});

describe('excerptOf', () => {
  const long = `${'Opening words of the decision. '.repeat(12)}The MPS Exploitation unit targets county lines. ${'Closing words of the decision. '.repeat(12)}`;
  const marked = (e: ReturnType<typeof excerptOf>) => (e ? highlightRanges(e.text, e.ranges).filter((p) => p.highlight).map((p) => p.text) : null);

  test('cuts a passage around the first matching word, at spaces, with ellipses where it was cut', () => {
    const e = excerptOf(long, [{ word: 'exploitation', prefix: false }], 60);
    expect(e?.text).toMatch(/^…\S.*Exploitation unit targets.*\S…$/);
    expect(e!.text.length).toBeLessThanOrEqual(2 + 60 * 2 + 'Exploitation'.length + 2);
    expect(marked(e)).toEqual(['Exploitation']);
  });

  test('marks every word of the query in the passage; a prefix term marks the words it starts', () => {
    const e = excerptOf(long, [{ word: 'county', prefix: false }, { word: 'exploit', prefix: true }], 60);
    expect(marked(e)).toEqual(['Exploitation', 'county']);
  });

  test('does not mark a word that merely contains the term', () => {
    expect(marked(excerptOf('Counts, county and viscounty.', [{ word: 'county', prefix: false }]))).toEqual(['county']);
  });

  test('keeps a short text whole, with no ellipses, whitespace collapsed', () => {
    expect(excerptOf('  A short\n\ntext on county lines ', [{ word: 'lines', prefix: false }])).toEqual({ text: 'A short text on county lines', ranges: [[23, 27]] });
  });

  test('finds the reference written without a space', () => {
    expect(marked(excerptOf('agreed in June 2021 [PCD990]. Then', [{ word: 'pcd', prefix: false }, { word: '990', prefix: true }]))).toEqual(['PCD990']);
  });

  test('cuts around the word as typed when the text holds it, though a form of it comes first', () => {
    const text = `Assets of criminal gangs. ${'Filler words here. '.repeat(20)}Seize what criminals own.`;
    const e = excerptOf(text, textTerms('criminals'), 30);
    expect(e?.text).toMatch(/criminals own/);
    expect(marked(e)).toEqual(['criminals']);
    // Without the word as typed, its singular is the passage.
    expect(marked(excerptOf('Assets of criminal gangs.', textTerms('criminals'), 30))).toEqual(['criminal']);
  });

  test('returns null when no word matches', () => {
    expect(excerptOf(long, [{ word: 'orochi', prefix: false }])).toBeNull();
  });
});
