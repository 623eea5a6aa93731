import { describe, expect, test } from 'vitest';
import { sortNewestFirst } from '../../../src/lib/core/decisions.ts';
import {
  FUSE_OPTIONS,
  FUZZY_FROM,
  RANK,
  createWordIndex,
  highlights,
  matchNames,
  matchQuery,
  runSearch,
  sortResults,
  type SearchResult,
  type TextHit,
} from '../../../src/lib/search/engine.ts';
import { searchRecords } from '../../../src/lib/search/records.ts';
import { EMPTY_STATE, type SearchState } from '../../../src/lib/search/state.ts';
import { fullTextDecisions, realDecisions } from '../../helpers/content.ts';
import { decision, signedOn } from '../../helpers/make-decision.ts';

const records = searchRecords(fullTextDecisions());
const fuse = createWordIndex(records);

const OCS = 'ocs-grant-2023-2027';
const EMSOU = 'East Midlands Special Operations Unit (EMSOU)';

const ids = (results: readonly SearchResult[]) => results.map((r) => r.record.id);
const search = (state: Partial<SearchState>, textHits: readonly TextHit[] = []) =>
  ids(runSearch(records, fuse, { ...EMPTY_STATE, ...state }, textHits).results);

describe('createWordIndex', () => {
  const recordMatches = (query: string) => matchQuery(records, fuse, query).filter((r) => highlights(r).length > 0);

  test('indexes the words of references and titles (programme names are matched apart)', () => {
    expect(ids(recordMatches('Orochi'))).toEqual(['pcd-785']);
    expect(ids(recordMatches('ANPR'))).toEqual(['pcd-1092']);
    expect(fuse.words).toContain('orochi');
    expect(fuse.words).not.toContain('1092');
    expect(fuse.numbers).toEqual(expect.arrayContaining(['1092', '785', '911', '386', '2023', '2027']));
  });

  test('keeps what it indexed when the array it was given changes later', () => {
    const list = [...records];
    const own = createWordIndex(list);
    list.length = 0;
    expect(ids(matchQuery(records, own, 'Orochi').filter((r) => highlights(r).length > 0))).toEqual(['pcd-785']);
  });

  test('matches words fuzzily with fuse.js, which reports a score', () => {
    expect(FUSE_OPTIONS).toMatchObject({ includeScore: true, ignoreLocation: true });
    expect(fuse.fuse.search('orochy').map((hit) => hit.item)).toEqual(['orochi']);
  });

  test.each([
    ['Orochi', 'pcd-785', 'title', 'Orochi'],
    ['orochy', 'pcd-785', 'title', 'Orochi'],
    ['ANPR', 'pcd-1092', 'title', 'ANPR'],
    ['County Lines Orochi', 'pcd-785', 'title', 'County Lines|Orochi'],
  ])('reports where %j matched in the title, word by word, for highlighting', (query, id, key, expected) => {
    const result = matchQuery(records, fuse, query).find((r) => r.record.id === id);
    const match = result ? highlights(result).find((m) => m.key === key) : undefined;
    const text = result?.record.title ?? '';
    const words = (match?.indices ?? []).map(([s, e]) => text.slice(s, e + 1));
    // Adjacent words are separate ranges; the page's highlighter merges those that touch.
    expect(words.join(' ').replace(/ (?=Lines)/, ' ')).toBe(expected.replace('|', ' '));
  });

  test('needs every word of the query in the reference or title', () => {
    expect(ids(recordMatches('County Lines Orochi'))).toEqual(['pcd-785']);
    expect(ids(recordMatches('Orochi Bedfordshire'))).toEqual([]);
  });

  test('matches a number among words by its start, never fuzzily: "ANPR 2021" finds PCD 1092, "ANPR 2020" nothing', () => {
    // A bare number is a reference (see matchQuery); with words, it is a word of the title.
    expect(ids(recordMatches('ANPR 2021'))).toEqual(['pcd-1092']);
    expect(ids(recordMatches('agreement 202'))).toEqual([OCS]);
    expect(ids(recordMatches('ANPR 2020'))).toEqual([]);
    expect(ids(recordMatches('agreement 2028'))).toEqual([]);
  });
});

