import { describe, expect, test } from 'vitest';
import type { z } from 'zod';
import { decisionSchema } from '../../../src/schemas/decision.ts';

type DecisionInput = z.input<typeof decisionSchema>;

/** A valid decision in the shape YAML frontmatter gives: plain objects, dates as quoted strings. */
function validInput(): Record<string, unknown> & DecisionInput {
  return {
    reference: 'PCD 1092',
    title: 'Home Office Grant for County Lines 2021/22',
    summary: 'The Deputy Mayor accepts £1.36m of Home Office grant for work against county lines.',
    decisionTypes: ['grant-acceptance'],
    signed: { date: '2021-12-10', asWritten: '10/12/2021' },
    dates: [{ kind: 'meeting', date: '2021-11-03', asWritten: '03/11/2021' }],
    funders: ['Home Office'],
    recipient: 'Metropolitan Police Service (MPS)',
    financialYears: ['2021/22'],
    programmes: ['county-lines', 'operation-orochi'],
    amounts: [
      {
        pence: 136_000_000,
        role: 'accepted',
        principal: true,
        asWritten: '£1.36m',
        quote: 'Approve the acceptance of £1.36m of Home Office grant in 2021/22.',
        financialYears: ['2021/22'],
        programme: 'county-lines',
        funder: 'Home Office',
      },
      {
        pence: 50_000_000,
        role: 'other-decision-grant',
        asWritten: '£0.500m',
        quote: 'PCD 785 accepted a further £0.500m for Operation Orochi.',
        programme: 'operation-orochi',
        decision: 'PCD 785',
      },
    ],
    partTwo: { status: 'yes', asWritten: 'Is there a Part 2 form - YES', exemptions: ['Section 31'] },
    related: [
      {
        reference: 'PCD 785',
        says: 'Expanded Operation Orochi.',
        quote: 'PCD 785 accepted a further £0.500m for Operation Orochi.',
        date: { date: '2021-02-01', asWritten: '1/2/2021' },
      },
    ],
    source: { file: '001_abc.txt', url: 'https://www.london.gov.uk/pcd-1092.pdf' },
  };
}

/** A copy of the valid decision changed by `edit`, which may mutate it freely. */
function edited(edit: (d: any) => void): unknown {
  const copy = structuredClone(validInput());
  edit(copy);
  return copy;
}

