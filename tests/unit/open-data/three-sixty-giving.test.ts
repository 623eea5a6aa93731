import { describe, expect, test } from 'vitest';
import { BENEFICIARY_LOCATION, threeSixtyGiving } from '../../../src/lib/open-data/three-sixty-giving.ts';
import { grantOrganisation, KNOWN_ORGANISATIONS } from '../../../src/lib/open-data/grant-organisations.ts';
import { SUM_ROLES } from '../../../src/lib/core/sums.ts';
import { amount, decision, signedOn } from '../../helpers/make-decision.ts';
import { everyRole, real, unsigned, urlOf } from './fixtures.ts';

const HOME_OFFICE = { id: 'GB-GOR-D16', name: 'Home Office' };
const MPS = { id: '360G-mopac-decisions-org-metropolitan-police-service', name: 'Metropolitan Police Service' };

/** An accepted sum of a decision the document does not say was signed, with the dates it does give. */
const undated = (id: string, extra: Parameters<typeof decision>[1]) =>
  decision(id, { funders: ['Home Office'], amounts: [amount(560_000_000, '£5.6m', 'accepted', true)], ...extra });

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
        fundingOrganization: [HOME_OFFICE],
        recipientOrganization: [MPS],
        beneficiaryLocation: [{ name: 'London', countryCode: 'GB', geoCode: 'E12000007', geoCodeType: 'RGN' }],
      }),
    ]);
    expect(data.grants[0]?.description).toBe(everyRole.amounts[0]?.quote);
  });

  test('dates a grant with no signing date by the first date its document states, and says so in the grant', () => {
    const d = undated('pcd-785', { dates: [{ kind: 'funding-period-start', date: '2020-04-01', asWritten: '1 April 2020' }, { kind: 'funding-period-end', date: '2021-03-31', asWritten: '31 March 2021' }] });
    const { package: data, excluded } = threeSixtyGiving([d], urlOf);
    expect(excluded).toEqual([]);
    expect(data.grants[0]?.awardDate).toBe('2020-04-01');
    expect(data.grants[0]?.description).toBe(`${d.amounts[0]?.quote}\n\nAward date: the document gives no signing date; 1 April 2020 (funding period starts) stands in for it, the date this site places the decision at.`);
  });

  test('dates a grant with no date at all by the start of its first financial year, and says so', () => {
    const { package: data } = threeSixtyGiving([undated('ocs', { financialYears: ['2024/25', '2023/24'] })], urlOf);
    expect(data.grants[0]?.awardDate).toBe('2023-04-01');
    expect(data.grants[0]?.description).toMatch(/no signing date; 1 April 2023 \(start of financial year 2023\/24\) stands in for it/);
  });

  test('leaves out, and says why, only a grant whose decision has no date to the day at all', () => {
    const monthOnly = decision('pcd-5', { reference: 'PCD 5', signed: { date: '2024-03', asWritten: 'March 2024' }, funders: ['Home Office'], amounts: [amount(100, '£1', 'accepted', true)] });
    const result = threeSixtyGiving([monthOnly, unsigned], urlOf);
    expect(result.package.grants).toEqual([]);
    expect(result.excluded.map((e) => [e.decisionId, e.pence, e.reason])).toEqual([
      ['pcd-5', 100, 'the document gives no date to the day, and a 360Giving grant needs an award date'],
      ['ocs', 170_100_000, 'the document gives no date to the day, and a 360Giving grant needs an award date'],
    ]);
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
    expect(result.package.grants[0]?.fundingOrganization).toEqual([HOME_OFFICE, { id: '360G-mopac-decisions-org-east-midlands-special-operations-unit', name: 'East Midlands Special Operations Unit (EMSOU)' }]);
    expect(result.excluded.map((e) => [e.decisionId, e.reason])).toEqual([['pcd-7', 'the document names no funder']]);
  });

  test.each([
    ['the first', 'Home Office', HOME_OFFICE],
    ['the second', 'East Midlands Special Operations Unit (EMSOU)', { id: '360G-mopac-decisions-org-east-midlands-special-operations-unit', name: 'East Midlands Special Operations Unit (EMSOU)' }],
  ] as const)('names only the funder an accepted sum is tied to (%s of its decision\'s two funders)', (_which, funder, organisation) => {
    const d = decision('pcd-9', {
      reference: 'PCD 9',
      ...signedOn('2021-02-01', '1/2/2021'),
      funders: ['Home Office', 'East Midlands Special Operations Unit (EMSOU)'],
      amounts: [{ ...amount(100, '£1', 'accepted', true), funder }],
    });
    const { package: data, excluded } = threeSixtyGiving([d], urlOf);
    expect(excluded).toEqual([]);
    expect(data.grants.map((g) => g.fundingOrganization)).toEqual([[organisation]]);
  });

  test.each([
    [['2021/22', '2022/23'], [], { startDate: '2021-04-01', endDate: '2023-03-31', description: 'The financial years 2021/22 to 2022/23, which the document ties the sum to.' }],
    [[], ['2020/21'], { startDate: '2020-04-01', endDate: '2021-03-31', description: 'The financial year 2020/21, which the document ties the decision to.' }],
  ])('plans a sum tied to %j (its decision to %j) from 1 April of the first year to 31 March of the last', (sumYears, decisionYears, planned) => {
    const d = decision('pcd-8', { ...signedOn('2021-12-10', '10/12/2021'), funders: ['Home Office'], financialYears: decisionYears, amounts: [{ ...amount(100, '£1', 'accepted', true), financialYears: sumYears }] });
    expect(threeSixtyGiving([d], urlOf).package.grants[0]?.plannedDates).toEqual([planned]);
  });

  test('plans a sum split by year over its years, whatever order the document gives them in', () => {
    const split = { ...amount(300, '£3', 'accepted', true), perYear: [
      { financialYear: '2023/24', pence: 200, asWritten: '£2' },
      { financialYear: '2021/22', pence: 100, asWritten: '£1' },
    ] };
    const d = decision('pcd-8', { ...signedOn('2021-12-10', '10/12/2021'), funders: ['Home Office'], financialYears: ['2020/21'], amounts: [split] });
    expect(threeSixtyGiving([d], urlOf).package.grants[0]?.plannedDates).toEqual([
      { startDate: '2021-04-01', endDate: '2024-03-31', description: 'The financial years 2021/22 to 2023/24, which the document ties the sum to.' },
    ]);
  });

  test('classifies a grant by the financial years of its sum, and gives no classifications to a sum with none', () => {
    const d = decision('pcd-8', {
      ...signedOn('2021-12-10', '10/12/2021'),
      funders: ['Home Office'],
      programmes: ['county-lines'],
      amounts: [{ ...amount(100, '£1', 'accepted', true), financialYears: ['2021/22'] }, amount(200, '£2', 'accepted')],
    });
    const [withYears, withoutYears] = threeSixtyGiving([d], urlOf).package.grants;
    expect(withYears?.classifications).toEqual([{ vocabulary: 'UK financial year', code: '2021/22', title: 'Financial year 2021/22' }]);
    expect(withoutYears).not.toHaveProperty('classifications');
    expect(withYears?.grantProgramme).toEqual([{ code: 'county-lines', title: 'County Lines', description: expect.stringMatching(/\w/) }]);
  });

  test('gives no planned dates when neither the sum nor its decision names a year', () => {
    expect(threeSixtyGiving([everyRole], urlOf).package.grants[0]).not.toHaveProperty('plannedDates');
  });

  test('publishes the package metadata: identifier, publisher, licence, version, and the day the newest decision was added', () => {
    const older = { ...everyRole, addedOn: '2026-11-23' };
    const newer = { ...undated('pcd-9', { ...signedOn('2022-01-05', '5/1/2022') }), addedOn: '2026-12-01' };
    const { package: data } = threeSixtyGiving([older, newer], urlOf, { name: 'MOPAC Funding Decisions', website: urlOf('/') });
    expect(data).toMatchObject({
      identifier: '360G-mopac-decisions-grants',
      publisher: { name: 'MOPAC Funding Decisions', website: 'https://example.org/base/' },
      license: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
      version: '1.4',
      modified: '2026-12-01',
      accessURL: 'https://example.org/base/data/',
      downloadURL: 'https://example.org/base/data/360giving.json',
    });
    expect(data).not.toHaveProperty('issued');
  });

  test('takes the day the newest decision was added from the decisions that say, passing over one that does not', () => {
    const newest = { ...undated('pcd-9', { ...signedOn('2022-01-05', '5/1/2022') }), addedOn: '2026-12-01' };
    expect(threeSixtyGiving([everyRole, newest], urlOf).package.modified).toBe('2026-12-01');
    expect(threeSixtyGiving([everyRole], urlOf).package).not.toHaveProperty('modified');
    // The newest day, whatever order the decisions come in.
    const middle = { ...undated('pcd-10', { ...signedOn('2022-02-05', '5/2/2022') }), addedOn: '2026-11-30' };
    const oldest = { ...everyRole, addedOn: '2026-11-23' };
    expect(threeSixtyGiving([newest, oldest, middle], urlOf).package.modified).toBe('2026-12-01');
    expect(threeSixtyGiving([middle, newest, oldest], urlOf).package.modified).toBe('2026-12-01');
  });

  test('on the real decisions: every accepted sum is a grant, to the penny, PCD 785’s £5.6m and the OCS grant among them', () => {
    const { package: data, excluded } = threeSixtyGiving(real, urlOf);
    const expected = real.flatMap((d) => d.amounts.flatMap((a, i) => (a.role === 'accepted' ? [`${d.id}#sum-${i + 1} ${a.pence}`] : [])));
    expect(data.grants.map((g) => `${new URL(g.url).pathname.split('/')[3]}${new URL(g.url).hash} ${Math.round(g.amountAwarded * 100)}`).sort()).toEqual(expected.sort());
    expect(excluded).toEqual([]);
    expect(expected).toContain('pcd-785#sum-1 560000000');
    expect(expected).toContain('ocs-grant-2023-2027#sum-1 170100000');
    for (const grant of data.grants) expect(grant.beneficiaryLocation).toEqual([BENEFICIARY_LOCATION]);
  });
});

