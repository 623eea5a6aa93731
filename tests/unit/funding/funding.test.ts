import { describe, expect, test } from 'vitest';
import {
  acceptedByPeriodAndProgramme,
  acceptedLedger,
  acceptedPerDecision,
  cumulativeAccepted,
  decisionsInView,
  fundingChartData,
  periodsWithGaps,
  sumsNotCounted,
} from '../../../src/lib/funding/funding.ts';
import { programmeById } from '../../../src/lib/core/programmes.ts';
import { fullTextDecisions } from '../../helpers/content.ts';
import { amount, decision, signedOn } from '../../helpers/make-decision.ts';

const seeds = fullTextDecisions();
const info = (id: Parameters<typeof programmeById>[0]) => programmeById(id);

describe('acceptedLedger over the five published decisions', () => {
  const ledger = acceptedLedger(seeds);

  test('totals each financial year and programme exactly, in pence', () => {
    expect(ledger.map((row) => [row.period, row.programme, row.totalPence])).toEqual([
      ['2020/21', 'operation-orochi', 560_000_000],
      ['2020/21', 'serious-organised-crime', 13_500_000],
      ['2021/22', 'anpr', 136_000_000],
      ['2023/24', 'organised-crime-grant', 170_100_000],
    ]);
  });

  test('adds up to £8,796,000 accepted in all', () => {
    expect(ledger.reduce((sum, row) => sum + row.totalPence, 0)).toBe(879_600_000);
  });

  test('leaves out the bid of PCD 386, the cap and match funding of the OCS grant, and PCD 990’s grant', () => {
    const counted = ledger.flatMap((row) => row.items.map((item) => `${item.decisionId}:${item.asWritten}`));
    expect(counted).toEqual([
      'pcd-785:£5.6m',
      'pcd-911:£135,000',
      'pcd-1092:£1,360,000',
      'ocs-grant-2023-2027:£1.701m',
    ]);
  });

  test('keeps for each sum its decision and the anchor of its sentence', () => {
    const item = ledger.find((row) => row.period === '2021/22')?.items[0];
    expect(item).toMatchObject({ decisionId: 'pcd-1092', anchor: 'sum-1', reference: 'PCD 1092', periodInferred: false });
    expect(item?.quote).toContain('£1,360,000 of Home Office (HO) grant funding');
  });
});

describe('sumsNotCounted', () => {
  test('lists the bids, allocations, caps, match funding and cited grants of the seeds, none accepted', () => {
    const items = sumsNotCounted(seeds).map((i) => [i.decisionId, i.role, i.pence, i.period]);
    expect(items).toEqual([
      ['pcd-386', 'bid', 370_000_000, '2018/19'],
      ['pcd-386', 'allocation', 360_000_000, '2018/19'],
      ['pcd-1092', 'other-decision-grant', 660_000_000, '2021/22'],
      ['pcd-1092', 'allocation', 470_000_000, '2021/22–2022/23'],
      ['ocs-grant-2023-2027', 'match-funding', 204_700_000, '2023/24'],
      ['ocs-grant-2023-2027', 'future-cap', 200_000_000, 'Not stated'],
    ]);
  });

  test('marks a year inferred from the signing date when the document names none', () => {
    const bid = sumsNotCounted(seeds).find((i) => i.decisionId === 'pcd-386' && i.role === 'bid');
    expect(bid?.periodInferred).toBe(true);
  });

  test('names the other decision a cited grant belongs to', () => {
    expect(sumsNotCounted(seeds).find((i) => i.role === 'other-decision-grant')?.otherDecision).toBe('PCD 990');
  });
});

describe('decisionsInView', () => {
  test('narrows to the decisions tagged County Lines', () => {
    expect(decisionsInView(seeds, 'county-lines').map((d) => d.id).sort()).toEqual(['pcd-1092', 'pcd-386', 'pcd-785', 'pcd-911']);
  });

  test('narrows to the decisions tagged Operation Orochi', () => {
    expect(decisionsInView(seeds, 'operation-orochi').map((d) => d.id).sort()).toEqual(['pcd-1092', 'pcd-785']);
  });

  test('keeps every decision for all programmes', () => {
    expect(decisionsInView(seeds, 'all')).toHaveLength(seeds.length);
  });
});

describe('acceptedByPeriodAndProgramme', () => {
  test('fills a grid of periods by programmes with zero where nothing was accepted, the grants in support apart', () => {
    // PCD 1092's ANPR grant is "in support of" Operation Orochi: shown beside Orochi's own, and labelled so.
    expect(acceptedByPeriodAndProgramme(seeds, 'operation-orochi')).toEqual({
      periods: ['2020/21', '2021/22'],
      programmes: ['operation-orochi', 'anpr'],
      relations: ['own', 'support'],
      pence: [
        [560_000_000, 0],
        [0, 136_000_000],
      ],
    });
  });

  test('shows a financial year in which nothing was accepted as an empty year, not a skipped one', () => {
    expect(acceptedByPeriodAndProgramme(seeds).periods).toEqual(['2020/21', '2021/22', '2022/23', '2023/24']);
  });

  test('names a series of grants in support after its programme, marked as in support, and an own series plainly', () => {
    const series = fundingChartData(seeds, 'operation-orochi', info).byPeriod.series;
    expect(series.map((s) => [s.programme, s.relation, s.name])).toEqual([
      ['operation-orochi', 'own', programmeById('operation-orochi').name],
      ['anpr', 'support', `${programmeById('anpr').name}, in support`],
    ]);
  });
});