describe('decisionSchema', () => {
  test('accepts a valid decision', () => {
    const result = decisionSchema.safeParse(validInput());
    expect(result.error?.issues).toBeUndefined();
    expect(result.success).toBe(true);
  });

  test('fills in defaults for what a decision leaves out', () => {
    const minimal = edited((d) => {
      for (const key of ['dates', 'funders', 'financialYears', 'related']) delete d[key];
      d.amounts = [{ pence: 13_500_000, role: 'accepted', asWritten: '£135k', quote: 'A grant of £135k.', principal: true }];
      d.partTwo = { status: 'no' };
      d.source = { file: '001_abc.txt' };
    });
    const data = decisionSchema.parse(minimal);
    expect(data.dates).toEqual([]);
    expect(data.funders).toEqual([]);
    expect(data.financialYears).toEqual([]);
    expect(data.related).toEqual([]);
    expect(data.cleaned).toEqual([]);
    expect(data.partTwo.exemptions).toEqual([]);
    expect(data.amounts[0]?.financialYears).toEqual([]);
    expect(data.source.publisher).toBe('Mayor\u2019s Office for Policing and Crime (MOPAC)');
  });

  test('defaults an amount to not principal', () => {
    const data = decisionSchema.parse(validInput());
    expect(data.amounts.map((a) => a.principal)).toEqual([true, false]);
  });

  test('accepts a decision without a reference or a signing date', () => {
    const input = edited((d) => {
      d.reference = null;
      d.signed = { notStated: 'The published document has no signature block.' };
      d.related[0].reference = 'PCD 1092';
    });
    expect(decisionSchema.safeParse(input).success).toBe(true);
  });

  test('accepts a month-precision date written as a month', () => {
    const input = edited((d) => {
      d.dates = [{ kind: 'decision-required-by', date: '2024-03', asWritten: 'March 2024' }];
    });
    expect(decisionSchema.safeParse(input).success).toBe(true);
  });

  test.each<[string, (d: any) => void, (string | number)[], RegExp]>([
    ['a negative amount', (d) => { d.amounts[0].pence = -136_000_000; }, ['amounts', 0, 'pence'], /must not be negative/],
    ['fractional pence', (d) => { d.amounts[0].pence = 136_000_000.5; }, ['amounts', 0, 'pence'], /must be a whole number of pence/],
    ['pence that do not match "£1.36m"', (d) => { d.amounts[0].pence = 13_600_000; }, ['amounts', 0, 'pence'], /^"£1\.36m" is 136000000 pence, not 13600000$/],
    ['pence written as a string', (d) => { d.amounts[0].pence = '136000000'; }, ['amounts', 0, 'pence'], /must be a number of pence/],
    ['an asWritten that is not a sum', (d) => { d.amounts[0].asWritten = 'one million'; d.amounts[0].quote = 'one million'; }, ['amounts', 0, 'asWritten'], /^"one million" is not a sum this site can read$/],
    ['a quote that does not contain asWritten', (d) => { d.amounts[0].quote = 'Approve the acceptance of the grant.'; }, ['amounts', 0, 'quote'], /^the quote does not contain "£1\.36m"$/],
    ['an unknown programme', (d) => { d.programmes = ['county-line']; }, ['programmes', 0], /county-lines/],
    ['an unknown amount role', (d) => { d.amounts[0].role = 'granted'; }, ['amounts', 0, 'role'], /accepted/],
    ['an impossible date, 2021-02-30', (d) => { d.dates[0] = { kind: 'meeting', date: '2021-02-30', asWritten: '30/02/2021' }; }, ['dates', 0, 'date'], /^"2021-02-30" is not a real date \(use YYYY-MM-DD or YYYY-MM\)$/],
    ['an impossible signing date, 2021-02-30', (d) => { d.signed = { date: '2021-02-30', asWritten: '30/02/2021' }; }, ['signed', 'date'], /"2021-02-30" is not a real date/],
    ['a JavaScript Date instead of a quoted string', (d) => { d.dates[0].date = new Date('2021-11-03'); }, ['dates', 0, 'date'], /write dates as quoted strings, e\.g\. date: "2021-12-10"/],
    ['a JavaScript Date as the signing date', (d) => { d.signed.date = new Date('2021-12-10'); }, ['signed', 'date'], /write dates as quoted strings, e\.g\. date: "2021-12-10"/],
    ['a JavaScript Date in a related decision', (d) => { d.related[0].date.date = new Date('2021-02-01'); }, ['related', 0, 'date', 'date'], /write dates as quoted strings/],
    ['a signing date that reads differently day first, "1/2/2021" as 2021-01-02', (d) => { d.signed = { date: '2021-01-02', asWritten: '1/2/2021' }; }, ['signed', 'date'], /^"1\/2\/2021" reads \(UK day first\) as 2021-02-01, not 2021-01-02$/],
    ['another date that reads differently day first, "1/2/2021" as 2021-01-02', (d) => { d.dates[0] = { kind: 'meeting', date: '2021-01-02', asWritten: '1/2/2021' }; }, ['dates', 0, 'date'], /^"1\/2\/2021" reads \(UK day first\) as 2021-02-01, not 2021-01-02$/],
    ['a signing date alongside notStated', (d) => { d.signed.notStated = 'No signature block.'; }, ['signed', 'notStated'], /^give either date and asWritten, or notStated, not both$/],
    ['a signed block with neither a date nor notStated', (d) => { d.signed = {}; }, ['signed'], /^give date and asWritten, or notStated saying why there is no date$/],
    ['a signing date without asWritten', (d) => { delete d.signed.asWritten; }, ['signed', 'asWritten'], /^a signing date needs both date and asWritten$/],
    ['a date whose asWritten is not a date', (d) => { d.dates[0].asWritten = '9th November'; }, ['dates', 0, 'asWritten'], /^"9th November" is not a date this site can read$/],
    ['an unknown date kind', (d) => { d.dates[0].kind = 'signed'; }, ['dates', 0, 'kind'], /meeting/],
    ['the malformed reference "PCD-1092"', (d) => { d.reference = 'PCD-1092'; }, ['reference'], /^"PCD-1092" is not a PCD reference written like "PCD 1092"$/],
    ['the malformed reference "pcd 1092"', (d) => { d.reference = 'pcd 1092'; }, ['reference'], /^"pcd 1092" is not a PCD reference written like "PCD 1092"$/],
    ['the malformed reference "PCD 01092"', (d) => { d.reference = 'PCD 01092'; }, ['reference'], /^"PCD 01092" is not a PCD reference written like "PCD 1092"$/],
    ['a malformed related reference', (d) => { d.related[0].reference = 'PCD785'; }, ['related', 0, 'reference'], /^"PCD785" is not a PCD reference written like "PCD 1092"$/],
    ['a missing title', (d) => { delete d.title; }, ['title'], /expected string, received undefined/],
    ['an empty title', (d) => { d.title = ''; }, ['title'], /^must not be empty$/],
    ['a title of spaces', (d) => { d.title = '   '; }, ['title'], /^must not be empty$/],
    ['a missing reference (null must be written out)', (d) => { delete d.reference; }, ['reference'], /expected string, received undefined/],
    ['an unknown key', (d) => { d.titel = 'Typo'; }, [], /Unrecognized key: "titel"/],
    ['an unknown key in an amount', (d) => { d.amounts[0].principle = true; }, ['amounts', 0], /Unrecognized key: "principle"/],
    ['two principal amounts', (d) => { d.amounts[1].principal = true; }, ['amounts'], /^exactly one amount must have principal: true \(found 2\)$/],
    ['no principal amount', (d) => { d.amounts[0].principal = false; }, ['amounts'], /^exactly one amount must have principal: true \(found 0\)$/],
    ['another decision\u2019s grant without `decision`', (d) => { delete d.amounts[1].decision; }, ['amounts', 1, 'decision'], /^another decision\u2019s grant must name that decision$/],
    ['the financial year "2021/23"', (d) => { d.financialYears = ['2021/23']; }, ['financialYears', 0], /^"2021\/23" is not a financial year written like "2021\/22"$/],
    ['a financial year not written canonically, "FY 21/22"', (d) => { d.amounts[0].financialYears = ['FY 21/22']; }, ['amounts', 0, 'financialYears', 0], /^"FY 21\/22" is not a financial year written like "2021\/22"$/],
    ['an amount programme not among the decision programmes', (d) => { d.amounts[0].programme = 'anpr'; }, ['amounts', 0, 'programme'], /^"anpr" is not among the decision's programmes$/],
    ['no decision type', (d) => { d.decisionTypes = []; }, ['decisionTypes'], /^name at least one decision type$/],
    ['no programme', (d) => { d.programmes = []; d.amounts.forEach((a: any) => delete a.programme); }, ['programmes'], /^name at least one programme$/],
    ['a decision related to itself', (d) => { d.related[0].reference = 'PCD 1092'; }, ['related'], /^a decision cannot be related to itself$/],
    ['a source address that is not https', (d) => { d.source.url = 'http://www.london.gov.uk/pcd-1092.pdf'; }, ['source', 'url'], /URL/i],
  ])('rejects %s, naming the field', (_, edit, path, message) => {
    const result = decisionSchema.safeParse(edited(edit));
    expect(result.success).toBe(false);
    expect(result.error?.issues).toContainEqual(expect.objectContaining({ path, message: expect.stringMatching(message) }));
  });
});
