import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { FUNDERS, PROGRAMME_IDS } from '../../../src/lib/core/programmes.ts';
import {
  EMPTY_STATE,
  SORTS,
  checkRanges,
  withoutFilter,
  effectiveSort,
  stateFromSearchParams,
  stateToSearchParams,
  type KnownValues,
  type SearchState,
} from '../../../src/lib/search/state.ts';
import { SUM_ROLES } from '../../../src/lib/core/sums.ts';

const KNOWN: KnownValues = { programmes: PROGRAMME_IDS, funders: FUNDERS };
const EMSOU = 'East Midlands Special Operations Unit (EMSOU)';

const fromQuery = (query: string) => stateFromSearchParams(new URLSearchParams(query), KNOWN);
const fromEntries = (entries: Record<string, string>) => stateFromSearchParams(new URLSearchParams(entries), KNOWN);
/** The state as a link and back, through the query string a reader would paste. */
const throughUrl = (state: SearchState) =>
  stateFromSearchParams(new URLSearchParams(stateToSearchParams(state).toString()), KNOWN);

describe('stateFromSearchParams', () => {
  test('reads an empty query string as the empty state with nothing ignored', () => {
    expect(fromQuery('')).toEqual({ state: EMPTY_STATE, ignored: [] });
  });

  test('reads every parameter when all are well formed', () => {
    expect(
      fromEntries({
        q: 'Orochi',
        year: '2021',
        fy: '2021/22',
        'fy-to': '2022/23',
        'signed-from': '2021-04-01',
        'signed-to': '2022-03-31',
        min: '£1m',
        max: '£2m',
        programme: 'operation-orochi',
        funder: 'Home Office',
        role: 'accepted',
        sort: 'largest',
      }),
    ).toEqual({
      state: {
        q: 'Orochi',
        year: 2021,
        fy: '2021/22',
        fyTo: '2022/23',
        signedFrom: '2021-04-01',
        signedTo: '2022-03-31',
        minPence: 100_000_000,
        maxPence: 200_000_000,
        programme: 'operation-orochi',
        funder: 'Home Office',
        role: 'accepted',
        sort: 'largest',
      },
      ignored: [],
    });
  });

  test.each([
    ['2021', 2021],
    [' 2021 ', 2021],
    ['1990', 1990],
    ['2100', 2100],
  ])('reads year=%j as %i', (year, expected) => {
    expect(fromEntries({ year })).toEqual({ state: { ...EMPTY_STATE, year: expected }, ignored: [] });
  });

  test.each([
    ['2021/22', '2021/22'],
    ['FY 21/22', '2021/22'],
    ['fy21/22', '2021/22'],
    ['2021-22', '2021/22'],
    ['2021/2022', '2021/22'],
    ['2023/4', '2023/24'],
    ['1999/00', '1999/00'],
  ])('reads fy=%j as the canonical %j', (fy, expected) => {
    expect(fromEntries({ fy })).toEqual({ state: { ...EMPTY_STATE, fy: expected }, ignored: [] });
  });

  test.each([
    ['£1m', 100_000_000],
    ['500k', 50_000_000],
    ['1,000,000', 100_000_000],
    ['250000', 25_000_000],
    ['1.36m', 136_000_000],
    ['0', 0],
  ])('reads %j in min and in max as %i pence', (amount, pence) => {
    expect(fromEntries({ min: amount })).toEqual({ state: { ...EMPTY_STATE, minPence: pence }, ignored: [] });
    expect(fromEntries({ max: amount })).toEqual({ state: { ...EMPTY_STATE, maxPence: pence }, ignored: [] });
  });

  test.each(PROGRAMME_IDS.map((id) => [id]))('reads the known programme %j', (programme) => {
    expect(fromEntries({ programme })).toEqual({ state: { ...EMPTY_STATE, programme }, ignored: [] });
  });

  test.each(FUNDERS.map((funder) => [funder]))('reads the known funder %j', (funder) => {
    expect(fromEntries({ funder })).toEqual({ state: { ...EMPTY_STATE, funder }, ignored: [] });
  });

  test.each(SUM_ROLES.map((role) => [role]))('reads the kind of sum %j', (role) => {
    expect(fromEntries({ role })).toEqual({ state: { ...EMPTY_STATE, role }, ignored: [] });
  });

  test.each(SORTS.map((sort) => [sort]))('reads the sort %j', (sort) => {
    expect(fromEntries({ sort })).toEqual({ state: { ...EMPTY_STATE, sort }, ignored: [] });
  });

  test.each([
    ['year', 'abc', 'Ignored year="abc": a year is four digits, such as 2021.'],
    ['year', '20211', 'Ignored year="20211": a year is four digits, such as 2021.'],
    ['year', '21', 'Ignored year="21": a year is four digits, such as 2021.'],
    ['year', '1989', 'Ignored year="1989": a year is four digits, such as 2021.'],
    ['year', '2101', 'Ignored year="2101": a year is four digits, such as 2021.'],
    ['year', '2021.0', 'Ignored year="2021.0": a year is four digits, such as 2021.'],
    ['fy', '2021/23', 'Ignored fy="2021/23": a financial year is written like 2021/22.'],
    ['fy', '2021', 'Ignored fy="2021": a financial year is written like 2021/22.'],
    ['fy', 'next year', 'Ignored fy="next year": a financial year is written like 2021/22.'],
    ['min', 'lots', 'Ignored min="lots": an amount is written like £1m, 500k or 1,000,000.'],
    ['min', '-5', 'Ignored min="-5": an amount is written like £1m, 500k or 1,000,000.'],
    ['max', '£1.2345', 'Ignored max="£1.2345": an amount is written like £1m, 500k or 1,000,000.'],
    ['max', '$2m', 'Ignored max="$2m": an amount is written like £1m, 500k or 1,000,000.'],
    ['programme', 'orochi', 'Ignored programme="orochi": no such programme.'],
    ['programme', 'Operation Orochi', 'Ignored programme="Operation Orochi": no such programme.'],
    ['funder', 'home office', 'Ignored funder="home office": no such funder.'],
    ['funder', 'EMSOU', 'Ignored funder="EMSOU": no such funder.'],
    ['role', 'granted', 'Ignored role="granted": no such kind of sum.'],
    ['sort', 'random', 'Ignored sort="random": sort by best, newest, oldest, largest or smallest.'],
    ['sort', 'Newest', 'Ignored sort="Newest": sort by best, newest, oldest, largest or smallest.'],
  ])('ignores %s=%j with one sentence', (key, value, sentence) => {
    expect(fromEntries({ [key]: value })).toEqual({ state: EMPTY_STATE, ignored: [sentence] });
  });

  test('keeps the well-formed parameters beside a malformed one', () => {
    expect(fromEntries({ q: 'Orochi', year: 'abc', programme: 'operation-orochi' })).toEqual({
      state: { ...EMPTY_STATE, q: 'Orochi', programme: 'operation-orochi' },
      ignored: ['Ignored year="abc": a year is four digits, such as 2021.'],
    });
  });

  test('writes one sentence for each malformed parameter, in the order of the parameters', () => {
    expect(fromEntries({ sort: 'random', year: '20211', fy: '2021/23', min: 'lots', role: 'granted' }).ignored).toEqual([
      'Ignored year="20211": a year is four digits, such as 2021.',
      'Ignored fy="2021/23": a financial year is written like 2021/22.',
      'Ignored min="lots": an amount is written like £1m, 500k or 1,000,000.',
      'Ignored role="granted": no such kind of sum.',
      'Ignored sort="random": sort by best, newest, oldest, largest or smallest.',
    ]);
  });

  test('drops both ends of an amount range whose minimum is above its maximum, with one note', () => {
    expect(fromEntries({ min: '£2m', max: '500k' })).toEqual({
      state: EMPTY_STATE,
      ignored: ['Ignored the amount range: its minimum is above its maximum.'],
    });
  });

  test('keeps an amount range whose minimum equals its maximum', () => {
    expect(fromEntries({ min: '£1m', max: '1,000,000' })).toEqual({
      state: { ...EMPTY_STATE, minPence: 100_000_000, maxPence: 100_000_000 },
      ignored: [],
    });
  });

  test('keeps a valid maximum when the minimum is malformed', () => {
    expect(fromEntries({ min: 'lots', max: '500k' })).toEqual({
      state: { ...EMPTY_STATE, maxPence: 50_000_000 },
      ignored: ['Ignored min="lots": an amount is written like £1m, 500k or 1,000,000.'],
    });
  });

  test('ignores empty and blank parameters without a note', () => {
    expect(fromQuery('q=&year=&fy=%20&min=&max=&programme=&funder=&role=&sort=')).toEqual({ state: EMPTY_STATE, ignored: [] });
  });

  test('caps the query at 200 characters', () => {
    const { state, ignored } = fromEntries({ q: 'a'.repeat(250) });
    expect(state.q).toBe('a'.repeat(200));
    expect(ignored).toEqual([]);
  });

  test('keeps a query of exactly 200 characters whole', () => {
    const q = 'Orochi '.repeat(28).slice(0, 200);
    expect(fromEntries({ q }).state.q).toBe(q);
  });

  test('reads the first of repeated parameters', () => {
    expect(fromQuery('year=2021&year=2020').state.year).toBe(2021);
  });

  test('never throws, and every value it keeps is valid, whatever the parameters say', () => {
    const keys = ['q', 'year', 'fy', 'min', 'max', 'programme', 'funder', 'role', 'sort'] as const;
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...keys), fc.string({ maxLength: 40 })), (entries) => {
        const { state, ignored } = fromEntries(entries);
        expect(state.q.length).toBeLessThanOrEqual(200);
        if (state.year !== null) expect(state.year >= 1990 && state.year <= 2100).toBe(true);
        if (state.fy !== null) expect(state.fy).toMatch(/^\d{4}\/\d{2}$/);
        if (state.minPence !== null) expect(Number.isSafeInteger(state.minPence) && state.minPence >= 0).toBe(true);
        if (state.maxPence !== null) expect(Number.isSafeInteger(state.maxPence) && state.maxPence >= 0).toBe(true);
        if (state.minPence !== null && state.maxPence !== null) expect(state.minPence).toBeLessThanOrEqual(state.maxPence);
        if (state.programme !== null) expect(KNOWN.programmes).toContain(state.programme);
        if (state.funder !== null) expect(KNOWN.funders).toContain(state.funder);
        if (state.role !== null) expect(SUM_ROLES).toContain(state.role);
        if (state.sort !== null) expect(SORTS).toContain(state.sort);
        expect(ignored.length).toBeLessThanOrEqual(Object.keys(entries).length);
        for (const sentence of ignored) expect(sentence).toMatch(/^Ignored [^\n]*\.$/);
      }),
      { numRuns: 500 },
    );
  });
});