describe('cumulativeAccepted', () => {
  test('adds each decision’s accepted sums in date order', () => {
    expect(cumulativeAccepted(seeds).map((p) => [p.decisionId, p.date, p.dateIsSigned, p.addedPence, p.cumulativePence])).toEqual([
      ['pcd-785', '2020-04-01', false, 560_000_000, 560_000_000],
      ['pcd-911', '2021-02-01', true, 13_500_000, 573_500_000],
      ['pcd-1092', '2021-12-10', true, 136_000_000, 709_500_000],
      ['ocs-grant-2023-2027', '2023-04-01', false, 170_100_000, 879_600_000],
    ]);
  });

  test('skips a decision that accepts nothing, such as a bid', () => {
    expect(cumulativeAccepted(seeds).some((p) => p.decisionId === 'pcd-386')).toBe(false);
  });
});

describe('every total, for a decision that accepts, bids and is told of an allocation at once', () => {
  // No published decision does all three yet; imported ones will.
  const mixed = decision('pcd-2000', {
    reference: 'PCD 2000',
    ...signedOn('2022-05-03', '03/05/2022'),
    financialYears: ['2022/23'],
    amounts: [
      { ...amount(100_000_000, '£1m', 'accepted', true), financialYears: ['2022/23'] },
      { ...amount(30_000_000, '£300,000', 'bid'), financialYears: ['2022/23'] },
      { ...amount(700_000_000, '£7m', 'allocation'), financialYears: ['2022/23'] },
      { ...amount(5_000_000, '£50,000', 'match-funding'), financialYears: ['2022/23'] },
      { ...amount(20_000_000, '£200,000', 'component'), financialYears: ['2022/23'] },
    ],
  });

  test('cumulativeAccepted adds only the accepted sum', () => {
    expect(cumulativeAccepted([mixed]).map((p) => [p.addedPence, p.cumulativePence])).toEqual([[100_000_000, 100_000_000]]);
  });

  test('acceptedPerDecision and the ledger count only the accepted sum', () => {
    expect(acceptedPerDecision([mixed]).map((d) => d.acceptedPence)).toEqual([100_000_000]);
    expect(acceptedLedger([mixed]).map((row) => row.totalPence)).toEqual([100_000_000]);
    expect(acceptedByPeriodAndProgramme([mixed]).pence).toEqual([[100_000_000]]);
  });

  test('sumsNotCounted lists the bid, the allocation and the match funding, not the accepted sum or its part', () => {
    expect(sumsNotCounted([mixed]).map((item) => item.role).sort()).toEqual(['allocation', 'bid', 'match-funding']);
  });

  test('the chart data of the view agree', () => {
    const data = fundingChartData([mixed], 'all', info);
    expect(data.cumulative.pence).toEqual([100_000_000]);
    expect(data.perDecision.pence).toEqual([100_000_000]);
    expect(data.byPeriod.series.map((series) => series.pence)).toEqual([[100_000_000]]);
  });
});

describe('acceptedPerDecision', () => {
  test('lists decisions that accept money, largest first', () => {
    expect(acceptedPerDecision(seeds).map((d) => [d.decisionId, d.acceptedPence])).toEqual([
      ['pcd-785', 560_000_000],
      ['ocs-grant-2023-2027', 170_100_000],
      ['pcd-1092', 136_000_000],
      ['pcd-911', 13_500_000],
    ]);
  });
});

describe('fundingChartData', () => {
  test('labels each decision by reference, or by its short title when it has none', () => {
    const data = fundingChartData(seeds, 'all', info);
    expect(data.perDecision.labels).toEqual(['PCD 785', 'OCS grant agreement 2023–2027', 'PCD 1092', 'PCD 911']);
  });

  test('gives each programme series its name and colour, with totals that match the ledger', () => {
    const data = fundingChartData(seeds, 'county-lines', info);
    expect(data.byPeriod.series.map((s) => [s.name, s.colour, s.pence])).toEqual([
      ['Roads Policing ANPR', '#009E73', [0, 136_000_000]],
      ['Operation Orochi', '#D55E00', [560_000_000, 0]],
      ['Serious and Organised Crime', '#882255', [13_500_000, 0]],
    ]);
    expect(data.byPeriod.periods).toEqual(['2020/21', '2021/22']);
  });
});

describe('periodsWithGaps', () => {
  test('returns nothing for no periods', () => {
    expect(periodsWithGaps([])).toEqual([]);
  });

  test('fills the financial years missing between the first and the last, oldest first', () => {
    expect(periodsWithGaps(['2023/24', '2020/21'])).toEqual(['2020/21', '2021/22', '2022/23', '2023/24']);
  });

  test('keeps a single year as it is', () => {
    expect(periodsWithGaps(['2021/22'])).toEqual(['2021/22']);
  });

  test('keeps periods that are not one financial year after the years, each once, and fills no gap for them', () => {
    expect(periodsWithGaps(['Not stated', '2022/23', '2020/21', '2020/21', 'Not stated'])).toEqual(['2020/21', '2021/22', '2022/23', 'Not stated']);
    expect(periodsWithGaps(['Not stated'])).toEqual(['Not stated']);
  });

  test('fills across a century', () => {
    expect(periodsWithGaps(['2098/99', '2100/01'])).toEqual(['2098/99', '2099/00', '2100/01']);
  });

  test('places a span of years by its first year, and fills no gap for it', () => {
    // A span before the first single year stretches nothing.
    expect(periodsWithGaps(['2018/19–2019/20', '2021/22'])).toEqual(['2018/19–2019/20', '2021/22']);
    expect(periodsWithGaps(['Not stated', '2021/22–2022/23', '2024/25', '2020/21'])).toEqual([
      '2020/21', '2021/22', '2021/22–2022/23', '2022/23', '2023/24', '2024/25', 'Not stated',
    ]);
  });
});
