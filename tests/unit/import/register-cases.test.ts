/**
 * The extraction against a table of decisions in the public register's formats (london.gov.uk,
 * "MOPAC decisions"): a heading that starts with the reference, a Key information block (given as
 * the page's known facts, or left in the text), flattened numbered lists, per-year grants, grants
 * paid on to other bodies, market sizes, references written "PCD1216" and "PCD-1402", blank or
 * impossible signing dates, £k and £m tables. Every text here is written for these tests; the
 * references are made up. Each case checks the fields the judging counts: reference,
 * title, signing date, principal sum and its role, every sum's role, financial years, per-year
 * split, cited decisions and Part 2; and every amount is read right or flagged.
 */
import fc from 'fast-check';
import { beforeEach, describe, expect, test } from 'vitest';
import { scanAmounts } from '../../../src/lib/core/find-sums.ts';
import { textToBlocks } from '../../../src/lib/import/blocks.ts';
import { extractCandidates, type Candidates } from '../../../src/lib/import/candidates.ts';
import { draftSlug } from '../../../src/lib/import/draft.ts';
import type { KnownFacts } from '../../../src/lib/import/source-document.ts';

interface Case {
  name: string;
  text: string;
  known?: KnownFacts;
  expect: {
    reference: string | null;
    title: string | null;
    signed: string | null;
    /** Pence and role of the principal sum, or null. */
    principal: [number, string] | null;
    /** Every sum: pence -> role. */
    roles: Record<number, string | null>;
    financialYears: string[];
    /** The principal's split: year -> pence; empty when not split. */
    perYear: Record<string, number>;
    related: string[];
    partTwo: string;
    /** Words each error must hold, one entry per error. */
    errors?: string[];
    /** The printed forms that must be flagged. */
    flagged?: string[];
    /** pence -> count for "each" payments. */
    counts?: Record<number, number>;
    slug?: string | null;
  };
}

const page = (reference: string | undefined, heading: string, extra: Partial<KnownFacts> = {}): KnownFacts => ({
  ...(reference ? { reference: { value: reference, asWritten: reference, how: 'Key information: Reference code' } } : {}),
  title: { value: heading, asWritten: heading, how: 'the page heading' },
  decisionBy: { value: 'Deputy Mayor for Policing and Crime', asWritten: 'Deputy Mayor for Policing and Crime', how: 'Key information: Decision by' },
  ...extra,
});

const m = (pounds: number) => Math.round(pounds * 100);