describe('matchQuery', () => {
  test('matches every record in record order when the query is empty', () => {
    const results = matchQuery(records, fuse, '');
    expect(ids(results)).toEqual([OCS, 'pcd-1092', 'pcd-386', 'pcd-785', 'pcd-911']);
    expect(results.every((r) => r.score === 1 && r.reasons.length === 0 && r.words === null)).toBe(true);
  });

  test('matches every record when the query is only spaces', () => {
    expect(ids(matchQuery(records, fuse, '   '))).toEqual([OCS, 'pcd-1092', 'pcd-386', 'pcd-785', 'pcd-911']);
  });

  test('finds Operation Orochi for the typo "Orochy": PCD 785, then PCD 1092', () => {
    const results = matchQuery(records, fuse, 'Orochy');
    expect(ids(results)).toEqual(['pcd-785', 'pcd-1092']);
    expect(results.map((r) => r.reasons)).toEqual([['record'], ['record']]);
    // PCD 785 by its title (highlighted); PCD 1092 by its programme's name, which has no title match.
    expect(results.map((r) => highlights(r).length > 0)).toEqual([true, false]);
  });

  test('matches each programme and funder name once, fuzzily, however many records carry it', () => {
    expect([...matchNames(records, 'Orochy').keys()]).toEqual(['Operation Orochi']);
    expect(matchNames(records, 'Orochy').get('Operation Orochi')?.exact).toBe(false);
    expect(matchNames(records, 'orochi').get('Operation Orochi')).toEqual({ score: expect.any(Number), exact: true });
    // Word by word, as for titles: punctuation between the words does not make a name fuzzy.
    expect(matchNames(records, 'Home-Office').get('Home Office')?.exact).toBe(true);
    expect(matchNames(records, 'Home Ofice').get('Home Office')?.exact).toBe(false);
    expect([...matchNames(records, 'home ofice').keys()]).toEqual(['Home Office']);
    expect(matchNames(records, 'zzzz').size).toBe(0);
  });

  test.each(['PCD 1092', 'PCD1092', 'pcd-1092', '1092', 'pcd 1092', '  PCD  1092 '])(
    'puts pcd-1092 first, as an exact reference, for %j',
    (query) => {
      const [first] = matchQuery(records, fuse, query);
      expect(first?.record.id).toBe('pcd-1092');
      expect(first?.score).toBe(0);
      expect(first?.reasons[0]).toBe('reference');
      expect(search({ q: query })).toEqual(['pcd-1092']);
    },
  );

  test.each([
    ['PCD 785', 'pcd-785'],
    ['911', 'pcd-911'],
    ['pcd-386', 'pcd-386'],
  ])('puts the named decision first for the reference %j', (query, id) => {
    expect(search({ q: query })[0]).toBe(id);
  });

  // A bare number too long for a reference is not read as a sum either, so it falls through to fuzzy
  // matching, which finds a decision stating a different figure (pcd-911's £135,000).
  test('does not answer the bare figure "1360000" with a decision that states a different figure', () => {
    expect(ids(matchQuery(records, fuse, '1360000'))).not.toContain('pcd-911');
  });

  test('finds nothing for the bare number of a decision that is not on the site', () => {
    expect(ids(matchQuery(records, fuse, '990'))).toEqual([]);
  });

  describe('with the register and citation records as well', () => {
    const all = searchRecords(realDecisions());
    const allIndex = createWordIndex(all);
    const evidenceOf = (id: string) => all.find((r) => r.id === id)?.evidence;

    test.each([
      ['PCD 990', 'pcd-990'],
      ['PCD990', 'pcd-990'],
      ['pcd-990', 'pcd-990'],
      ['990', 'pcd-990'],
      ['PCD 726', 'pcd-726'],
      ['726', 'pcd-726'],
    ])('puts the decision first for %j, though the site holds only its register entry or a citation', (query, id) => {
      expect(evidenceOf(id)).not.toBe('full-text');
      expect(ids(runSearch(all, allIndex, { ...EMPTY_STATE, q: query }).results)[0]).toBe(id);
    });
  });

  test.each(['£1.36m', '1.36 million', '1,360,000', '£1,360,000', '1.36m', '£1.360m'])(
    'finds exactly pcd-1092 for the sum %j, with no fuzzy neighbours',
    (query) => {
      expect(matchQuery(records, fuse, query)).toEqual([
        { record: records.find((r) => r.id === 'pcd-1092'), score: 0.01, reasons: ['amount'], words: null },
      ]);
    },
  );

  test.each([
    ['£135k', ['pcd-911']],
    ['135,000', ['pcd-911']],
    ['£6.6m', ['pcd-1092']],
    ['£3.6 m', ['pcd-386']],
    ['£0.5m', [OCS]],
    ['£2m', [OCS]],
    ['£800m', ['pcd-1092', 'pcd-785']],
    ['£999m', []],
    ['£1.37m', []],
  ])('finds exactly %j among the stated sums: %j', (query, expected) => {
    expect(search({ q: query })).toEqual(expected);
  });

  test('answers "£6.6m" with pcd-1092, which states PCD 990\'s grant', () => {
    const [result] = matchQuery(records, fuse, '£6.6m');
    expect(result?.record.sums.find((s) => s.pence === 660_000_000)?.role).toBe('other-decision-grant');
  });

  test('counts context sums as stated sums for a sum query: "£800m" finds both decisions that state it', () => {
    const results = matchQuery(records, fuse, '£800m');
    expect(ids(results)).toEqual(['pcd-1092', 'pcd-785']);
    expect(results.map((r) => r.reasons)).toEqual([['amount'], ['amount']]);
  });

  test('merges full-text hits after record matches, in the engine\'s rank order, ignoring unknown ids', () => {
    const hits: TextHit[] = [
      { id: 'pcd-386', rank: 5 },
      { id: 'no-such-decision', rank: 0 },
      { id: 'pcd-911', rank: 1 },
      { id: 'pcd-785', rank: 2 },
    ];
    const results = matchQuery(records, fuse, 'Orochi', hits);
    expect(ids(results)).toEqual(['pcd-785', 'pcd-1092', 'pcd-386', 'pcd-911']);
    expect(search({ q: 'Orochi' }, hits)).toEqual(['pcd-785', 'pcd-1092', 'pcd-911', 'pcd-386']);
  });

  test('keeps a record match\'s score when the same decision is also a full-text hit, and notes both reasons', () => {
    const alone = matchQuery(records, fuse, 'Orochi').find((r) => r.record.id === 'pcd-785');
    const both = matchQuery(records, fuse, 'Orochi', [{ id: 'pcd-785', rank: 0 }]).find((r) => r.record.id === 'pcd-785');
    expect(both?.score).toBe(alone?.score);
    expect(both?.reasons).toEqual(['record', 'text']);
    expect(highlights(both!)).toEqual(highlights(alone!));
  });

  test('ranks full-text hits after every decision that names the words as typed, however good their rank', () => {
    const results = matchQuery(records, fuse, 'Orochi', [{ id: 'pcd-911', rank: 0 }]);
    const textOnly = results.find((r) => r.record.id === 'pcd-911');
    const records_ = results.filter((r) => r.reasons.includes('record'));
    expect(records_.length).toBeGreaterThan(0);
    expect(textOnly?.reasons).toEqual(['text']);
    expect(textOnly?.score).toBe(RANK.text);
    expect(textOnly?.score).toBeGreaterThan(Math.max(...records_.map((r) => r.score)));
  });

  test('keeps the full-text engine\'s order however many hits there are', () => {
    // 1,500 hits of decisions not on the site, then the five, oldest first: past any cap on the rank.
    const unknown = Array.from({ length: 1500 }, (_, rank) => ({ id: `gone-${rank}`, rank }));
    const oldestFirst = sortResults(matchQuery(records, fuse, ''), { ...EMPTY_STATE, sort: 'oldest' }).map((r) => r.record.id);
    const known = oldestFirst.map((id, i) => ({ id, rank: 1500 + i }));
    const results = sortResults(matchQuery(records, fuse, 'zzqx', [...unknown, ...known]), { ...EMPTY_STATE, q: 'zzqx' });
    expect(ids(results)).toEqual(oldestFirst);
    expect(results.every((r) => r.score > RANK.text && r.score < RANK.text + 0.25)).toBe(true);
  });

  test('ranks full-text hits before decisions that only name a fuzzy neighbour of the words', () => {
    // "Orochy" is in no title; "Orochi" is near it. A text that holds "orochy" itself answers better.
    const alone = matchQuery(records, fuse, 'Orochy');
    expect(ids(alone)).toEqual(expect.arrayContaining(['pcd-785', 'pcd-1092']));
    expect(alone.every((r) => r.score >= RANK.fuzzyRecord)).toBe(true);
    const results = sortResults(matchQuery(records, fuse, 'Orochy', [{ id: 'pcd-911', rank: 0 }]), { ...EMPTY_STATE, q: 'Orochy' });
    expect(ids(results)[0]).toBe('pcd-911');
    // A fuzzy neighbour that is also a full-text hit ranks as the text hit.
    const both = matchQuery(records, fuse, 'Orochy', [{ id: 'pcd-785', rank: 3 }]).find((r) => r.record.id === 'pcd-785');
    expect(both?.score).toBeCloseTo(RANK.text + (0.25 * 3) / (3 + 1), 10);
    expect(both?.reasons).toEqual(['record', 'text']);
  });

  test.each<[string, string, boolean]>([
    ['a whole title word', 'Orochi', true],
    ['part of a title word, from four letters', 'roch', true],
    ['a few letters inside a word', 'ANP', true],
    ['a word and the start of a number in a title', 'grant 202', true],
    ['a typo of a title word', 'Orochy', false],
    ['one exact word and one typo', 'Operation Orochy', false],
  ])('calls %s (%j) exact or fuzzy', (_name, query, exact) => {
    const records_ = matchQuery(records, fuse, query).filter((r) => r.reasons.includes('record') && r.words !== null);
    expect(records_.length).toBeGreaterThan(0);
    for (const r of records_) expect(r.score < RANK.text).toBe(exact);
  });

  test('returns only full-text hits when no record matches the words', () => {
    const results = matchQuery(records, fuse, 'qqqqxxxx', [
      { id: 'pcd-911', rank: 3 },
      { id: 'pcd-386', rank: 0 },
      { id: 'gone', rank: 1 },
    ]);
    expect(ids(results)).toEqual(['pcd-911', 'pcd-386']);
    expect(results[0]?.score).toBeCloseTo(0.7 + (0.25 * 3) / (3 + 3), 10);
    expect(results[1]?.score).toBeCloseTo(0.7, 10);
  });

  test('does not return a decision twice when it is hit twice', () => {
    const results = matchQuery(records, fuse, 'qqqqxxxx', [
      { id: 'pcd-911', rank: 3 },
      { id: 'pcd-911', rank: 0 },
    ]);
    expect(results).toHaveLength(1);
    expect(results[0]?.score).toBe(0.7);
    expect(results[0]?.reasons).toEqual(['text']);
  });
});

