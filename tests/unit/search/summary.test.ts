import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { acceptedPenceOf } from '../../../src/lib/core/decisions.ts';
import { SUM_ROLES } from '../../../src/lib/core/sums.ts';
import { searchRecords, type SearchRecord } from '../../../src/lib/search/records.ts';
import { EMPTY_STATE, type SearchState } from '../../../src/lib/search/state.ts';
import { selectionTotals, spanChips, totalsText, type SelectionTotals } from '../../../src/lib/search/summary.ts';
import { realDecisions } from '../../helpers/content.ts';

const decisions = realDecisions();
const records = searchRecords(decisions);
const sumsOf = (...sums: [SearchRecord['sums'][number]['role'], number][]) => ({ sums: sums.map(([role, pence]) => ({ role, pence, asWritten: null })) });

describe('selectionTotals', () => {
  test('adds every decision of the archive as core adds each one: accepted by acceptedPenceOf, bids apart', () => {
    const bids = decisions.flatMap((d) => d.amounts.filter((a) => a.role === 'bid').map((a) => a.pence));
    expect(selectionTotals(records)).toEqual({
      decisions: decisions.length,
      acceptedPence: decisions.reduce((total, d) => total + acceptedPenceOf(d), 0),
      bidPence: bids.reduce((total, pence) => total + pence, 0),
    });
  });

  test('gives each decision its own accepted total, as the decision pages give it', () => {
    for (const [i, decision] of decisions.entries()) {
      expect(selectionTotals([records[i] as SearchRecord]).acceptedPence, decision.id).toBe(acceptedPenceOf(decision));
    }
  });

  test('never adds a bid, an allocation, a cap or any other kind of sum to what was accepted', () => {
    const record = sumsOf(...SUM_ROLES.map((role, i): [typeof role, number] => [role, 10 ** (i + 2)]));
    expect(selectionTotals([record])).toEqual({ decisions: 1, acceptedPence: 100, bidPence: 1_000 });
  });

  test('is zero for no decisions, and for decisions that state no sum', () => {
    expect(selectionTotals([])).toEqual({ decisions: 0, acceptedPence: 0, bidPence: 0 });
    expect(selectionTotals([sumsOf(), sumsOf()])).toEqual({ decisions: 2, acceptedPence: 0, bidPence: 0 });
  });

  test('the totals of a selection are the totals of its parts added up, however it is split', () => {
    const sum = fc.tuple(fc.constantFrom(...SUM_ROLES), fc.integer({ min: 0, max: 10_000_000_000 }));
    const record = fc.array(sum, { maxLength: 6 }).map((sums) => sumsOf(...sums));
    fc.assert(
      fc.property(fc.array(record, { maxLength: 20 }), fc.nat(), (list, at) => {
        const cut = list.length ? at % (list.length + 1) : 0;
        const [a, b] = [selectionTotals(list.slice(0, cut)), selectionTotals(list.slice(cut))];
        expect(selectionTotals(list)).toEqual({
          decisions: a.decisions + b.decisions,
          acceptedPence: a.acceptedPence + b.acceptedPence,
          bidPence: a.bidPence + b.bidPence,
        });
      }),
    );
  });
});

describe('totalsText', () => {
  test.each<[SelectionTotals, string]>([
    [{ decisions: 3, acceptedPence: 866_000_000, bidPence: 370_000_000 }, '£8.66m accepted · £3.7m bid'],
    [{ decisions: 1, acceptedPence: 13_500_000, bidPence: 0 }, '£135,000 accepted'],
    [{ decisions: 1, acceptedPence: 0, bidPence: 370_000_000 }, '£0 accepted · £3.7m bid'],
    [{ decisions: 0, acceptedPence: 0, bidPence: 0 }, '£0 accepted'],
    [{ decisions: 2, acceptedPence: 170_100_050, bidPence: 0 }, '£1,701,000.50 accepted'],
  ])('writes %o as %j', (totals, text) => {
    expect(totalsText(totals)).toBe(text);
  });
});

describe('spanChips', () => {
  test.each<[Partial<SearchState>, [string, keyof SearchState][]]>([
    [{}, []],
    // A single financial year is the year filter's own chip, drawn with the other list filters.
    [{ fy: '2021/22' }, []],
    [{ fy: '2019/20', fyTo: '2021/22' }, [['Financial years: 2019/20 to 2021/22', 'fyTo']]],
    [{ fyTo: '2021/22' }, [['Financial years: up to 2021/22', 'fyTo']]],
    [{ signedFrom: '2021-04-01' }, [['Signed from 1 April 2021', 'signedFrom']]],
    [{ signedTo: '2022-03-31' }, [['Signed up to 31 March 2022', 'signedTo']]],
    [
      { signedFrom: '2021-04-01', signedTo: '2022-03-31', fy: '2020/21', fyTo: '2021/22' },
      [
        ['Financial years: 2020/21 to 2021/22', 'fyTo'],
        ['Signed 1 April 2021 to 31 March 2022', 'signedFrom'],
      ],
    ],
  ])('gives %o the chips %j', (state, chips) => {
    expect(spanChips({ ...EMPTY_STATE, ...state })).toEqual(chips);
  });
});
