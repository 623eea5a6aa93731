import { describe, expect, test } from 'vitest';
import { fundingChartData, FUNDING_VIEWS, acceptedLedger } from '../../../src/lib/funding/funding.ts';
import { decisionCounts, decisionCountsInWords, yearByYear } from '../../../src/lib/funding/year-by-year.ts';
import { programmeById } from '../../../src/lib/core/programmes.ts';
import { sumPence } from '../../../src/lib/core/money.ts';
import { amount, decision } from '../../helpers/make-decision.ts';
import { realDecisions } from '../../helpers/content.ts';

const all = realDecisions();

/** Each year's grants of a view as [period, decision id, relation, evidence, pence]. */
function grants(view: (typeof FUNDING_VIEWS)[number]['id']): unknown[][] {
  return yearByYear(all, view).rows.flatMap((row) =>
    row.grants.length === 0 ? [[row.period, null]] : row.grants.map((g): unknown[] => [row.period, g.decisionId, g.relation, g.evidence, g.pence]),
  );
}

describe('yearByYear on the whole record', () => {
  test('answers how much Operation Orochi received in each financial year, each grant once, the ANPR grant apart', () => {
    expect(grants('operation-orochi')).toEqual([
      ['2020/21', 'pcd-785', 'own', 'full-text', 560_000_000],
      ['2021/22', 'pcd-990', 'own', 'register', 660_000_000],
      ['2021/22', 'pcd-1091', 'own', 'register', 470_000_000],
      ['2021/22', 'pcd-1092', 'support', 'full-text', 136_000_000],
      ['2022/23', 'pcd-1216', 'own', 'register', 1_390_000_000],
      ['2023/24', 'pcd-1216', 'own', 'register', 1_300_000_000],
      ['2023/24', 'pcd-1656', 'own', 'register', 19_299_382],
      ['2024/25', 'pcd-1216', 'own', 'register', 1_300_000_000],
    ]);
  });

  test('gives Operation Orochi’s totals by evidence level and by relation, and their sum', () => {
    const { totals } = yearByYear(all, 'operation-orochi');
    expect(totals.byLevel).toEqual({ 'full-text': 696_000_000, register: 5_139_299_382, citation: 0 });
    expect(totals.byRelation).toEqual({ own: 5_699_299_382, support: 136_000_000 });
    expect(totals.totalPence).toBe(5_835_299_382);
  });

  test('counts PCD 990’s £6.6m once, though PCD 1091 and PCD 1092 mention it', () => {
    const sixPointSix = yearByYear(all, 'all').rows.flatMap((row) => row.grants).filter((g) => g.pence === 660_000_000);
    expect(sixPointSix.map((g) => g.decisionId)).toEqual(['pcd-990']);
  });

  test('answers the same question for the national co-ordination centre, year by year', () => {
    expect(grants('nclcc')).toEqual([
      ['2019/20', 'nclcc-and-county-lines-funding-2019-20', 'own', 'register', 120_000_000],
      ['2020/21', 'nclcc-grant-funding-2020-21', 'own', 'register', 440_000_000],
      ['2021/22', 'nclcc-home-office-funding-2021-22', 'own', 'register', 440_324_600],
      ['2021/22', 'nclcc-home-office-funding-2021-22', 'own', 'register', 200_000_000],
    ]);
  });

  test('puts each year of a sum split by year in its year, and no cap on future years anywhere', () => {
    expect(grants('smin')).toEqual([
      ['2021/22', 'pcd-956', 'own', 'register', 27_270_804],
      ['2022/23', 'pcd-1218', 'own', 'register', 49_500_000],
      ['2023/24', 'pcd-1532', 'own', 'register', 57_056_700],
      ['2024/25', 'pcd-1532', 'own', 'register', 57_056_700],
    ]);
  });

  test('shows a year in which nothing was accepted as an empty row', () => {
    const periods = yearByYear(all, 'all').rows.map((row) => row.period);
    expect(periods).toEqual(['2019/20', '2020/21', '2021/22', '2022/23', '2023/24', '2024/25']);
    const empty = decision('pcd-3', { financialYears: ['2020/21', '2022/23'], amounts: [{ ...amount(100, '£1', 'accepted', true), financialYears: ['2020/21'] }, { ...amount(200, '£2', 'accepted'), financialYears: ['2022/23'] }] });
    const rows = yearByYear([empty], 'all').rows;
    expect(rows.map((row) => [row.period, row.totalPence, row.grants.length])).toEqual([
      ['2020/21', 100, 1],
      ['2021/22', 0, 0],
      ['2022/23', 200, 1],
    ]);
  });

  test('says how much of the total rests on a paper whose approval is not recorded', () => {
    expect(yearByYear(all, 'all').totals.notRecordedPence).toBe(170_100_000);
    expect(yearByYear(all, 'operation-orochi').totals.notRecordedPence).toBe(0);
  });
});