describe('sortResults', () => {
  const everything = matchQuery(records, fuse, '');
  const sorted = (state: Partial<SearchState>, results: SearchResult[] = everything) =>
    ids(sortResults(results, { ...EMPTY_STATE, ...state }));

  test('orders by placing date, newest first, when there is no query and no sort', () => {
    expect(sorted({})).toEqual([OCS, 'pcd-1092', 'pcd-911', 'pcd-785', 'pcd-386']);
  });

  test('orders newest first when asked', () => {
    expect(sorted({ sort: 'newest', q: 'anything' })).toEqual([OCS, 'pcd-1092', 'pcd-911', 'pcd-785', 'pcd-386']);
  });

  test('orders oldest first as the reverse of newest', () => {
    expect(sorted({ sort: 'oldest' })).toEqual(['pcd-386', 'pcd-785', 'pcd-911', 'pcd-1092', OCS]);
  });

  test('orders by headline sum, largest first', () => {
    expect(sorted({ sort: 'largest' })).toEqual(['pcd-785', 'pcd-386', OCS, 'pcd-1092', 'pcd-911']);
  });

  test('orders by headline sum, smallest first', () => {
    expect(sorted({ sort: 'smallest' })).toEqual(['pcd-911', 'pcd-1092', OCS, 'pcd-386', 'pcd-785']);
  });

  test('orders by score when there is a query, breaking ties newest first', () => {
    const results = matchQuery(records, fuse, '£800m');
    expect(sorted({ q: '£800m' }, [...results].reverse())).toEqual(['pcd-1092', 'pcd-785']);
  });

  test('orders by score when best is chosen, even without a query', () => {
    const scored = everything.map((r, i) => ({ ...r, score: [0.5, 0.2, 0.9, 0.1, 0.3][i] ?? 1 }));
    expect(sorted({ sort: 'best' }, scored)).toEqual(['pcd-785', 'pcd-1092', 'pcd-911', OCS, 'pcd-386']);
  });

  test('does not change the array it is given', () => {
    const input = [...everything];
    sortResults(input, { ...EMPTY_STATE, sort: 'largest' });
    expect(ids(input)).toEqual(ids(everything));
  });

  describe('with decisions signed on the same day', () => {
    const day = signedOn('2021-05-05', '05/05/2021');
    const sameDay = [
      decision('pcd-45', { reference: 'PCD 45', ...day }),
      decision('pcd-1092', { reference: 'PCD 1092', ...day }),
      decision('pcd-50', { reference: 'PCD 50', ...day }),
      decision('pcd-911', { reference: 'PCD 911', ...day }),
    ];
    const sameDayRecords = searchRecords(sameDay);
    const sameDayResults = matchQuery(sameDayRecords, createWordIndex(sameDayRecords), '');

    test('orders newest exactly as the decision listings do: the higher reference number first', () => {
      expect(ids(sortResults(sameDayResults, { ...EMPTY_STATE, sort: 'newest' }))).toEqual(
        sortNewestFirst(sameDay).map((d) => d.id),
      );
    });

    test('orders oldest as the exact reverse of the listings\' newest order, ties included', () => {
      expect(ids(sortResults(sameDayResults, { ...EMPTY_STATE, sort: 'oldest' }))).toEqual(
        sortNewestFirst(sameDay)
          .map((d) => d.id)
          .reverse(),
      );
    });
  });
});

