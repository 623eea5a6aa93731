import { describe, expect, test } from 'vitest';
import { buildTimeline, timelineEntries } from '../../../src/lib/timeline/timeline.ts';
import { decision, related, signedOn } from '../../helpers/make-decision.ts';
import { fullTextDecisions } from '../../helpers/content.ts';

const seeds = fullTextDecisions();

function outline(groups: ReturnType<typeof buildTimeline>): string[][] {
  return groups.map((g) => [
    g.label,
    ...g.items.map((i) => (i.type === 'entry' ? `${i.entry.reference ?? i.entry.id}` : `FY ${i.financialYear}`)),
  ]);
}

describe('buildTimeline over the published decisions', () => {
  test('puts every decision in date order by year, marking where each financial year begins', () => {
    expect(outline(buildTimeline(timelineEntries(seeds)))).toEqual([
      ['2018', 'FY 2018/19', 'PCD 386'],
      ['2020', 'FY 2020/21', 'PCD 785'],
      ['2021', 'PCD 911', 'FY 2021/22', 'PCD 990', 'PCD 1092'],
      ['2023', 'FY 2023/24', 'ocs-grant-2023-2027'],
      ['Date not known', 'PCD 726'],
    ]);
  });

  test('tells the Operation Orochi story as one thread: pilot, expansion, 2021/22 grant, ANPR grant', () => {
    expect(outline(buildTimeline(timelineEntries(seeds), 'operation-orochi'))).toEqual([
      ['2020', 'FY 2020/21', 'PCD 785'],
      ['2021', 'FY 2021/22', 'PCD 990', 'PCD 1092'],
      ['Date not known', 'PCD 726'],
    ]);
  });

  test('shows cited decisions as not published, with what the citing document says', () => {
    const pcd990 = timelineEntries(seeds).find((e) => e.reference === 'PCD 990');
    expect(pcd990).toMatchObject({ kind: 'cited', id: null, date: '2021-06', dateNote: 'Date as given by PCD 1092' });
    expect(pcd990?.citations).toEqual([
      expect.objectContaining({ decisionId: 'pcd-1092', reference: 'PCD 1092', index: 0 }),
    ]);
  });

  test('says why an unsigned decision sits where it does', () => {
    expect(timelineEntries(seeds).find((e) => e.id === 'pcd-785')?.dateNote).toBe('No signing date; placed by funding period starts');
  });
});

describe('timelineEntries', () => {
  test('gives a cited decision the programmes of its citing decision when the citation names none', () => {
    const citing = decision('pcd-2', {
      reference: 'PCD 2',
      programmes: ['nclcc'],
      ...signedOn('2019-01-01', '1/1/2019'),
      related: [related('PCD 1', 'An earlier decision.')],
    });
    expect(timelineEntries([citing]).find((e) => e.reference === 'PCD 1')?.programmes).toEqual(['nclcc']);
  });

  test('does not repeat a cited decision that is published on the site', () => {
    const earlier = decision('pcd-1', { reference: 'PCD 1', ...signedOn('2018-01-01', '1/1/2018') });
    const citing = decision('pcd-2', { reference: 'PCD 2', ...signedOn('2019-01-01', '1/1/2019'), related: [related('PCD 1', 'x')] });
    expect(timelineEntries([earlier, citing]).map((e) => e.reference)).toEqual(['PCD 1', 'PCD 2']);
  });
});

describe('buildTimeline', () => {
  test('marks a financial year only in the calendar year it begins', () => {
    const jan = decision('pcd-1', { reference: 'PCD 1', ...signedOn('2021-01-15', '15/1/2021') });
    const may = decision('pcd-2', { reference: 'PCD 2', ...signedOn('2021-05-01', '1/5/2021') });
    expect(outline(buildTimeline(timelineEntries([may, jan])))).toEqual([['2021', 'PCD 1', 'FY 2021/22', 'PCD 2']]);
  });
});
