import { describe, expect, test } from 'vitest';
import {
  acceptedPenceOf,
  countsInTotals,
  citedBy,
  decisionsKnownOnlyFromCitations,
  displayReference,
  nameInSentence,
  headlineAmount,
  placingDate,
  relatedDecisions,
  signedDate,
  sortNewestFirst,
} from '../../../src/lib/core/decisions.ts';
import { amount, decision, related, signedOn } from '../../helpers/make-decision.ts';

describe('signedDate', () => {
  test('returns the ISO signing date when the document states one', () => {
    expect(signedDate(decision('pcd-1092', { reference: 'PCD 1092', ...signedOn('2021-12-10', '10/12/2021') }))).toBe(
      '2021-12-10',
    );
  });

  test('returns null when the document states no signing date', () => {
    expect(signedDate(decision('ocs-grant'))).toBeNull();
  });
});

describe('placingDate', () => {
  test('uses the signing date when it is stated, even if other dates are earlier', () => {
    const d = decision('pcd-1092', {
      ...signedOn('2021-12-10', '10/12/2021'),
      dates: [{ kind: 'meeting', date: '2021-11-03', asWritten: '03/11/2021' }],
      financialYears: ['2020/21'],
    });
    expect(placingDate(d)).toEqual({ iso: '2021-12-10', basis: 'signed', explanation: 'signed by the Deputy Mayor' });
  });

  test('uses the earliest other stated date when there is no signing date', () => {
    const d = decision('ocs-grant', {
      dates: [
        { kind: 'funding-period-end', date: '2024-03-31', asWritten: '31/03/2024' },
        { kind: 'funding-period-start', date: '2023-04-01', asWritten: '01/04/2023' },
        { kind: 'decision-required-by', date: '2024-03', asWritten: 'March 2024' },
      ],
      financialYears: ['2022/23'],
    });
    expect(placingDate(d)).toEqual({ iso: '2023-04-01', basis: 'other-date', explanation: 'funding period starts' });
  });

  test('compares a month-only date as the first of its month', () => {
    const d = decision('ocs-grant', {
      dates: [
        { kind: 'meeting', date: '2021-11-03', asWritten: '03/11/2021' },
        { kind: 'decision-required-by', date: '2021-10', asWritten: 'October 2021' },
        { kind: 'funding-period-start', date: '2021-10-02', asWritten: '2/10/2021' },
      ],
    });
    expect(placingDate(d)).toEqual({ iso: '2021-10', basis: 'other-date', explanation: 'decision required by' });
  });

  test('uses 1 April of the earliest financial year when no date is stated', () => {
    const d = decision('ocs-grant', { financialYears: ['2023/24', '2021/22', '2022/23'] });
    expect(placingDate(d)).toEqual({
      iso: '2021-04-01',
      basis: 'financial-year',
      explanation: 'start of financial year 2021/22',
    });
  });

  test('returns null when the document gives no date and no financial year', () => {
    expect(placingDate(decision('ocs-grant'))).toBeNull();
  });
});