describe('stateToSearchParams', () => {
  test('writes nothing for the empty state', () => {
    expect(stateToSearchParams(EMPTY_STATE).toString()).toBe('');
  });

  test('writes every set parameter in a fixed order', () => {
    const state: SearchState = {
      sort: 'largest',
      role: 'accepted',
      funder: EMSOU,
      programme: 'operation-orochi',
      maxPence: 200_000_000,
      minPence: 13_500_000,
      signedTo: '2022-03-31',
      signedFrom: '2020-04-01',
      fyTo: '2022/23',
      fy: '2021/22',
      year: 2021,
      q: 'Orochi & ANPR',
    };
    expect(stateToSearchParams(state).toString()).toBe(
      'q=Orochi+%26+ANPR&year=2021&fy=2021%2F22&fy-to=2022%2F23&signed-from=2020-04-01&signed-to=2022-03-31&min=135000&max=2m&programme=operation-orochi' +
        '&funder=East+Midlands+Special+Operations+Unit+%28EMSOU%29&role=accepted&sort=largest',
    );
  });

  test('trims the query and leaves out a blank one', () => {
    expect(stateToSearchParams({ ...EMPTY_STATE, q: '  Orochi  ' }).toString()).toBe('q=Orochi');
    expect(stateToSearchParams({ ...EMPTY_STATE, q: '   ' }).toString()).toBe('');
  });

  test.each([
    [0, '0'],
    [5, '0.05'],
    [1_050, '10.50'],
    [13_500_000, '135000'],
    [50_000_000, '500000'],
    [99_999_999, '999999.99'],
    [100_000_000, '1m'],
    [136_000_000, '1.36m'],
    [170_100_000, '1.701m'],
    [100_000_050, '1000000.50'],
    [80_000_000_000, '800m'],
    [1_000_000_000_000, '10000m'],
  ])('writes %i pence as %j in min and max, without pound signs or commas', (pence, written) => {
    const params = stateToSearchParams({ ...EMPTY_STATE, minPence: pence, maxPence: pence });
    expect(params.get('min')).toBe(written);
    expect(params.get('max')).toBe(written);
  });

  test('writes a year as its four digits, and no sort unless one is chosen', () => {
    expect(stateToSearchParams({ ...EMPTY_STATE, year: 2018 }).toString()).toBe('year=2018');
    expect(stateToSearchParams({ ...EMPTY_STATE, sort: null, q: 'x' }).has('sort')).toBe(false);
  });
});