export const CASES: Case[] = [
  {
    name: 'a three-year grant: one year more, then the same in each of two years; the offer "up to £N per year"; a market size',
    known: page('PCD 8120', 'PCD 8120 Home Office grant for the Lines Disruption Team 2022-25', {
      datePublished: { value: '4 July 2022', asWritten: '4 July 2022', how: 'Key information: Date published' },
    }),
    text: `PCD 8120 Home Office grant for the Lines Disruption Team 2022-25

Executive summary

The Home Office has offered up to £11,000,000 per year for 2022/23 – 2024/25 so that the Lines Disruption Team can carry on its work against drug lines.

Recommendation

The Deputy Mayor for Policing and Crime is recommended to:

1. Approve the MPS to accept Home Office grant funding of £11,600,000 in 2022/23 and £11,000,000 in each of 2023/24 and 2024/25 for the Lines Disruption Team.

Non-confidential facts and advice to the Deputy Mayor for Policing and Crime (DMPC)

1. Introduction and background

1.1. The team was first paid for under PCD726, and PCD-1402 kept it going for another year.
1.2. Running drug lines is thought to be worth over £500m a year to the gangs behind them.
`,
    expect: {
      reference: 'PCD 8120',
      title: 'Home Office grant for the Lines Disruption Team 2022-25',
      signed: null,
      principal: [m(33_600_000), 'accepted'],
      roles: { [m(33_600_000)]: 'accepted', [m(33_000_000)]: 'context', [m(500_000_000)]: 'context' },
      financialYears: ['2022/23', '2023/24', '2024/25'],
      perYear: { '2022/23': m(11_600_000), '2023/24': m(11_000_000), '2024/25': m(11_000_000) },
      related: ['PCD 726', 'PCD 1402'],
      partTwo: 'not-stated',
      slug: 'pcd-8120',
    },
  },
  {
    name: '"£N per year for A and B" accepted, a future cap agreed in principle, earlier grants of other decisions, one printed "£402, 500"',
    known: page('PCD 8333', 'PCD 8333 Social media intelligence unit grant 2024-26'),
    text: `PCD 8333 Social media intelligence unit grant 2024-26

Executive summary

MOPAC is asked to enter a new grant agreement with the Home Office worth £418,900 per year for 2024/25 and 2025/26, and to agree in principle to accept future grants of up to £800,000 per year for 2026/27 and 2027/28 should they be offered.

Recommendation

The Deputy Mayor for Policing and Crime is recommended to:

1. Approve entering a new grant agreement with the Home Office for £418,900 per year for 2024/25 and 2025/26.
2. Give agreement in principle to accept future Home Office grants of up to £800,000 per year for 2026/27 and 2027/28.

Non-confidential facts and advice to the Deputy Mayor for Policing and Crime (DMPC)

1.1. The unit began with a Home Office grant of £310,000 for 2021/22 (PCD-8001) and went on with £402, 500 for 2022/23 (PCD8060).
`,
    expect: {
      reference: 'PCD 8333',
      title: 'Social media intelligence unit grant 2024-26',
      signed: null,
      principal: [m(837_800), 'accepted'],
      roles: { [m(837_800)]: 'accepted', [m(1_600_000)]: 'future-cap', [m(310_000)]: 'other-decision-grant', [m(402_500)]: 'other-decision-grant' },
      financialYears: ['2024/25', '2025/26'],
      perYear: { '2024/25': m(418_900), '2025/26': m(418_900) },
      related: ['PCD 8001', 'PCD 8060'],
      partTwo: 'not-stated',
      flagged: ['£402, 500'],
    },
  },
  {
    name: 'grants paid on out of an accepted grant, "£30,000 each" to three boroughs, a national market size, money announced (an allocation); no reference',
    known: page(undefined, 'Coordination centre for county lines: Home Office funding 2022/23'),
    text: `Coordination centre for county lines: Home Office funding 2022/23

Executive summary

As host force for the national coordination centre, the MPS has been awarded Home Office money for the financial year 2022-2023. Drug supply through county lines is estimated to be a market in excess of £800m nationally.

Recommendation

The Deputy Mayor for Policing and Crime is recommended to:

1. Approve the MPS to accept £3,250,000 of Home Office grant funding as host force for the coordination centre for the financial year 2022-2023.
2. Approve grant payments of £250,000 to British Transport Police from the grant in recommendation 1.
3. Approve grant payments of £30,000 each to the London Boroughs of Enfield, Haringey and Brent.
4. Approve a grant payment of £20,000 to LB Enfield for its youth outreach work.

Non-confidential facts and advice to the Deputy Mayor for Policing and Crime (DMPC)

1.1. The Home Secretary’s announcement of £40m to tackle county lines made this funding possible.
`,
    expect: {
      reference: null,
      title: 'Coordination centre for county lines: Home Office funding 2022/23',
      signed: null,
      principal: [m(3_250_000), 'accepted'],
      roles: {
        [m(3_250_000)]: 'accepted',
        [m(250_000)]: 'allocation',
        [m(30_000)]: 'allocation',
        [m(20_000)]: 'allocation',
        [m(800_000_000)]: 'context',
        [m(40_000_000)]: 'allocation',
      },
      financialYears: ['2022/23'],
      perYear: {},
      related: [],
      partTwo: 'not-stated',
      counts: { [m(30_000)]: 3 },
      slug: 'coordination-centre-for-county-lines-home-office-funding-2022-23',
    },
  },
  {
    name: 'a share "of the" grant, "FY 22/23", the Deputy Mayor’s dated approval, a Part 2 form answer, a self-mention',
    text: `PCD 8411 Operation Hawthorn grant FY 22/23

Executive summary

The Home Office will pay for Operation Hawthorn for one more year. This paper (PCD 8411) follows PCD 8120.

Recommendation

The Deputy Mayor for Policing and Crime is recommended to:

1. Approve the acceptance of up to £7,200,000 Home Office grant for FY 22/23.
2. Approve spending up to £900,000 of the £7,200,000 on unmarked vehicles.

Is there a Part 2 form – NO

Deputy Mayor for Policing and Crime

The above request has my approval.

Signature

Date 14/04/2022
`,
    expect: {
      reference: 'PCD 8411',
      title: 'Operation Hawthorn grant FY 22/23',
      signed: '2022-04-14',
      principal: [m(7_200_000), 'accepted'],
      roles: { [m(7_200_000)]: 'accepted', [m(900_000)]: 'component' },
      financialYears: ['2022/23'],
      perYear: {},
      related: ['PCD 8120'],
      partTwo: 'no',
    },
  },
  {
    name: 'an impossible "Date signed" on the page is an error, not "no signing date"',
    known: page('PCD 8502', 'PCD 8502 Roads policing cameras grant 2021/22', {
      dateSigned: { value: '31/02/2022', asWritten: '31/02/2022', how: 'Key information: Date signed' },
    }),
    text: `PCD 8502 Roads policing cameras grant 2021/22

Executive summary

This decision lets the MPS accept £1,240,000 of Home Office grant for new roadside cameras in 2021/22.
`,
    expect: {
      reference: 'PCD 8502',
      title: 'Roads policing cameras grant 2021/22',
      signed: null,
      principal: [m(1_240_000), 'accepted'],
      roles: { [m(1_240_000)]: 'accepted' },
      financialYears: ['2021/22'],
      perYear: {},
      related: [],
      partTwo: 'not-stated',
      errors: ['31/02/2022'],
    },
  },
  {
    name: 'Key information left in the text: blank "Date signed", "Date published" and a grant agreement date are not the signing date; a "Date" line after the recommendation is',
    text: `PCD 8610 Knife crime surge grant 2023-24

Key information

Reference code: PCD 8610

Date signed:

Date published: 02/10/2023

Decision by: Deputy Mayor for Policing and Crime

Executive summary

The Home Office grant agreement was signed on 21 August 2023, and the grant ends on 31 March 2024.

Recommendation

The Deputy Mayor for Policing and Crime is recommended to:

1. Approve the MPS to accept a Home Office grant of £2.45m for 2023-24.

I approve the recommendation above.

Date 15/09/2023
`,
    expect: {
      reference: 'PCD 8610',
      title: 'Knife crime surge grant 2023-24',
      signed: '2023-09-15',
      principal: [m(2_450_000), 'accepted'],
      roles: { [m(2_450_000)]: 'accepted' },
      financialYears: ['2023/24'],
      perYear: {},
      related: [],
      partTwo: 'not-stated',
    },
  },
  {
    name: 'tables in £k and £m are read; a negative and a malformed amount are flagged, not dropped',
    text: `PCD 8707 Violence reduction analysts 2023/24

Recommendation

The Deputy Mayor for Policing and Crime is recommended to:

1. Approve the acceptance of £0.485m Home Office grant for 2023/24.

Financial comments

Item\tCost £k
Analysts\t410
Training\t75
Clawback\t(12)

Line\t2023/24 £m
Grant\t0.485

An underspend of -£12,000 from last year was handed back, and the old estimate of £1.2.5m is no longer used.
`,
    expect: {
      reference: 'PCD 8707',
      title: 'Violence reduction analysts 2023/24',
      signed: null,
      principal: [m(485_000), 'accepted'],
      roles: { [m(485_000)]: 'accepted' },
      financialYears: ['2023/24'],
      perYear: {},
      related: [],
      partTwo: 'not-stated',
      flagged: ['(12)', '-£12,000', '£1.2.5m'],
    },
  },
  {
    name: 'no reference and no title line: the page heading names it, and chrome left in the text is never the title',
    known: page(undefined, 'Youth diversion pilot grant 2024/25'),
    text: `Skip to main content

Executive summary

MOPAC seeks approval to accept £96,000 from the Youth Endowment Fund for 2024/25.

Recommendation

The Deputy Mayor for Policing and Crime is recommended to:

1. Approve the acceptance of £96,000 from the Youth Endowment Fund for 2024/25.
`,
    expect: {
      reference: null,
      title: 'Youth diversion pilot grant 2024/25',
      signed: null,
      principal: [m(96_000), 'accepted'],
      roles: { [m(96_000)]: 'accepted' },
      financialYears: ['2024/25'],
      perYear: {},
      related: [],
      partTwo: 'not-stated',
      slug: 'youth-diversion-pilot-grant-2024-25',
    },
  },
  {
    name: '"£N per year from 2023/24 to 2025/26" is every year of the range',
    known: page('PCD 8905', 'PCD 8905 Economic crime unit grant 2023-26'),
    text: `PCD 8905 Economic crime unit grant 2023-26

Recommendation

The Deputy Mayor for Policing and Crime is recommended to:

1. Approve the MPS to accept £1,500,000 per year from 2023/24 to 2025/26 from the City of London Police.
`,
    expect: {
      reference: 'PCD 8905',
      title: 'Economic crime unit grant 2023-26',
      signed: null,
      principal: [m(4_500_000), 'accepted'],
      roles: { [m(4_500_000)]: 'accepted' },
      financialYears: ['2023/24', '2024/25', '2025/26'],
      perYear: { '2023/24': m(1_500_000), '2024/25': m(1_500_000), '2025/26': m(1_500_000) },
      related: [],
      partTwo: 'not-stated',
    },
  },
  {
    name: '"£X in FY22/23, £Y in FY23/24 and FY 24/25": the second figure is each year’s; a Part 2 section',
    known: page('PCD 8950', 'PCD 8950 Lines task force 2022-25'),
    text: `PCD 8950 Lines task force 2022-25

Recommendation

The Deputy Mayor for Policing and Crime is recommended to:

1. Approve the acceptance of Home Office funding of £12,400,000 in FY22/23, £12,000,000 in FY23/24 and FY 24/25.

Part 2 – Some of the costs are set out in a confidential Part 2.
`,
    expect: {
      reference: 'PCD 8950',
      title: 'Lines task force 2022-25',
      signed: null,
      principal: [m(36_400_000), 'accepted'],
      roles: { [m(36_400_000)]: 'accepted' },
      financialYears: ['2022/23', '2023/24', '2024/25'],
      perYear: { '2022/23': m(12_400_000), '2023/24': m(12_000_000), '2024/25': m(12_000_000) },
      related: [],
      partTwo: 'yes',
    },
  },
  {
    name: 'the offer "for the three years A – C of up to £N per year, plus an additional £M for A"; the split in brackets; nested list numbers',
    known: page('PCD 8216', 'PCD 8216 Home Office money for the MPS drug lines team (Op Kestrel)'),
    text: `PCD 8216 Home Office money for the MPS drug lines team (Op Kestrel)

PCD 8216 Home Office money for the MPS drug lines team (Op Kestrel)

This decision asks to take the Home Office offer of grant funding for the three years 2025/26 – 2027/28 of up to £8,000,000 per year, plus an additional £450,000 for 2025/26. The money keeps Op Kestrel going.

The Deputy Mayor for Policing and Crime is recommended to:

Acceptance of Home Office grant funding (£8,450,000 in FY25/26, £8,000,000 in FY26/27 and FY 27/28) for the work of Op Kestrel.

PART I - NON-CONFIDENTIAL FACTS AND ADVICE TO THE DMPC

1. Introduction and background
1. Earlier money for this team was approved by PCD 7726, PCD7785, and PCD7990.
1. Drug lines are a trade with an estimated annual value in excess of £700m nationally.
`,
    expect: {
      reference: 'PCD 8216',
      title: 'Home Office money for the MPS drug lines team (Op Kestrel)',
      signed: null,
      principal: [m(24_450_000), 'accepted'],
      roles: { [m(24_450_000)]: 'accepted', [m(24_000_000)]: 'context', [m(450_000)]: 'component', [m(700_000_000)]: 'context' },
      financialYears: ['2025/26', '2026/27', '2027/28'],
      perYear: { '2025/26': m(8_450_000), '2026/27': m(8_000_000), '2027/28': m(8_000_000) },
      related: ['PCD 7726', 'PCD 7785', 'PCD 7990'],
      partTwo: 'not-stated',
    },
  },
  {
    name: 'the reference only in Key information; "Approve ... funding grant of £X"; "the use of £Y of the grant"; a citation in square brackets; years in the next sentence',
    known: page('PCD 8291', 'Home Office grant for the Kestrel uplift 2024'),
    text: `Home Office grant for the Kestrel uplift 2024

Executive summary

This decision takes £2,300,000 of unconditional Home Office (HO) grant funding for Op Kestrel. It also allows the use of £410,000 of the grant to buy vans.

Recommendation

The Deputy Mayor for Policing and Crime is recommended to:

1. Approve Home Office unconditional funding grant of £2.3m for the Op Kestrel teams. The money is for the financial year 2024-2025.
2. Approve utilisation of up to £410k of the £2.3m grant funding to buy vans.

Non-confidential facts and advice to the Deputy Mayor for Policing and Crime (DMPC)

1.1. MOPAC approved receipt of Home Office grant funding of £5.1m for 2023/24 in May 2023 [PCD8190].
`,
    expect: {
      reference: 'PCD 8291',
      title: 'Home Office grant for the Kestrel uplift 2024',
      signed: null,
      principal: [m(2_300_000), 'accepted'],
      roles: { [m(2_300_000)]: 'accepted', [m(410_000)]: 'component', [m(5_100_000)]: 'other-decision-grant' },
      financialYears: ['2024/25'],
      perYear: {},
      related: ['PCD 8190'],
      partTwo: 'not-stated',
      slug: 'pcd-8291',
    },
  },
  {
    name: 'no page facts: a heading too long to be one still names the document; another decision’s split is named after its last figure',
    text: `PCD 8656 Further Home Office Grant Funding for the Lines Team – Op Kestrel - Software and Hardware Options

PCD 8656 Further Home Office Grant Funding for the Lines Team – Op Kestrel - Software and Hardware Options

This decision asks for the MPS to take further Home Office (HO) grant funding of £88,120.40 for software bought in 2024/25.

The Deputy Mayor for Policing and Crime is recommended to:

1. Approve receipt of further HO grant funding of £88,120.40 for software in 2024/25.

PART I - NON-CONFIDENTIAL FACTS AND ADVICE TO THE DMPC.

1. Introduction and background.
1. MOPAC approved receipt of Home Office grant funding of £8.45m for 2025/26, £8m in 26/27 and 27/28 for the work of the team in May 2025 (PCD8216).
`,
    expect: {
      reference: 'PCD 8656',
      title: 'Further Home Office Grant Funding for the Lines Team – Op Kestrel - Software and Hardware Options',
      signed: null,
      principal: [m(88_120.4), 'accepted'],
      roles: { [m(88_120.4)]: 'accepted', [m(24_450_000)]: 'other-decision-grant' },
      financialYears: ['2024/25'],
      perYear: {},
      related: ['PCD 8216'],
      partTwo: 'not-stated',
    },
  },
  {
    name: 'an old-format page: bullets as lone "-" lines, the money "allocated" then accepted, an industry "worth in excess of £N UK wide"',
    known: page(undefined, 'MPS drug lines operations unit'),
    text: `MPS drug lines operations unit

Key information

Executive summary

The Metropolitan Police Service (MPS) has been allocated £3.9m grant funding to set up a drug lines unit in 2020/21.

Drug lines are an industry believed to be worth in excess of £600m UK wide.

Recommendation

The Deputy Mayor for Policing and Crime is recommended to:

- To approve the acceptance of the £3.9m Home Office funding. The grant is for spending during the period 1 April 2020 to 31 March 2021.

-

Non-confidential facts and advice to the Deputy Mayor for Policing and Crime (DMPC)

-
`,
    expect: {
      reference: null,
      title: 'MPS drug lines operations unit',
      signed: null,
      principal: [m(3_900_000), 'accepted'],
      roles: { [m(3_900_000)]: 'accepted', [m(600_000_000)]: 'context' },
      financialYears: ['2020/21'],
      perYear: {},
      related: [],
      partTwo: 'not-stated',
    },
  },
  {
    name: 'a printed total with its years in brackets: the split keeps the total as printed',
    known: page('PCD 8777', 'PCD 8777 Fraud investigation team 2023-26'),
    text: `PCD 8777 Fraud investigation team 2023-26

Recommendation

The Deputy Mayor for Policing and Crime is recommended to:

1. Approve the acceptance of a total of £3.9m from the Home Office (£1.2m in 2023/24, £1.3m in 2024/25 and £1.4m in 2025/26).
2. Note a separate bid of £640,000 (FY 2026/27) to be made next spring.
`,
    expect: {
      reference: 'PCD 8777',
      title: 'Fraud investigation team 2023-26',
      signed: null,
      principal: [m(3_900_000), 'accepted'],
      roles: { [m(3_900_000)]: 'accepted', [m(640_000)]: 'bid' },
      financialYears: ['2023/24', '2024/25', '2025/26'],
      perYear: { '2023/24': m(1_200_000), '2024/25': m(1_300_000), '2025/26': m(1_400_000) },
      related: [],
      partTwo: 'not-stated',
    },
  },
  {
    name: 'the recommendation accepts a multi-year grant without a figure; the figures stand in the summary, a year before the first; money transferred on; "bringing the total to"',
    known: page('PCD 8235', 'PCD 8235 - Acceptance of victims funding'),
    text: `PCD 8235 - Acceptance of victims funding

MOPAC pays for victim services in London partly with Ministry of Justice money. The Ministry has sent grant agreements for 2025-26, 2026-27, and 2027-28. The funding confirmed for 2025-26 is £14,250,000 and then £13,900,000 in both 2026-27 and 2027-28. A late top-up of £120,000 for 2024-25, bringing the total for that year to £13,120,000, was agreed before.

The Deputy Mayor for Policing and Crime is recommended to:

1. Accept the multi-year grant funding from the Ministry of Justice (MoJ) for victim services for 2025-26, 2026-27, and 2027-28.

1. Approve the transfer of part of the funding to a fund manager (see PCD 8196). The sums transferred are £905,000 in FY2025-26 and £880,000 in both FY2026-27 and FY2027-28.
`,
    expect: {
      reference: 'PCD 8235',
      title: 'Acceptance of victims funding',
      signed: null,
      principal: [m(42_050_000), 'accepted'],
      roles: { [m(42_050_000)]: 'accepted', [m(120_000)]: null, [m(13_120_000)]: 'context', [m(2_665_000)]: 'allocation' },
      financialYears: ['2025/26', '2026/27', '2027/28'],
      perYear: { '2025/26': m(14_250_000), '2026/27': m(13_900_000), '2027/28': m(13_900_000) },
      related: ['PCD 8196'],
      partTwo: 'not-stated',
    },
  },
  {
    name: 'two grants accepted "respectively" in one sentence; "Key information" without a title line; the year only in the page heading',
    known: page('PCD 8767', 'PCD 8767 Victims funding 2026/27'),
    text: `Key information

The grant agreements of 2022/23 and 2024/25 came the same way.

Recommendation:

The Deputy Mayor for Policing and Crime is recommended to:

-

Accept the confirmed Core and General grant funding of £7,450,000.10 and £9,120,400.55 respectively, from the Ministry of Justice (MoJ) for victim services.
`,
    expect: {
      reference: 'PCD 8767',
      title: 'Victims funding 2026/27',
      signed: null,
      principal: [m(7_450_000.1), 'accepted'],
      roles: { [m(7_450_000.1)]: 'accepted', [m(9_120_400.55)]: 'accepted' },
      financialYears: ['2026/27'],
      perYear: {},
      related: [],
      partTwo: 'not-stated',
    },
  },
  {
    name: 'a decision that only pays on a grant accepted before: grants "to" named bodies, "3 grants ... of £N each", the same sum to two boroughs, money "were awarded"',
    known: page('PCD 8872', 'Youth violence surge grants 2024/25'),
    text: `Youth violence surge grants 2024/25

Executive summary

MOPAC bid for Home Office surge money in spring 2024 and were awarded £9.2m. This paper asks to pass £512,000 of it to partners in 2024/25.

The Deputy Mayor for Policing and Crime is recommended to:

1. Approve the allocation of £180,000 from the surge grant to British Transport Police and £180,000 to CoLP for joint patrols.
2. Approve the awarding of 4 grants to the value of £25,000 each to the Safer Shops Network for new town-centre partnerships.
3. Approve the award of a grant of £32,000 to Step Forward for its mentoring scheme.
4. Approve a grant of £10,000 to LB Barnet and £10,000 to LB Brent for summer activities.
`,
    expect: {
      reference: 'PCD 8872',
      title: 'Youth violence surge grants 2024/25',
      signed: null,
      principal: null,
      roles: {
        [m(9_200_000)]: 'allocation',
        [m(512_000)]: 'allocation',
        [m(180_000)]: 'allocation',
        [m(25_000)]: 'allocation',
        [m(32_000)]: 'allocation',
        [m(10_000)]: 'allocation',
      },
      financialYears: [],
      perYear: {},
      related: [],
      partTwo: 'not-stated',
      counts: { [m(180_000)]: 2, [m(25_000)]: 4, [m(10_000)]: 2 },
    },
  },
  {
    name: '"up to £N per year" for the years taken, with no other figure, is the sum accepted',
    known: page('PCD 8316', 'PCD 8316 Home Office grant for the Lines Disruption Team 2026-28'),
    text: `PCD 8316 Home Office grant for the Lines Disruption Team 2026-28

Recommendation

The Deputy Mayor for Policing and Crime is recommended to:

1. Approve the acceptance of the Home Office offer for 2026/27 and 2027/28 of up to £9,500,000 per year for the Lines Disruption Team.
`,
    expect: {
      reference: 'PCD 8316',
      title: 'Home Office grant for the Lines Disruption Team 2026-28',
      signed: null,
      principal: [m(19_000_000), 'accepted'],
      roles: { [m(19_000_000)]: 'accepted' },
      financialYears: ['2026/27', '2027/28'],
      perYear: { '2026/27': m(9_500_000), '2027/28': m(9_500_000) },
      related: [],
      partTwo: 'not-stated',
    },
  },
];