describe('sortNewestFirst', () => {
  test('orders decisions newest first by placing date, undated last', () => {
    const older = decision('pcd-386', { reference: 'PCD 386', ...signedOn('2018-05-08', '08 05 18') });
    const newer = decision('pcd-1092', { reference: 'PCD 1092', ...signedOn('2021-12-10', '10/12/2021') });
    const byYear = decision('ocs-grant', { financialYears: ['2023/24'] });
    const undated = decision('undated');
    expect(sortNewestFirst([older, undated, newer, byYear]).map((d) => d.id)).toEqual([
      'ocs-grant',
      'pcd-1092',
      'pcd-386',
      'undated',
    ]);
  });

  test('places a month-only date at the first of the month', () => {
    const monthOnly = decision('month-only', {
      dates: [{ kind: 'meeting', date: '2021-12', asWritten: 'December 2021' }],
    });
    const firstOfMonth = decision('pcd-5', { reference: 'PCD 5', ...signedOn('2021-12-01', '1/12/2021') });
    const secondOfMonth = decision('pcd-4', { reference: 'PCD 4', ...signedOn('2021-12-02', '2/12/2021') });
    const lastOfNovember = decision('pcd-6', { reference: 'PCD 6', ...signedOn('2021-11-30', '30/11/2021') });
    expect(sortNewestFirst([lastOfNovember, monthOnly, secondOfMonth, firstOfMonth]).map((d) => d.id)).toEqual([
      'pcd-4',
      'pcd-5',
      'month-only',
      'pcd-6',
    ]);
  });

  test('breaks a tie of dates by reference number, highest first, then by id', () => {
    const on = signedOn('2021-12-10', '10/12/2021');
    const pcd911 = decision('pcd-911', { reference: 'PCD 911', ...on });
    const pcd1092 = decision('pcd-1092', { reference: 'PCD 1092', ...on });
    const unnumberedB = decision('b-grant', on);
    const unnumberedA = decision('a-grant', on);
    expect(sortNewestFirst([unnumberedB, pcd911, unnumberedA, pcd1092]).map((d) => d.id)).toEqual([
      'pcd-1092',
      'pcd-911',
      'a-grant',
      'b-grant',
    ]);
  });

  test('returns a new array and leaves its input in order', () => {
    const a = decision('pcd-1', { reference: 'PCD 1', ...signedOn('2019-01-01', '1/1/2019') });
    const b = decision('pcd-2', { reference: 'PCD 2', ...signedOn('2020-01-01', '1/1/2020') });
    const input = [a, b];
    const output = sortNewestFirst(input);
    expect(output).not.toBe(input);
    expect(input).toEqual([a, b]);
    expect(output).toEqual([b, a]);
  });
});

describe('headlineAmount', () => {
  test('returns the principal amount', () => {
    const d = decision('pcd-1092', {
      amounts: [amount(13_500_000, '£135k', 'component'), amount(136_000_000, '£1.36m', 'accepted', true)],
    });
    expect(headlineAmount(d)).toMatchObject({ pence: 136_000_000, asWritten: '£1.36m', principal: true });
  });

  test('returns null when the decision states no sum', () => {
    expect(headlineAmount(decision('pcd-1092'))).toBeNull();
  });
});

describe('displayReference', () => {
  test('returns the PCD reference when there is one', () => {
    expect(displayReference(decision('pcd-1092', { reference: 'PCD 1092' }))).toBe('PCD 1092');
  });

  test('returns "No PCD number" when there is none', () => {
    expect(displayReference(decision('ocs-grant'))).toBe('No PCD number');
  });
});

describe('nameInSentence', () => {
  test('names a decision by its reference when it has one', () => {
    expect(nameInSentence(decision('pcd-1092', { reference: 'PCD 1092', title: 'Orochi expansion' }))).toBe('PCD 1092');
  });

  test('names a decision without a reference by its title in curly quotes', () => {
    expect(nameInSentence(decision('ocs-grant', { title: 'Organised Crime Specific Grant 2023 - 2027' }))).toBe(
      '\u201COrganised Crime Specific Grant 2023 - 2027\u201D',
    );
  });
});

describe('countsInTotals and acceptedPenceOf: only accepted sums count', () => {
  const first = decision('pcd-1092', {
    amounts: [
      amount(136_000_000, '£1.36m', 'accepted', true),
      amount(200_000_000, '£2m', 'bid'),
      amount(13_500_000, '£135k', 'accepted'),
      amount(23_100_000, '£0.231m', 'component'),
    ],
  });
  const second = decision('ocs-grant', {
    amounts: [
      amount(200_000_000, '£2.000m', 'future-cap', true),
      amount(204_700_000, '£2.047m', 'match-funding'),
      amount(80_000_000_000, '£800m', 'context'),
      { ...amount(50_000_000, '£0.500m', 'other-decision-grant'), decision: 'PCD 785' },
      amount(120_100_000, '£1.201m', 'allocation'),
    ],
  });

  test('counts only accepted sums, at their positions', () => {
    const counted = [first, second].flatMap((d) => d.amounts.flatMap((a, i) => (countsInTotals(a) ? [[d.id, i, a.pence]] : [])));
    expect(counted).toEqual([
      ['pcd-1092', 0, 136_000_000],
      ['pcd-1092', 2, 13_500_000],
    ]);
  });

  test('counts nothing of a decision that accepts nothing', () => {
    expect(second.amounts.filter(countsInTotals)).toEqual([]);
    expect(acceptedPenceOf(decision('empty'))).toBe(0);
  });

  test('adds the accepted sums only', () => {
    expect(acceptedPenceOf(first) + acceptedPenceOf(second)).toBe(149_500_000);
  });
});

