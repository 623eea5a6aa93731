/**
 * How the engine scores one typed word against the indexed words (mutation testing, issue 18): a
 * number that is a word of the title beats one it only starts, and fuzzy matching starts at
 * FUZZY_FROM letters exactly.
 */
import { describe, expect, test } from 'vitest';
import { FUZZY_FROM, RANK, createWordIndex, highlights, matchQuery, sortResults } from '../../../src/lib/search/engine.ts';
import { searchRecords } from '../../../src/lib/search/records.ts';
import { EMPTY_STATE, type SearchState } from '../../../src/lib/search/state.ts';
import { sortNewestFirst } from '../../../src/lib/core/decisions.ts';
import { fullTextDecisions } from '../../helpers/content.ts';
import { amount, decision, signedOn } from '../../helpers/make-decision.ts';

const ranked = (records: ReturnType<typeof searchRecords>, query: string) =>
  sortResults(matchQuery(records, createWordIndex(records), query), { ...EMPTY_STATE, q: query, sort: 'best' }).map((r) => r.record.id);

describe('a number typed among words', () => {
  // The newer decision holds a longer number the typed one starts: on a tie it would come first.
  const records = searchRecords([
    decision('pcd-1', { reference: 'PCD 1', title: 'Knife crime funding 2021', ...signedOn('2021-05-05', '5/5/2021') }),
    decision('pcd-2', { reference: 'PCD 2', title: 'Knife crime funding 20215', ...signedOn('2022-05-05', '5/5/2022') }),
  ]);

  test('ranks the title that holds it as a word before the title holding a longer number it starts', () => {
    expect(ranked(records, 'knife 2021')).toEqual(['pcd-1', 'pcd-2']);
  });

  test('ranks titles it only starts equally, newest first', () => {
    expect(ranked(records, 'knife 202')).toEqual(['pcd-2', 'pcd-1']);
  });
});

describe(`fuzzy matching from ${FUZZY_FROM} letters`, () => {
  const records = searchRecords(fullTextDecisions());

  test(`finds a word of ${FUZZY_FROM} letters with a typo ("anpx" finds ANPR), not only as a substring`, () => {
    expect(FUZZY_FROM).toBe(4);
    const found = matchQuery(records, createWordIndex(records), 'anpx');
    expect(found.map((r) => r.record.id)).toEqual(['pcd-1092']);
    // Through the title's word "ANPR", highlighted, not only through the programme's name.
    expect(highlights(found[0]!)).toEqual([{ key: 'title', indices: [[found[0]!.record.title.indexOf('ANPR'), found[0]!.record.title.indexOf('ANPR') + 3]] }]);
  });

  test(`matches ${FUZZY_FROM - 1} letters only as a substring ("anx" finds nothing)`, () => {
    expect(matchQuery(records, createWordIndex(records), 'anx')).toEqual([]);
  });
});

describe('edge cases of matching and sorting', () => {
  test('finds nothing for a query with no word in it, rather than a stray result', () => {
    const records = searchRecords(fullTextDecisions());
    expect(matchQuery(records, createWordIndex(records), '!!! ?')).toEqual([]);
  });

  // A decision with no date and no sum, beside dated ones with a sum of a penny.
  const undated = decision('pcd-3', { reference: 'PCD 3' });
  const older = decision('pcd-1', { reference: 'PCD 1', ...signedOn('2020-05-05', '5/5/2020'), amounts: [amount(1, '£0.01', 'accepted', true)] });
  const newer = decision('pcd-2', { reference: 'PCD 2', ...signedOn('2021-05-05', '5/5/2021'), amounts: [amount(1, '£0.01', 'accepted', true)] });
  const records = searchRecords([undated, older, newer]);
  const sorted = (sort: SearchState['sort']) =>
    sortResults(matchQuery(records, createWordIndex(records), ''), { ...EMPTY_STATE, sort }).map((r) => r.record.id);

  test('puts a decision with no date last newest first and first oldest first, as the listings do', () => {
    expect(sorted('newest')).toEqual(sortNewestFirst([undated, older, newer]).map((d) => d.id));
    expect(sorted('newest')).toEqual(['pcd-2', 'pcd-1', 'pcd-3']);
    expect(sorted('oldest')).toEqual(['pcd-3', 'pcd-1', 'pcd-2']);
  });

  test('puts a decision with no sum below any sum, a penny included', () => {
    expect(sorted('smallest')).toEqual(['pcd-3', 'pcd-2', 'pcd-1']);
    expect(sorted('largest')).toEqual(['pcd-2', 'pcd-1', 'pcd-3']);
  });
});

describe(`a word under ${FUZZY_FROM} letters`, () => {
  // "ann" starts "annual" and is inside "planned"; the newer decision holds "planned".
  const starts = decision('pcd-1', { reference: 'PCD 1', title: 'The annual grant', ...signedOn('2020-05-05', '5/5/2020') });
  const inside = decision('pcd-2', { reference: 'PCD 2', title: 'The planned grant', ...signedOn('2021-05-05', '5/5/2021') });
  const other = decision('pcd-3', { reference: 'PCD 3', title: 'Something else', ...signedOn('2022-05-05', '5/5/2022') });
  const records = searchRecords([starts, inside, other]);

  test('ranks a title word it starts before one it is only inside', () => {
    expect(ranked(records, 'ann')).toEqual(['pcd-1', 'pcd-2']);
  });

  test('ranks a title holding it as typed before a full-text hit', () => {
    const results = matchQuery(records, createWordIndex(records), 'ann', [{ id: 'pcd-3', rank: 0 }]);
    expect(sortResults(results, { ...EMPTY_STATE, q: 'ann', sort: 'best' }).map((r) => r.record.id)).toEqual(['pcd-1', 'pcd-2', 'pcd-3']);
  });
});

test('scores a word of the title typed in full as a title match, ahead of any programme-name match', () => {
  const records = searchRecords(fullTextDecisions());
  const match = matchQuery(records, createWordIndex(records), 'orochi').find((r) => r.record.id === 'pcd-785');
  expect(match?.score).toBeLessThan(RANK.name);
  expect(match?.score).toBeGreaterThanOrEqual(RANK.record);
});