describe('grantOrganisation', () => {
  test.each([
    ['Home Office', HOME_OFFICE],
    ['Metropolitan Police Service (MPS)', MPS],
    ['Metropolitan Police Service (MPS), through MOPAC', MPS],
    ['Metropolitan Police Service (MPS) – London Regional Organised Crime Unit (ROCU) and SOC teams', { ...MPS, department: 'London Regional Organised Crime Unit (ROCU) and SOC teams' }],
    ['Mayor’s Office for Policing and Crime', { id: '360G-mopac-decisions-org-mopac', name: 'Mayor’s Office for Policing and Crime' }],
    ['National County Lines Co-ordination Centre (NPCC Gangs portfolio and NCA), proposed by the MPS', { id: '360G-mopac-decisions-org-national-county-lines-co-ordination-centre-npcc-gangs-portfolio-and-nca-proposed-by-the-mps', name: 'National County Lines Co-ordination Centre (NPCC Gangs portfolio and NCA), proposed by the MPS' }],
  ])('identifies %j', (named, organisation) => {
    expect(grantOrganisation(named)).toEqual(organisation);
  });

  test('gives each known organisation one identifier and a source for it', () => {
    expect(new Set(KNOWN_ORGANISATIONS.map((o) => o.id)).size).toBe(KNOWN_ORGANISATIONS.length);
    for (const o of KNOWN_ORGANISATIONS) expect(o.source.length, o.name).toBeGreaterThan(20);
  });
});