describe('runSearch', () => {
  test('lists every decision newest first with no query and no filter', () => {
    expect(search({})).toEqual([OCS, 'pcd-1092', 'pcd-911', 'pcd-785', 'pcd-386']);
  });

  test.each<[string, Partial<SearchState>, string[]]>([
    ['year 2021', { year: 2021 }, ['pcd-1092', 'pcd-911']],
    ['financial year 2020/21', { fy: '2020/21' }, ['pcd-911', 'pcd-785']],
    ['programme operation-orochi', { programme: 'operation-orochi' }, ['pcd-1092', 'pcd-785']],
    ['funder EMSOU', { funder: EMSOU }, [OCS]],
    ['kind of sum bid', { role: 'bid' }, ['pcd-386']],
    ['minimum £1m with no kind of sum', { minPence: 100_000_000 }, [OCS, 'pcd-1092', 'pcd-785', 'pcd-386']],
    ['minimum £1m of accepted money', { minPence: 100_000_000, role: 'accepted' }, [OCS, 'pcd-1092', 'pcd-785']],
    ['maximum £200,000 of accepted money', { maxPence: 20_000_000, role: 'accepted' }, ['pcd-911']],
    ['"Orochy" in 2021', { q: 'Orochy', year: 2021 }, ['pcd-1092']],
    ['"£800m" in 2020/21', { q: '£800m', fy: '2020/21' }, ['pcd-785']],
    ['"PCD 1092" in 2020', { q: 'PCD 1092', year: 2020 }, []],
    ['"Orochy", oldest first', { q: 'Orochy', sort: 'oldest' }, ['pcd-785', 'pcd-1092']],
    ['"Orochy", newest first', { q: 'Orochy', sort: 'newest' }, ['pcd-1092', 'pcd-785']],
    ['accepted money, largest first', { role: 'accepted', sort: 'largest' }, ['pcd-785', OCS, 'pcd-1092', 'pcd-911']],
  ])('finds, filters and sorts for %s', (_name, state, expected) => {
    expect(search(state)).toEqual(expected);
  });

  test('puts full-text hits after record matches and drops hits that the filters exclude', () => {
    const hits: TextHit[] = [
      { id: 'pcd-386', rank: 0 },
      { id: 'pcd-911', rank: 1 },
    ];
    expect(search({ q: 'Orochi' }, hits)).toEqual(['pcd-785', 'pcd-1092', 'pcd-386', 'pcd-911']);
    expect(search({ q: 'Orochi', year: 2021 }, hits)).toEqual(['pcd-1092', 'pcd-911']);
  });

  test('counts nothing when no filter options are given', () => {
    expect(runSearch(records, fuse, { ...EMPTY_STATE, q: 'Orochy' }).counts).toEqual({});
  });

  test('counts only the filters whose options are given', () => {
    const { counts } = runSearch(records, fuse, EMPTY_STATE, [], { year: [2021], role: ['bid'] });
    expect(Object.keys(counts).sort()).toEqual(['role', 'year']);
  });

  test('gives each option the number of results it would list with that option chosen, full-text hits included', () => {
    const state: SearchState = { ...EMPTY_STATE, q: 'Orochi', programme: 'county-lines' };
    const hits: TextHit[] = [{ id: 'pcd-386', rank: 0 }];
    const options = {
      year: [2018, 2020, 2021, 2023],
      fy: ['2018/19', '2020/21', '2021/22'],
      programme: ['operation-orochi', 'county-lines', 'nclcc'],
      funder: ['Home Office', EMSOU],
      role: ['accepted', 'bid', 'context'],
    };
    const { counts } = runSearch(records, fuse, state, hits, options);
    for (const [filter, values] of Object.entries(options) as [keyof typeof options, (string | number)[]][]) {
      for (const value of values) {
        expect(counts[filter]?.get(value as never), `${filter} ${value}`).toBe(search({ ...state, [filter]: value }, hits).length);
      }
    }
    expect(counts.year).toEqual(new Map([[2018, 1], [2020, 1], [2021, 1], [2023, 0]]));
  });
});

describe('short queries', () => {
  test.each(['an', 'ANP', 'Or'])('match %j exactly, as a substring of titles and programme names, not fuzzily', (query) => {
    const found = ids(matchQuery(records, fuse, query));
    const expected = records
      .filter((r) => [r.title, ...r.programmeNames, ...r.funders].some((text) => text.toLowerCase().includes(query.toLowerCase())))
      .map((r) => r.id);
    expect(found.sort()).toEqual(expected.sort());
  });

  test('highlight the letters they matched in the title', () => {
    const [first] = matchQuery(records, fuse, 'ANP');
    expect(first?.record.id).toBe('pcd-1092');
    const range = highlights(first!)[0]?.indices[0] as [number, number];
    expect(first?.record.title.slice(range[0], range[1] + 1)).toBe('ANP');
  });

  test(`switch to fuzzy matching at ${FUZZY_FROM} letters, so a typo still finds its decision`, () => {
    expect(ids(matchQuery(records, fuse, 'Orochy'))).toContain('pcd-785');
    expect(ids(matchQuery(records, fuse, 'Oro'))).toEqual(expect.arrayContaining(['pcd-785', 'pcd-1092']));
  });
});