describe.each(FUNDING_VIEWS.map((view) => [view.id]))('the %s view', (view) => {
  test('has one figure for its headline, its year-by-year table, its ledger and the sum of its chart’s bars', () => {
    const { rows, totals } = yearByYear(all, view);
    const table = sumPence(rows.map((row) => row.totalPence));
    const bars = sumPence(fundingChartData(all, view, programmeById).byPeriod.series.flatMap((series) => series.pence));
    const ledger = sumPence(acceptedLedger(all, view).map((row) => row.totalPence));
    expect(totals.totalPence).toBeGreaterThan(0);
    expect([table, bars, ledger]).toEqual([totals.totalPence, totals.totalPence, totals.totalPence]);
    expect(sumPence(Object.values(totals.byLevel))).toBe(totals.totalPence);
    expect(totals.byRelation.own + totals.byRelation.support).toBe(totals.totalPence);
  });
});

describe('decisionCounts', () => {
  test('says what it counts: decisions that accept money apart from those that only bid', () => {
    expect(decisionCountsInWords(decisionCounts(all, 'nclcc'))).toBe('3 decisions accept money, 1 makes a bid');
  });

  test('counts a decision that accepts and bids once, as accepting', () => {
    const both = decision('pcd-4', { amounts: [amount(100, '£1', 'accepted', true), amount(200, '£2', 'bid')] });
    expect(decisionCounts([both], 'all')).toEqual({ accepting: 1, bidding: 0, other: 0 });
  });
});

describe('decisionCountsInWords', () => {
  test.each([
    [{ accepting: 1, bidding: 0, other: 0 }, '1 decision accepts money'],
    [{ accepting: 0, bidding: 0, other: 0 }, '0 decisions accept money'],
    [{ accepting: 4, bidding: 1, other: 2 }, '4 decisions accept money, 1 makes a bid, 2 accept none'],
    [{ accepting: 2, bidding: 3, other: 1 }, '2 decisions accept money, 3 make bids, 1 accepts none'],
    [{ accepting: 1, bidding: 0, other: 5 }, '1 decision accepts money, 5 accept none'],
  ])('says %j as "%s"', (counts, words) => {
    expect(decisionCountsInWords(counts)).toBe(words);
  });
});

describe('decisionCounts apart', () => {
  test('counts a decision that only bids as bidding, and those that state only sums of other kinds as other', () => {
    const accepts = decision('pcd-1', { amounts: [amount(100, '£1', 'accepted', true)] });
    const bids = decision('pcd-2', { amounts: [amount(200, '£2', 'bid', true)] });
    const mentions = decision('pcd-3', { amounts: [amount(300, '£3', 'context', true)] });
    const alsoMentions = decision('pcd-4', { amounts: [amount(400, '£4', 'future-cap', true)] });
    expect(decisionCounts([accepts, bids, mentions, alsoMentions], 'all')).toEqual({ accepting: 1, bidding: 1, other: 2 });
  });
});
