import { describe, expect, test } from 'vitest';
import { threeSixtyGiving } from '../../../src/lib/open-data/three-sixty-giving.ts';
import { SUM_ROLES } from '../../../src/lib/core/sums.ts';
import { amount, decision, signedOn } from '../../helpers/make-decision.ts';
import { everyRole, real, unsigned, urlOf } from './fixtures.ts';

describe('threeSixtyGiving', () => {
  test('makes one grant of the accepted sum only, whatever other roles the decision states', () => {
    const { package: data } = threeSixtyGiving([everyRole], urlOf);
    expect(SUM_ROLES.length).toBe(everyRole.amounts.length);
    expect(data.grants).toEqual([
      expect.objectContaining({
        id: '360G-mopac-decisions-pcd-1-sum-1',
        amountAwarded: 135000,
        awardDate: '2021-02-01',
        currency: 'GBP',
        url: 'https://example.org/base/decisions/pcd-1/#sum-1',
        fundingOrganization: [{ id: '360G-mopac-decisions-org-home-office', name: 'Home Office' }],
        recipientOrganization: [{ id: '360G-mopac-decisions-org-metropolitan-police-service', name: 'Metropolitan Police Service' }],
      }),
    ]);
  });

  test('leaves out an accepted sum without a signing date and says why', () => {
    const result = threeSixtyGiving([everyRole, unsigned], urlOf);
    expect(result.package.grants.map((g) => g.id)).toEqual(['360G-mopac-decisions-pcd-1-sum-1']);
    expect(result.excluded).toEqual([{ decisionId: 'ocs', reference: null, pence: 170_100_000, reason: expect.stringMatching(/no signing date/) }]);
  });

  test('leaves out a decision signed in a month but on no stated day', () => {
    const monthOnly = decision('pcd-5', { reference: 'PCD 5', signed: { date: '2024-03', asWritten: 'March 2024' }, funders: ['Home Office'], amounts: [amount(100, '£1', 'accepted', true)] });
    expect(threeSixtyGiving([monthOnly], urlOf).excluded[0]?.reason).toMatch(/only the month/);
  });

  test('names every funder of the decision when the accepted sum is tied to none, and leaves it out when there are none', () => {
    const two = decision('pcd-6', {
      reference: 'PCD 6',
      ...signedOn('2021-02-01', '1/2/2021'),
      funders: ['Home Office', 'East Midlands Special Operations Unit (EMSOU)'],
      amounts: [amount(100, '£1', 'accepted', true)],
    });
    const none = decision('pcd-7', { reference: 'PCD 7', ...signedOn('2021-02-01', '1/2/2021'), amounts: [amount(100, '£1', 'accepted', true)] });
    const result = threeSixtyGiving([two, none], urlOf);
    expect(result.package.grants[0]?.fundingOrganization.map((o) => o.name)).toEqual(['Home Office', 'East Midlands Special Operations Unit (EMSOU)']);
    expect(result.excluded.map((e) => [e.decisionId, e.reason])).toEqual([['pcd-7', 'the document names no funder']]);
  });

  test('on the real decisions: the accepted sums of signed decisions, to the penny, titles under 140 characters', () => {
    const { package: data, excluded } = threeSixtyGiving(real, urlOf);
    const expected = real.flatMap((d) => (d.signed.date ? d.amounts.filter((a) => a.role === 'accepted').map((a) => a.pence) : []));
    expect(data.grants.map((g) => Math.round(g.amountAwarded * 100)).sort()).toEqual(expected.sort());
    expect(excluded.map((e) => e.decisionId).sort()).toEqual(['ocs-grant-2023-2027', 'pcd-785']);
    for (const grant of data.grants) expect(grant.title.length).toBeLessThan(140);
    expect(data).toMatchObject({ version: '1.4', license: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/' });
    expect(data).not.toHaveProperty('issued');
  });
});
