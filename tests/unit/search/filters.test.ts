import { describe, expect, test } from 'vitest';
import { createWordIndex, matchQuery, runSearch } from '../../../src/lib/search/engine.ts';
import { filterPredicate, optionCounts } from '../../../src/lib/search/filters.ts';
import { searchRecords, type SearchRecord } from '../../../src/lib/search/records.ts';
import { EMPTY_STATE, type SearchState } from '../../../src/lib/search/state.ts';
import { SUM_ROLES } from '../../../src/lib/core/sums.ts';
import { fullTextDecisions } from '../../helpers/content.ts';
import { decision, signedOn } from '../../helpers/make-decision.ts';

const records = searchRecords(fullTextDecisions());
const fuse = createWordIndex(records);

const OCS = 'ocs-grant-2023-2027';
const EMSOU = 'East Midlands Special Operations Unit (EMSOU)';

const search = (state: Partial<SearchState>) => runSearch(records, fuse, { ...EMPTY_STATE, ...state }).results.map((r) => r.record.id);
const kept = (state: Partial<SearchState>, except?: keyof SearchState) =>
  records.filter(filterPredicate({ ...EMPTY_STATE, ...state }, except)).map((r) => r.id);

describe('filterPredicate', () => {
  test('keeps every record when no filter is set', () => {
    expect(kept({})).toEqual([OCS, 'pcd-1092', 'pcd-386', 'pcd-785', 'pcd-911']);
  });

  test.each<[string, Partial<SearchState>, string[]]>([
    ['year 2021', { year: 2021 }, ['pcd-1092', 'pcd-911']],
    ['year 2018', { year: 2018 }, ['pcd-386']],
    ['year 2019', { year: 2019 }, []],
    ['financial year 2020/21', { fy: '2020/21' }, ['pcd-785', 'pcd-911']],
    ['financial year 2018/19, known only from the signing date', { fy: '2018/19' }, ['pcd-386']],
    ['financial year 2022/23, named only by a sum', { fy: '2022/23' }, []],
    ['programme operation-orochi', { programme: 'operation-orochi' }, ['pcd-1092', 'pcd-785']],
    ['programme county-lines', { programme: 'county-lines' }, ['pcd-1092', 'pcd-386', 'pcd-785', 'pcd-911']],
    ['funder EMSOU', { funder: EMSOU }, [OCS]],
    ['funder Home Office', { funder: 'Home Office' }, [OCS, 'pcd-1092', 'pcd-386', 'pcd-785', 'pcd-911']],
    ['kind of sum bid', { role: 'bid' }, ['pcd-386']],
    ['kind of sum accepted', { role: 'accepted' }, [OCS, 'pcd-1092', 'pcd-785', 'pcd-911']],
    ['kind of sum context', { role: 'context' }, [OCS, 'pcd-1092', 'pcd-785']],
    ['minimum £1m, any kind of money', { minPence: 100_000_000 }, [OCS, 'pcd-1092', 'pcd-386', 'pcd-785']],
    ['minimum £1m of accepted money', { minPence: 100_000_000, role: 'accepted' }, [OCS, 'pcd-1092', 'pcd-785']],
    ['maximum £200,000 of accepted money', { maxPence: 20_000_000, role: 'accepted' }, ['pcd-911']],
    ['maximum £200,000, any kind of money', { maxPence: 20_000_000 }, [OCS, 'pcd-911']],
    ['minimum £100m, where only context sums are that large', { minPence: 10_000_000_000 }, []],
    ['minimum £100m of context sums', { minPence: 10_000_000_000, role: 'context' }, ['pcd-1092', 'pcd-785']],
    ['range £1.5m to £2m', { minPence: 150_000_000, maxPence: 200_000_000 }, [OCS]],
    ['range £5m to £6m, which one sum must meet alone', { minPence: 500_000_000, maxPence: 600_000_000 }, ['pcd-785']],
    ['year 2021 and programme county-lines', { year: 2021, programme: 'county-lines' }, ['pcd-1092', 'pcd-911']],
    ['year 2021 and financial year 2020/21', { year: 2021, fy: '2020/21' }, ['pcd-911']],
  ])('keeps the records that meet the filter %s', (_name, state, expected) => {
    expect(kept(state)).toEqual(expected);
  });

  test.each<[string, Partial<SearchState>, string[]]>([
    ['financial years 2020/21 to 2021/22', { fy: '2020/21', fyTo: '2021/22' }, ['pcd-1092', 'pcd-785', 'pcd-911']],
    ['financial years 2018/19 to 2023/24, every one', { fy: '2018/19', fyTo: '2023/24' }, [OCS, 'pcd-1092', 'pcd-386', 'pcd-785', 'pcd-911']],
    ['financial years up to 2020/21', { fyTo: '2020/21' }, ['pcd-386', 'pcd-785', 'pcd-911']],
    ['financial years 2021/22 to 2022/23, where only PCD 1092 falls', { fy: '2021/22', fyTo: '2022/23' }, ['pcd-1092']],
    ['financial years 2019/20 to 2019/20, an empty span', { fy: '2019/20', fyTo: '2019/20' }, []],
    // PCD 785 and the OCS paper give no signing date: they are left out whatever the dates.
    ['signed on or after 1 January 2021', { signedFrom: '2021-01-01' }, ['pcd-1092', 'pcd-911']],
    ['signed on or before 1 February 2021, the day PCD 911 was signed', { signedTo: '2021-02-01' }, ['pcd-386', 'pcd-911']],
    ['signed on 10 December 2021 exactly', { signedFrom: '2021-12-10', signedTo: '2021-12-10' }, ['pcd-1092']],
    ['signed from 2 February to 9 December 2021', { signedFrom: '2021-02-02', signedTo: '2021-12-09' }, []],
    ['signed on or after 1 April 2020, the day PCD 785 is placed at but was not signed', { signedFrom: '2020-04-01', signedTo: '2020-04-01' }, []],
    ['signed in 2021 and financial year 2020/21', { signedFrom: '2021-01-01', signedTo: '2021-12-31', fy: '2020/21' }, ['pcd-911']],
  ])('keeps the records within the span %s', (_name, state, expected) => {
    expect(kept(state)).toEqual(expected);
  });

  test.each<[string, string, boolean]>([
    ['the month overlaps the first day', '2021-03-15', true],
    ['the month ends before the first day', '2021-04-01', false],
  ])('counts a signing date known only to its month (March 2021) when %s', (_name, signedFrom, keptIt) => {
    const march = { ...(records.find((r) => r.id === 'pcd-911') as SearchRecord), date: '2021-03' };
    expect(filterPredicate({ ...EMPTY_STATE, signedFrom, signedTo: '2021-12-31' })(march)).toBe(keptIt);
    expect(filterPredicate({ ...EMPTY_STATE, signedTo: '2021-02-28' })(march)).toBe(false);
    expect(filterPredicate({ ...EMPTY_STATE, signedTo: '2021-03-01' })(march)).toBe(true);
  });

  test('keeps a decision whose sum equals the minimum or the maximum: both ends of the range are inclusive', () => {
    const base = records.find((r) => r.id === 'pcd-911') as SearchRecord;
    const pence = 13_500_000;
    const one = { ...base, sums: [{ pence, role: 'accepted' as const, asWritten: '£135,000' }] };
    const keeps = (state: Partial<SearchState>) => filterPredicate({ ...EMPTY_STATE, ...state })(one);
    expect(keeps({ maxPence: pence })).toBe(true);
    expect(keeps({ minPence: pence })).toBe(true);
    expect(keeps({ minPence: pence, maxPence: pence })).toBe(true);
    expect(keeps({ minPence: pence, maxPence: pence, role: 'accepted' })).toBe(true);
    expect(keeps({ maxPence: pence - 1 })).toBe(false);
    expect(keeps({ minPence: pence + 1 })).toBe(false);
  });

  test.each<[string, 'minPence' | 'maxPence']>([
    ['minimum', 'minPence'],
    ['maximum', 'maxPence'],
  ])('keeps every decision with a sum of exactly the %s', (_name, end) => {
    for (const record of records) {
      for (const sum of record.sums.filter((s) => s.role === 'accepted')) {
        expect(kept({ [end]: sum.pence, role: 'accepted' })).toContain(record.id);
      }
    }
  });

  test('leaves out the whole span of financial years, and both signing dates, when told to', () => {
    const span: Partial<SearchState> = { fy: '2021/22', fyTo: '2022/23', signedFrom: '2099-01-01' };
    expect(kept(span, 'fy')).toEqual([]);
    expect(kept(span, 'signedFrom')).toEqual(['pcd-1092']);
    expect(kept({ fy: '2021/22', fyTo: '2022/23' }, 'fy')).toEqual([OCS, 'pcd-1092', 'pcd-386', 'pcd-785', 'pcd-911']);
  });

  test('ignores the query: matching is matchQuery\'s job', () => {
    expect(kept({ q: 'Orochy' })).toEqual([OCS, 'pcd-1092', 'pcd-386', 'pcd-785', 'pcd-911']);
  });

  test.each<[keyof SearchState, Partial<SearchState>, string[]]>([
    ['year', { year: 2021, fy: '2020/21' }, ['pcd-785', 'pcd-911']],
    ['fy', { year: 2021, fy: '2020/21' }, ['pcd-1092', 'pcd-911']],
    ['programme', { programme: 'nclcc', funder: 'Home Office' }, [OCS, 'pcd-1092', 'pcd-386', 'pcd-785', 'pcd-911']],
    ['funder', { funder: EMSOU, programme: 'operation-orochi' }, ['pcd-1092', 'pcd-785']],
    ['role', { role: 'bid', minPence: 100_000_000 }, [OCS, 'pcd-1092', 'pcd-386', 'pcd-785']],
    ['minPence', { role: 'accepted', minPence: 100_000_000 }, [OCS, 'pcd-1092', 'pcd-785', 'pcd-911']],
    ['maxPence', { role: 'accepted', maxPence: 20_000_000 }, [OCS, 'pcd-1092', 'pcd-785', 'pcd-911']],
  ])('leaves out the %s filter when told to', (except, state, expected) => {
    expect(kept(state, except)).toEqual(expected);
  });
});