function run(item: Case): Candidates {
  return extractCandidates(textToBlocks(item.text).blocks, item.known ?? {});
}

/** The judged fields of a case, each right or not, and its sum roles. */
function score(item: Case): { fields: [string, boolean][]; roles: [string, boolean][] } {
  const c = run(item);
  const e = item.expect;
  const principal = c.sums.find((sum) => sum.principal);
  const split = Object.fromEntries((principal?.perYear ?? []).map((part) => [part.financialYear, part.pence]));
  const fields: [string, boolean][] = [
    ['reference', (c.reference?.reference ?? null) === e.reference],
    ['title', (c.title?.value ?? null) === e.title],
    ['signed', (c.signed?.iso ?? null) === e.signed],
    ['principal', JSON.stringify(principal ? [principal.pence, principal.role] : null) === JSON.stringify(e.principal)],
    ['financial years', JSON.stringify(c.financialYears) === JSON.stringify(e.financialYears)],
    ['per-year split', JSON.stringify(split) === JSON.stringify(e.perYear)],
    ['related', JSON.stringify(c.related.map((r) => r.reference)) === JSON.stringify(e.related)],
    ['part 2', c.partTwo.status === e.partTwo],
  ];
  const roles = Object.entries(e.roles).map(([pence, role]): [string, boolean] => [
    pence,
    (c.sums.find((sum) => sum.pence === Number(pence))?.role ?? 'missing') === role,
  ]);
  return { fields, roles };
}

