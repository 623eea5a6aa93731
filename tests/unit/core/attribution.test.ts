import { describe, expect, test } from 'vitest';
import { comparePeriods, fundingItems } from '../../../src/lib/core/attribution.ts';
import { amount, decision, signedOn } from '../../helpers/make-decision.ts';

describe('fundingItems', () => {
  test('does not split a sum tied to two financial years, but shows them together', () => {
    const d = decision('pcd-1', { reference: 'PCD 1', amounts: [{ ...amount(470_000_000, '£4.7m', 'accepted', true), financialYears: ['2022/23', '2021/22'] }] });
    expect(fundingItems([d])[0]).toMatchObject({ period: '2021/22–2022/23', pence: 470_000_000, periodInferred: false });
  });

  test('counts a sum tied to no year in the financial year of the signing date, marked as inferred', () => {
    const d = decision('pcd-2', { reference: 'PCD 2', ...signedOn('2021-03-31', '31/03/2021'), amounts: [amount(100, '£1', 'accepted', true)] });
    expect(fundingItems([d])[0]).toMatchObject({ period: '2020/21', periodInferred: true });
  });

  test('says "Not stated" when neither the sum nor a signing date gives a year', () => {
    const d = decision('pcd-3', { reference: 'PCD 3', amounts: [amount(100, '£1', 'accepted', true)] });
    expect(fundingItems([d])[0]).toMatchObject({ period: 'Not stated', periodInferred: false });
  });

  test('counts a sum under its own programme, else the decision’s first', () => {
    const d = decision('pcd-4', {
      reference: 'PCD 4',
      programmes: ['operation-orochi', 'anpr'],
      amounts: [{ ...amount(100, '£1', 'accepted', true), programme: 'anpr' }, amount(200, '£2', 'accepted')],
    });
    expect(fundingItems([d]).map((i) => i.programme)).toEqual(['anpr', 'operation-orochi']);
  });
});

describe('comparePeriods', () => {
  test.each([
    ['2020/21', '2021/22', -1],
    ['2021/22–2022/23', '2021/22', 1],
    ['Not stated', '2023/24', 1],
    ['2023/24', '2023/24', 0],
  ])('orders %s against %s', (a, b, sign) => {
    expect(Math.sign(comparePeriods(a, b))).toBe(sign);
  });
});
