/** Decisions shared by the open data tests: the real ones, one with a sum of every role, and one unsigned. */
import { amount, decision, signedOn } from '../../helpers/make-decision.ts';
import { fullTextDecisions } from '../../helpers/content.ts';

export const urlOf = (path: string) => `https://example.org/base${path}`;
export const real = fullTextDecisions();

/** One decision with a sum of every role, signed. */
export const everyRole = decision('pcd-1', {
  reference: 'PCD 1',
  ...signedOn('2021-02-01', '1/2/2021'),
  funders: ['Home Office'],
  amounts: [
    { ...amount(13_500_000, '£135,000', 'accepted', true), funder: 'Home Office' },
    amount(50_000_000, '£500,000', 'bid'),
    amount(40_000_000, '£400,000', 'allocation'),
    amount(10_000_000, '£100,000', 'match-funding'),
    amount(200_000_000, '£2m', 'future-cap'),
    { ...amount(660_000_000, '£6.6m', 'other-decision-grant'), decision: 'PCD 990' },
    amount(5_000_000, '£50,000', 'component'),
    amount(80_000_000_000, '£800m', 'context'),
  ],
});
export const unsigned = decision('ocs', { funders: ['Home Office'], amounts: [amount(170_100_000, '£1.701m', 'accepted', true)] });