describe('stateFromSearchParams after stateToSearchParams', () => {
  const states: [string, SearchState][] = [
    ['the empty state', EMPTY_STATE],
    ['a query only', { ...EMPTY_STATE, q: 'Operation Orochi' }],
    ['a query with URL-special characters', { ...EMPTY_STATE, q: 'county lines & ANPR + 50% = £1.36m?#/' }],
    ['a query of 200 characters', { ...EMPTY_STATE, q: 'x'.repeat(200) }],
    ['a reference query', { ...EMPTY_STATE, q: 'PCD 1092' }],
    ['a year', { ...EMPTY_STATE, year: 2021 }],
    ['a financial year', { ...EMPTY_STATE, fy: '2020/21' }],
    ['a minimum of £1m', { ...EMPTY_STATE, minPence: 100_000_000 }],
    ['a maximum of £135,000', { ...EMPTY_STATE, maxPence: 13_500_000 }],
    ['a range with pence', { ...EMPTY_STATE, minPence: 1_050, maxPence: 100_000_050 }],
    ['a range of odd millions', { ...EMPTY_STATE, minPence: 123_456_700, maxPence: 170_100_000 }],
    ['a range of one sum', { ...EMPTY_STATE, minPence: 136_000_000, maxPence: 136_000_000 }],
    ['a zero minimum', { ...EMPTY_STATE, minPence: 0 }],
    ['a programme', { ...EMPTY_STATE, programme: 'organised-crime-grant' }],
    ['a funder with brackets', { ...EMPTY_STATE, funder: EMSOU }],
    ['a kind of sum', { ...EMPTY_STATE, role: 'other-decision-grant' }],
    ['a sort', { ...EMPTY_STATE, sort: 'oldest' }],
    [
      'every parameter',
      {
        q: 'Orochy',
        year: 2020,
        fy: '2020/21',
        fyTo: '2022/23',
        signedFrom: '2020-04-01',
        signedTo: '2020-04-01',
        minPence: 13_500_000,
        maxPence: 80_000_000_000,
        programme: 'county-lines',
        funder: 'Home Office',
        role: 'context',
        sort: 'smallest',
      },
    ],
  ];

  test.each(states)('gives back %s unchanged, with nothing ignored', (_name, state) => {
    expect(throughUrl(state)).toEqual({ state, ignored: [] });
  });

  test('gives back any whole-pence amount up to £100bn unchanged', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000_000_000 }), (pence) => {
        expect(throughUrl({ ...EMPTY_STATE, minPence: pence }).state.minPence).toBe(pence);
        expect(throughUrl({ ...EMPTY_STATE, maxPence: pence }).state.maxPence).toBe(pence);
      }),
      { numRuns: 1000 },
    );
  });

  // parseAmountFilter accepts every safe whole number of pence, so the URL must write each one back.
  test('gives back the largest amount a filter box accepts unchanged, to the penny', () => {
    const pence = Number.MAX_SAFE_INTEGER;
    expect(throughUrl({ ...EMPTY_STATE, minPence: pence }).state.minPence).toBe(pence);
  });

  test('gives back any state built from valid values unchanged', () => {
    const financialYear = fc.integer({ min: 1990, max: 2098 }).map((y) => `${y}/${String((y + 1) % 100).padStart(2, '0')}`);
    const day = fc.date({ min: new Date('1990-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    const amount = fc.option(fc.integer({ min: 0, max: 10_000_000_000_000 }), { nil: null });
    const arbitraryState = fc
      .record({
        q: fc.string({ maxLength: 200 }).map((q) => q.trim()),
        year: fc.option(fc.integer({ min: 1990, max: 2100 }), { nil: null }),
        fy: fc.option(financialYear, { nil: null }),
        fyTo: fc.option(financialYear, { nil: null }),
        signedFrom: fc.option(day, { nil: null }),
        signedTo: fc.option(day, { nil: null }),
        minPence: amount,
        maxPence: amount,
        programme: fc.option(fc.constantFrom(...PROGRAMME_IDS), { nil: null }),
        funder: fc.option(fc.constantFrom(...FUNDERS), { nil: null }),
        role: fc.option(fc.constantFrom(...SUM_ROLES), { nil: null }),
        sort: fc.option(fc.constantFrom(...SORTS), { nil: null }),
      })
      .filter((s) => s.minPence === null || s.maxPence === null || s.minPence <= s.maxPence)
      .filter((s) => !s.fy || !s.fyTo || s.fy < s.fyTo)
      .filter((s) => !s.signedFrom || !s.signedTo || s.signedFrom <= s.signedTo);
    fc.assert(
      fc.property(arbitraryState, (state: SearchState) => {
        expect(throughUrl(state)).toEqual({ state, ignored: [] });
      }),
      { numRuns: 500 },
    );
  });
});

describe('spans of financial years and of signing dates in the address', () => {
  test.each<[string, Partial<SearchState>]>([
    ['fy=2019%2F20&fy-to=2021%2F22', { fy: '2019/20', fyTo: '2021/22' }],
    ['fy-to=FY+21%2F22', { fyTo: '2021/22' }],
    ['fy=2021%2F22&fy-to=2021%2F22', { fy: '2021/22' }],
    ['signed-from=2021-04-01', { signedFrom: '2021-04-01' }],
    ['signed-to=2022-03-31', { signedTo: '2022-03-31' }],
    ['signed-from=2021-04-01&signed-to=2021-04-01', { signedFrom: '2021-04-01', signedTo: '2021-04-01' }],
  ])('reads %s', (query, expected) => {
    expect(fromQuery(query)).toEqual({ state: { ...EMPTY_STATE, ...expected }, ignored: [] });
  });

  test.each<[string, Partial<SearchState>, RegExp]>([
    ['fy=2021%2F22&fy-to=2019%2F20', { fy: '2021/22' }, /^Ignored the span of financial years: it ends before it starts\.$/],
    ['fy-to=2021', {}, /^Ignored fy-to="2021": a financial year/],
    ['signed-from=2022-01-01&signed-to=2021-12-31', {}, /^Ignored the signing dates: the first is after the last\.$/],
    ['signed-from=01%2F04%2F2021', {}, /^Ignored signed-from="01\/04\/2021": a day is written like 2021-04-01\.$/],
    ['signed-to=2021-02-30', {}, /^Ignored signed-to="2021-02-30"/],
    ['signed-to=2021-02', {}, /^Ignored signed-to="2021-02"/],
  ])('drops %s, saying why', (query, expected, why) => {
    const { state, ignored } = fromQuery(query);
    expect(state).toEqual({ ...EMPTY_STATE, ...expected });
    expect(ignored).toHaveLength(1);
    expect(ignored[0]).toMatch(why);
  });
});

describe('checkRanges', () => {
  test('leaves spans in order alone and says nothing', () => {
    const state = { ...EMPTY_STATE, fy: '2019/20', fyTo: '2020/21', signedFrom: '2020-01-01', signedTo: '2020-01-01' };
    expect(checkRanges(state)).toEqual([]);
    expect(state).toMatchObject({ fy: '2019/20', fyTo: '2020/21', signedFrom: '2020-01-01', signedTo: '2020-01-01' });
  });

  test('reads an end year equal to the start year as the start year alone, without a note', () => {
    const state = { ...EMPTY_STATE, fy: '2020/21', fyTo: '2020/21' };
    expect(checkRanges(state)).toEqual([]);
    expect(state.fyTo).toBeNull();
  });

  test('keeps the start year of a span that ends before it starts, and drops its end', () => {
    const state = { ...EMPTY_STATE, fy: '2020/21', fyTo: '1999/00' };
    expect(checkRanges(state)).toHaveLength(1);
    expect(state).toMatchObject({ fy: '2020/21', fyTo: null });
  });

  test('drops both signing dates when the first is after the last', () => {
    const state = { ...EMPTY_STATE, signedFrom: '2020-01-02', signedTo: '2020-01-01' };
    expect(checkRanges(state)).toHaveLength(1);
    expect(state).toMatchObject({ signedFrom: null, signedTo: null });
  });
});

describe('withoutFilter', () => {
  const full: SearchState = { ...EMPTY_STATE, year: 2021, fy: '2019/20', fyTo: '2021/22', signedFrom: '2020-01-01', signedTo: '2021-01-01' };

  test.each<[keyof SearchState, Partial<SearchState>]>([
    ['year', { year: null }],
    ['fy', { fy: null }],
    ['fyTo', { fy: null, fyTo: null }],
    ['signedFrom', { signedFrom: null, signedTo: null }],
    ['signedTo', { signedFrom: null, signedTo: null }],
  ])('removing %s clears %o and nothing else', (field, cleared) => {
    expect(withoutFilter(full, field)).toEqual({ ...full, ...cleared });
  });

  test('leaves the state it was given alone', () => {
    withoutFilter(full, 'fyTo');
    expect(full.fyTo).toBe('2021/22');
  });
});

describe('effectiveSort', () => {
  test.each<[string, SearchState, string]>([
    ['best with a query', { ...EMPTY_STATE, q: 'Orochi' }, 'best'],
    ['newest without a query', EMPTY_STATE, 'newest'],
    ['newest when the query is blank', { ...EMPTY_STATE, q: '   ' }, 'newest'],
    ['newest with filters but no query', { ...EMPTY_STATE, year: 2021, role: 'accepted' }, 'newest'],
    ['the chosen sort over best when there is a query', { ...EMPTY_STATE, q: 'Orochi', sort: 'oldest' }, 'oldest'],
    ['the chosen sort over newest when there is no query', { ...EMPTY_STATE, sort: 'largest' }, 'largest'],
    ['best when chosen without a query', { ...EMPTY_STATE, sort: 'best' }, 'best'],
    ['newest when chosen with a query', { ...EMPTY_STATE, q: 'PCD 1092', sort: 'newest' }, 'newest'],
  ])('is %s', (_name, state, sort) => {
    expect(effectiveSort(state)).toBe(sort);
  });
});
