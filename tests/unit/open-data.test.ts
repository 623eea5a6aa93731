import { describe, expect, test } from 'vitest';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { decisionRows, exportDecisions, fundingRows, neutraliseFormula, threeSixtyGiving } from '../../src/lib/open-data.ts';
import { amount, decision, signedOn } from '../helpers/make-decision.ts';
import { realDecisions } from '../helpers/content.ts';

const urlOf = (path: string) => `https://example.org${path}`;

describe('threeSixtyGiving', () => {
  const signed = decision('pcd-1', {
    reference: 'PCD 1',
    ...signedOn('2021-02-01', '1/2/2021'),
    funders: ['Home Office'],
    amounts: [amount(13500000, '£135,000', 'accepted', true), amount(50000000, '£500,000', 'bid'), amount(10000000, '£100,000', 'match-funding'), { ...amount(660000000, '£6.6m', 'other-decision-grant'), decision: 'PCD 990' }],
  });
  const unsigned = decision('ocs', { funders: ['Home Office'], amounts: [amount(170100000, '£1.701m', 'accepted', true)] });

  test('makes one grant per accepted sum of a signed decision, in pounds, awarded on the signing date', () => {
    const { package: data } = threeSixtyGiving([signed, unsigned], urlOf, '2026-11-23');
    expect(data['grants']).toEqual([
      expect.objectContaining({ id: '360G-mopac-decisions-pcd-1-sum-1', amountAwarded: 135000, awardDate: '2021-02-01', currency: 'GBP', url: 'https://example.org/decisions/pcd-1/#sum-1' }),
    ]);
  });

  test('lists an accepted sum without a signing date as left out, with the reason', () => {
    expect(threeSixtyGiving([signed, unsigned], urlOf, '2026-11-23').excluded).toEqual([
      { decisionId: 'ocs', reference: null, pence: 170100000, reason: expect.stringMatching(/no signing date/) },
    ]);
  });
});

describe('neutraliseFormula', () => {
  test.each([
    ['=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'],
    ['+1+1', "'+1+1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['-cmd', "'-cmd"],
    ['-12.5', '-12.5'],
    ['£1.36m', '£1.36m'],
    ['', ''],
  ])('%j becomes %j', (cell, expected) => {
    expect(neutraliseFormula(cell)).toBe(expected);
  });
});

describe('the CSV rows', () => {
  test('round-trip through csv-stringify and csv-parse with commas, quotes and new lines intact', () => {
    const awkward = decision('pcd-2', { title: 'A "quoted", comma\nand new line title', reference: 'PCD 2' });
    const rows = decisionRows(exportDecisions([awkward], urlOf));
    expect(parse(stringify(rows))).toEqual(rows);
  });

  test('give one funding row per sum of the real decisions, money exact in pence', () => {
    const decisions = realDecisions();
    const rows = fundingRows(decisions, urlOf);
    expect(rows.length - 1).toBe(decisions.reduce((n, d) => n + d.amounts.length, 0));
    for (const row of rows.slice(1)) expect(Math.round(Number(row[5]) * 100)).toBe(Number(row[4]));
  });
});