describe('register cases', () => {
  describe.each(CASES)('$name', (item) => {
    // Read in each test, not while vitest collects the file: mutation testing switches a mutant on
    // only for tests (README, "npm run mutation").
    let c: Candidates;
    beforeEach(() => {
      c = run(item);
    });
    const e = item.expect;

    test('reference, title and signing date', () => {
      expect(c.reference?.reference ?? null).toBe(e.reference);
      expect(c.title?.value ?? null).toBe(e.title);
      expect(c.signed?.iso ?? null).toBe(e.signed);
    });

    test('principal sum, every sum’s role, per-year split and financial years', () => {
      const principal = c.sums.find((sum) => sum.principal);
      expect(principal ? [principal.pence, principal.role] : null).toEqual(e.principal);
      expect(Object.fromEntries(c.sums.map((sum) => [sum.pence, sum.role]))).toEqual(
        Object.fromEntries(Object.entries(e.roles).map(([pence, role]) => [Number(pence), role])),
      );
      expect(Object.fromEntries((principal?.perYear ?? []).map((part) => [part.financialYear, part.pence]))).toEqual(e.perYear);
      if (principal?.perYear) expect(principal.totalPrinted).toBe(/total of/.test(item.text));
      expect(c.financialYears).toEqual(e.financialYears);
    });

    test('cited decisions (never itself) and Part 2', () => {
      expect(c.related.map((r) => r.reference)).toEqual(e.related);
      if (c.reference) expect(c.related.map((r) => r.reference)).not.toContain(c.reference.reference);
      expect(c.partTwo.status).toBe(e.partTwo);
    });

    test('errors, flagged amounts and counts', () => {
      expect(c.errors.length).toBe((e.errors ?? []).length);
      (e.errors ?? []).forEach((words, index) => expect(c.errors[index]).toContain(words));
      expect(c.flags.map((flag) => flag.asWritten).sort()).toEqual([...(e.flagged ?? [])].sort());
      for (const [pence, count] of Object.entries(e.counts ?? {})) expect(c.sums.find((sum) => sum.pence === Number(pence))?.count).toBe(count);
      if (e.slug !== undefined) expect(draftSlug(c)).toBe(e.slug);
    });

    test('every field has a confidence with a reason', () => {
      for (const sure of [c.confidence.reference, c.confidence.title, c.confidence.signed, ...c.sums.map((sum) => sum.confidence)]) {
        expect(['high', 'medium', 'low']).toContain(sure.level);
        expect(sure.reason).not.toBe('');
      }
    });
  });

  test('meets the targets: at least 90% of fields and 85% of sum roles right', () => {
    const scores = CASES.map(score);
    const fields = scores.flatMap((s) => s.fields);
    const roles = scores.flatMap((s) => s.roles);
    expect(fields.filter(([, ok]) => ok).length / fields.length).toBeGreaterThanOrEqual(0.9);
    expect(roles.filter(([, ok]) => ok).length / roles.length).toBeGreaterThanOrEqual(0.85);
  });
});