describe('relatedDecisions', () => {
  test('marks each related decision as on the site or not, keeping its position', () => {
    const citing = decision('pcd-1092', {
      reference: 'PCD 1092',
      related: [related('PCD 785', 'Expanded Operation Orochi.'), related('PCD 726', 'Piloted Operation Orochi.')],
    });
    const all = [citing, decision('pcd-785', { reference: 'PCD 785' })];
    expect(relatedDecisions(citing, all)).toEqual([
      { reference: 'PCD 785', id: 'pcd-785', says: 'Expanded Operation Orochi.', index: 0, location: null, evidence: 'full-text' },
      { reference: 'PCD 726', id: null, says: 'Piloted Operation Orochi.', index: 1, location: null, evidence: null },
    ]);
  });

  test('says what the record of a related decision rests on, and where a register record cites it', () => {
    const citing = decision('pcd-1216', {
      evidence: 'register',
      reference: 'PCD 1216',
      register: { page: 'https://www.london.gov.uk/pcd-1216' },
      related: [{ reference: 'PCD 726', says: 'An earlier approval.', location: 'paragraph 1.1' }],
    });
    const cited = decision('pcd-726', { evidence: 'citation', reference: 'PCD 726', decisionTypes: [] });
    expect(relatedDecisions(citing, [citing, cited])).toEqual([
      { reference: 'PCD 726', id: 'pcd-726', says: 'An earlier approval.', index: 0, location: 'paragraph 1.1', evidence: 'citation' },
    ]);
  });

  test('returns nothing for a decision that cites none', () => {
    expect(relatedDecisions(decision('pcd-1'), [])).toEqual([]);
  });
});

describe('decisionsKnownOnlyFromCitations', () => {
  test('gathers the citations of decisions not on the site, ordered by reference number', () => {
    const a = decision('pcd-1092', {
      reference: 'PCD 1092',
      related: [
        related('PCD 726', 'Piloted Operation Orochi.', { date: '2020-06-01', asWritten: '1 June 2020' }),
        related('PCD 785', 'Expanded Operation Orochi.'),
      ],
    });
    const b = decision('pcd-911', {
      reference: 'PCD 911',
      related: [related('PCD 726', 'The Orochi pilot.'), related('PCD 500', 'An earlier grant.')],
    });
    const onSite = decision('pcd-785', { reference: 'PCD 785' });
    expect(decisionsKnownOnlyFromCitations([a, b, onSite])).toEqual([
      {
        reference: 'PCD 500',
        citations: [{ decisionId: 'pcd-911', says: 'An earlier grant.', index: 1, date: null }],
      },
      {
        reference: 'PCD 726',
        citations: [
          { decisionId: 'pcd-1092', says: 'Piloted Operation Orochi.', index: 0, date: '2020-06-01' },
          { decisionId: 'pcd-911', says: 'The Orochi pilot.', index: 0, date: null },
        ],
      },
    ]);
  });

  test('returns nothing when every cited decision is on the site', () => {
    const a = decision('pcd-2', { reference: 'PCD 2', related: [related('PCD 1', 'The first.')] });
    const b = decision('pcd-1', { reference: 'PCD 1' });
    expect(decisionsKnownOnlyFromCitations([a, b])).toEqual([]);
  });
});

describe('citedBy', () => {
  test('returns the decisions that refer to the given one', () => {
    const target = decision('pcd-785', { reference: 'PCD 785' });
    const citing = decision('pcd-1092', { reference: 'PCD 1092', related: [related('PCD 785', 'Expanded Orochi.')] });
    const other = decision('pcd-911', { reference: 'PCD 911', related: [related('PCD 726', 'The pilot.')] });
    expect(citedBy(target, [target, citing, other]).map((d) => d.id)).toEqual(['pcd-1092']);
  });

  test('returns nothing for a decision without a reference', () => {
    const target = decision('ocs-grant');
    const citing = decision('pcd-1092', { reference: 'PCD 1092', related: [related('PCD 785', 'Expanded Orochi.')] });
    expect(citedBy(target, [target, citing])).toEqual([]);
  });
});