describe('filterPredicate: a decision of several financial years', () => {
  const [multi] = searchRecords([decision('pcd-m', { ...signedOn('2021-06-01', '1/6/2021'), financialYears: ['2020/21', '2021/22', '2022/23'] })]);
  test.each(['2020/21', '2021/22', '2022/23'])('is kept by any one of its years: %s', (fy) => {
    expect(multi && filterPredicate({ ...EMPTY_STATE, fy })(multi)).toBe(true);
  });
  test('is kept by a span that meets one of its years, and dropped by one that meets none', () => {
    expect(multi && filterPredicate({ ...EMPTY_STATE, fy: '2022/23', fyTo: '2024/25' })(multi)).toBe(true);
    expect(multi && filterPredicate({ ...EMPTY_STATE, fy: '2023/24', fyTo: '2024/25' })(multi)).toBe(false);
  });
});

describe('optionCounts', () => {
  test('counts each year with the query and the other filters applied, leaving out the year filter', () => {
    const state: SearchState = { ...EMPTY_STATE, q: 'Home Office', year: 2021, fy: '2020/21' };
    const matched = matchQuery(records, fuse, state.q);
    expect(optionCounts(matched, state, 'year', [2018, 2020, 2021, 2023])).toEqual(
      new Map([
        [2018, 0],
        [2020, 1],
        [2021, 1],
        [2023, 0],
      ]),
    );
  });

  test('counts years within a query\'s matches only', () => {
    const state: SearchState = { ...EMPTY_STATE, q: 'Orochy', year: 2018 };
    const matched = matchQuery(records, fuse, state.q);
    expect(optionCounts(matched, state, 'year', [2018, 2020, 2021, 2023])).toEqual(
      new Map([
        [2018, 0],
        [2020, 1],
        [2021, 1],
        [2023, 0],
      ]),
    );
  });

  test('counts each financial year with the year filter applied', () => {
    const state: SearchState = { ...EMPTY_STATE, year: 2021, fy: '2021/22' };
    const matched = matchQuery(records, fuse, '');
    expect(optionCounts(matched, state, 'fy', ['2018/19', '2020/21', '2021/22', '2023/24'])).toEqual(
      new Map([
        ['2018/19', 0],
        ['2020/21', 1],
        ['2021/22', 1],
        ['2023/24', 0],
      ]),
    );
  });

  test('counts each programme among a query\'s matches', () => {
    const state: SearchState = { ...EMPTY_STATE, q: 'Orochy', programme: 'nclcc' };
    const matched = matchQuery(records, fuse, state.q);
    expect(optionCounts(matched, state, 'programme', ['operation-orochi', 'county-lines', 'anpr', 'nclcc'])).toEqual(
      new Map([
        ['operation-orochi', 2],
        ['county-lines', 2],
        ['anpr', 1],
        ['nclcc', 0],
      ]),
    );
  });

  test('counts each funder with a programme filter applied', () => {
    const state: SearchState = { ...EMPTY_STATE, programme: 'organised-crime-grant' };
    const matched = matchQuery(records, fuse, '');
    expect(optionCounts(matched, state, 'funder', ['Home Office', EMSOU])).toEqual(
      new Map([
        ['Home Office', 1],
        [EMSOU, 1],
      ]),
    );
  });

  test('counts each kind of sum with the amount range applied to that kind', () => {
    const state: SearchState = { ...EMPTY_STATE, minPence: 100_000_000, role: 'bid' };
    const matched = matchQuery(records, fuse, '');
    expect(optionCounts(matched, state, 'role', SUM_ROLES)).toEqual(
      new Map([
        ['accepted', 3],
        ['bid', 1],
        ['allocation', 2],
        ['match-funding', 1],
        ['future-cap', 1],
        ['other-decision-grant', 1],
        ['component', 1],
        ['context', 3],
      ]),
    );
  });

  // Every sum's amount as a range's end, so that each end meets a sum exactly somewhere.
  const amounts = [...new Set(records.flatMap((r) => r.sums.map((s) => s.pence)))].sort((a, b) => a - b);
  test.each(amounts.flatMap((pence) => [
    [pence, null],
    [null, pence],
    [pence, amounts.at(-1) ?? null],
  ]))('gives each kind of sum the number of results runSearch lists with it chosen, from %s to %s pence', (minPence, maxPence) => {
    const state: SearchState = { ...EMPTY_STATE, minPence, maxPence };
    const matched = matchQuery(records, fuse, '');
    const counts = optionCounts(matched, state, 'role', SUM_ROLES);
    for (const role of SUM_ROLES) expect(counts.get(role), role).toBe(search({ ...state, role }).length);
  });

  test('gives each option the number of results runSearch would list with that option chosen', () => {
    const state: SearchState = { ...EMPTY_STATE, q: 'county lines', programme: 'county-lines', role: 'accepted' };
    const matched = matchQuery(records, fuse, state.q);
    const years = [2018, 2019, 2020, 2021, 2022, 2023];
    const counts = optionCounts(matched, state, 'year', years);
    for (const year of years) expect(counts.get(year)).toBe(search({ ...state, year }).length);
  });
});