describe('the page’s facts', () => {
  const text = 'PCD 1656 Additional grant for the task force\n\nThe MPS will accept £192,993.82 for 2023/24, on top of the grant of PCD1216.\n';

  test('a known reference is the document’s own, never a cited decision', () => {
    const c = extractCandidates(textToBlocks(text).blocks, page('PCD 1656', 'PCD 1656 Additional grant for the task force'));
    expect(c.reference?.reference).toBe('PCD 1656');
    expect(c.confidence.reference.level).toBe('high');
    expect(c.related.map((r) => r.reference)).toEqual(['PCD 1216']);
  });

  test('without the page, the heading "PCD 1656 Additional ..." still names the document', () => {
    const c = extractCandidates(textToBlocks(text).blocks);
    expect(c.reference?.reference).toBe('PCD 1656');
    expect(c.related.map((r) => r.reference)).toEqual(['PCD 1216']);
  });

  test('chrome left in the text is never the title nor hides the heading’s reference', () => {
    const chrome = 'Skip to main content\n\nMayor of London logo London Assembly logo\n\nHome\n\n' + text;
    const c = extractCandidates(textToBlocks(chrome).blocks);
    expect(c.reference?.reference).toBe('PCD 1656');
    expect(c.title?.value).toBe('Additional grant for the task force');
  });

  test('a page title that is site chrome is not taken; the text’s heading is', () => {
    const c = extractCandidates(textToBlocks(text).blocks, page('PCD 1656', 'Skip to main content'));
    expect(c.title?.value).toBe('Additional grant for the task force');
  });

  test('a register page that states who decided is never refused as "not a decision", whatever its text holds', () => {
    const bare = textToBlocks('Heading of a page\n\nThe work goes on as planned.\n').blocks;
    expect(extractCandidates(bare).notADecision).not.toBeNull();
    expect(extractCandidates(bare, page(undefined, 'Heading of a page')).notADecision).toBeNull();
  });

  test('MOPAC is the recipient when it receives the money and the MPS is not named', () => {
    const c = extractCandidates(textToBlocks('PCD 8235 Victims grant\n\nMOPAC receives £1,000,000 from the Ministry of Justice for 2025/26.\n').blocks);
    expect(c.recipient).toBe('Mayor’s Office for Policing and Crime (MOPAC)');
  });

  test('a blank "Date signed" is not stated: no date and no error', () => {
    const c = extractCandidates(textToBlocks(text).blocks, page('PCD 1656', 'x', { dateSigned: { value: '', asWritten: '', how: 'Key information: Date signed' } }));
    expect(c.signed).toBeNull();
    expect(c.errors).toEqual([]);
  });

  test('a real "Date signed" on the page is the signing date; "Date published" never is', () => {
    const c = extractCandidates(
      textToBlocks(text).blocks,
      page('PCD 1656', 'x', {
        dateSigned: { value: '3 May 2023', asWritten: '3 May 2023', how: 'Key information: Date signed' },
        datePublished: { value: '9 May 2023', asWritten: '9 May 2023', how: 'Key information: Date published' },
      }),
    );
    expect(c.signed?.iso).toBe('2023-05-03');
    const published = extractCandidates(textToBlocks(text).blocks, page('PCD 1656', 'x', { datePublished: { value: '9 May 2023', asWritten: '9 May 2023', how: 'p' } }));
    expect(published.signed).toBeNull();
  });
});

