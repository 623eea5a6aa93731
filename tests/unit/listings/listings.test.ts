import { describe, expect, test } from 'vitest';
import {
  financialYearSlug,
  listingFinancialYears,
  listingYear,
  listingsByFinancialYear,
  listingsByProgramme,
  listingsByYear,
  type Listing,
} from '../../../src/lib/listings/listings.ts';
import type { Decision } from '../../../src/lib/core/decisions.ts';
import { PROGRAMME_IDS } from '../../../src/lib/core/programmes.ts';
import { fullTextDecisions } from '../../helpers/content.ts';
import { decision, signedOn } from '../../helpers/make-decision.ts';

const decisions = fullTextDecisions();
const byId = (id: string): Decision => {
  const found = decisions.find((d) => d.id === id);
  if (!found) throw new Error(`No decision ${id}`);
  return found;
};
const OCS = 'ocs-grant-2023-2027';
const flat = <K>(listings: Listing<K>[]) => listings.map((l) => [l.key, l.decisions.map((d) => d.id)] as const);

describe('listingYear', () => {
  test.each([
    [OCS, 2023],
    ['pcd-1092', 2021],
    ['pcd-911', 2021],
    ['pcd-785', 2020],
    ['pcd-386', 2018],
  ])('lists %s under %i', (id, year) => {
    expect(listingYear(byId(id))).toBe(year);
  });

  test('lists a decision with a month-only date under that month\'s year', () => {
    expect(listingYear(decision('march', { dates: [{ kind: 'meeting', date: '2024-03', asWritten: 'March 2024' }] }))).toBe(2024);
  });

  test('gives null for a decision that states no date and no financial year', () => {
    expect(listingYear(decision('undated'))).toBeNull();
  });
});

describe('listingFinancialYears', () => {
  test.each([
    [OCS, ['2023/24']],
    ['pcd-1092', ['2021/22']],
    ['pcd-911', ['2020/21']],
    ['pcd-785', ['2020/21']],
    ['pcd-386', ['2018/19']],
  ])('lists %s under %j', (id, years) => {
    expect(listingFinancialYears(byId(id))).toEqual(years);
  });

  test('lists a decision under every financial year it names', () => {
    expect(listingFinancialYears(decision('two-years', { financialYears: ['2021/22', '2022/23'] }))).toEqual(['2021/22', '2022/23']);
  });

  test('takes the financial year of the signing date when the document names none: 31 March is still the old year', () => {
    expect(listingFinancialYears(decision('march-31', signedOn('2021-03-31', '31/03/2021')))).toEqual(['2020/21']);
    expect(listingFinancialYears(decision('april-1', signedOn('2021-04-01', '01/04/2021')))).toEqual(['2021/22']);
  });

  test('takes the financial year of the first of the month for a month-only date', () => {
    const d = decision('march', { dates: [{ kind: 'meeting', date: '2024-03', asWritten: 'March 2024' }] });
    expect(listingFinancialYears(d)).toEqual(['2023/24']);
  });

  test('gives no financial year for a decision that states no date and no financial year', () => {
    expect(listingFinancialYears(decision('undated'))).toEqual([]);
  });

  test('gives a copy, so changing it does not change the decision', () => {
    const d = byId('pcd-1092');
    listingFinancialYears(d).push('1999/00');
    expect(d.financialYears).toEqual(['2021/22']);
  });
});

describe('financialYearSlug', () => {
  test.each([
    ['2021/22', '2021-22'],
    ['2020/21', '2020-21'],
    ['1999/00', '1999-00'],
    ['2023/24', '2023-24'],
  ])('writes %j as %j for a URL', (fy, slug) => {
    expect(financialYearSlug(fy)).toBe(slug);
  });
});

describe('listingsByYear', () => {
  test('groups the real decisions by calendar year, newest year first, each newest first', () => {
    expect(flat(listingsByYear(decisions))).toEqual([
      [2023, [OCS]],
      [2021, ['pcd-1092', 'pcd-911']],
      [2020, ['pcd-785']],
      [2018, ['pcd-386']],
    ]);
  });

  test('leaves out a decision with no date', () => {
    expect(flat(listingsByYear([...decisions, decision('undated')])).flatMap(([, ids]) => ids)).not.toContain('undated');
  });

  test('gives no listings for no decisions', () => {
    expect(listingsByYear([])).toEqual([]);
  });
});

describe('listingsByFinancialYear', () => {
  test('groups the real decisions by financial year, newest first, each newest first', () => {
    expect(flat(listingsByFinancialYear(decisions))).toEqual([
      ['2023/24', [OCS]],
      ['2021/22', ['pcd-1092']],
      ['2020/21', ['pcd-911', 'pcd-785']],
      ['2018/19', ['pcd-386']],
    ]);
  });

  test('lists a decision that names two financial years under both', () => {
    const both = decision('two-years', { ...signedOn('2021-06-01', '01/06/2021'), financialYears: ['2021/22', '2022/23'] });
    expect(flat(listingsByFinancialYear([byId('pcd-1092'), both]))).toEqual([
      ['2022/23', ['two-years']],
      ['2021/22', ['pcd-1092', 'two-years']],
    ]);
  });

  test('orders financial years across centuries by their start year', () => {
    const old = decision('old', { financialYears: ['1999/00'] });
    const next = decision('next', { financialYears: ['2000/01'] });
    expect(flat(listingsByFinancialYear([old, next])).map(([key]) => key)).toEqual(['2000/01', '1999/00']);
  });
});

describe('listingsByProgramme', () => {
  test('groups the real decisions by programme, in the order of the programme list, each newest first', () => {
    expect(flat(listingsByProgramme(decisions, PROGRAMME_IDS))).toEqual([
      ['county-lines', ['pcd-1092', 'pcd-911', 'pcd-785', 'pcd-386']],
      ['operation-orochi', ['pcd-1092', 'pcd-785']],
      ['anpr', ['pcd-1092']],
      ['nclcc', ['pcd-386']],
      ['organised-crime-grant', [OCS]],
      ['serious-organised-crime', ['pcd-911']],
    ]);
  });

  test('follows the order it is given and lists only the programmes in it', () => {
    expect(flat(listingsByProgramme(decisions, ['nclcc', 'operation-orochi']))).toEqual([
      ['nclcc', ['pcd-386']],
      ['operation-orochi', ['pcd-1092', 'pcd-785']],
    ]);
  });

  test('leaves out a programme that no decision funds', () => {
    expect(flat(listingsByProgramme([byId('pcd-911')], PROGRAMME_IDS))).toEqual([
      ['county-lines', ['pcd-911']],
      ['serious-organised-crime', ['pcd-911']],
    ]);
  });
});