/** The written forms of an amount the importer supports, with the pence each must read as. */
function forms(pounds: number, pence: number): { written: string; pence: number; flagged?: true }[] {
  const total = pounds * 100 + pence;
  const grouped = pounds.toLocaleString('en-GB');
  const fraction = pence ? `.${String(pence).padStart(2, '0')}` : '';
  const out: { written: string; pence: number; flagged?: true }[] = [
    { written: `£${grouped}${fraction}`, pence: total },
    { written: `£${pounds}${fraction}`, pence: total },
    { written: `-£${grouped}`, pence: pounds * 100, flagged: true },
  ];
  if (pounds >= 1000) {
    out.push(
      { written: `£${grouped.replace(/,/, ', ')}`, pence: pounds * 100, flagged: true },
      { written: `£${grouped.replace(/,/g, ' ')}`, pence: pounds * 100, flagged: true },
    );
  }
  if (pence === 0 && pounds % 10_000 === 0) {
    const millions = String(pounds / 1_000_000);
    out.push({ written: `£${millions}m`, pence: total }, { written: `£${millions} million`, pence: total });
  }
  if (pence === 0 && pounds % 1000 === 0) out.push({ written: `£${pounds / 1000}k`, pence: total });
  return out;
}

describe('property: every amount in a supported form is read exactly or flagged', () => {
  test('in a sentence, alone or followed by punctuation', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2_000_000_000 }), fc.integer({ min: 0, max: 99 }), fc.constantFrom('', ',', '.', ')', ';'), (pounds, pence, after) => {
        for (const form of forms(pounds, pence)) {
          const sentence = `The MPS will accept ${form.written}${after} for the team.`;
          const { sums, unread } = scanAmounts(sentence);
          const start = sentence.indexOf(form.written);
          const read = sums.find((sum) => sum.start === start);
          const reported = unread.find((item) => item.start === start);
          if (form.flagged) {
            expect(Boolean(read?.problem) || Boolean(reported)).toBe(true);
            if (read) expect(read.pence).toBe(form.pence);
          } else {
            expect(reported).toBeUndefined();
            expect(read).toMatchObject({ pence: form.pence, asWritten: form.written });
            expect(read?.problem).toBeUndefined();
          }
          // No other amount is read from the sentence.
          expect(sums.filter((sum) => sum.start !== start)).toEqual([]);
        }
      }),
      { numRuns: 300 },
    );
  });

  test('through the whole extraction: a sum with its exact pence, or a flag', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 50_000_000 }), fc.integer({ min: 0, max: 99 }), (pounds, pence) => {
        for (const form of forms(pounds, pence)) {
          const c = extractCandidates(textToBlocks(`PCD 8001 Test grant\n\nThe MPS will accept ${form.written} of Home Office grant for 2024/25.\n`).blocks);
          const flagged = c.flags.some((flag) => flag.asWritten.startsWith(form.written.replace(/^-/, '-')) || form.written.includes(flag.asWritten));
          if (form.flagged) expect(flagged).toBe(true);
          else {
            expect(flagged).toBe(false);
            expect(c.sums.map((sum) => sum.pence)).toEqual([form.pence]);
          }
          for (const sum of c.sums) expect(sum.pence === form.pence || flagged).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });
});
