import { beforeEach, describe, expect, test } from 'vitest';
import { textToBlocks } from '../../../src/lib/import/blocks.ts';
import { extractCandidates, guessDateKind } from '../../../src/lib/import/candidates.ts';
import { findImpossibleDates, findWrittenDates } from '../../../src/lib/import/find-dates.ts';
import { expandFinancialYears, findFinancialYears } from '../../../src/lib/import/find-financial-years.ts';
import { knownSigned, stripReference } from '../../../src/lib/import/known-facts.ts';
import { findPerYearGroups } from '../../../src/lib/import/per-year.ts';
import { findTableSums, findWrittenSums } from '../../../src/lib/core/find-sums.ts';
import { findOwnReferences } from '../../../src/lib/import/own-reference.ts';
import { extractPartTwo } from '../../../src/lib/import/part-two.ts';
import { splitSentences } from '../../../src/lib/import/sentences.ts';
import { findSignatureNoise } from '../../../src/lib/import/signature-noise.ts';
import { countEach, findComponentSums, guessSumRole } from '../../../src/lib/import/sum-role.ts';

const lines = (...texts: string[]) => texts.map((text, index) => ({ text, line: index + 1 }));

describe('findWrittenSums', () => {
  test.each([
    ['£1,360,000', 136_000_000],
    ['£1.36m', 136_000_000],
    ['£0.231m', 23_100_000],
    ['£135,000', 13_500_000],
    ['£5.6m', 560_000_000],
    ['£800m', 80_000_000_000],
    ['£2.000m', 200_000_000],
    ['£3.6 million', 360_000_000],
    ['£1.2bn', 120_000_000_000],
    ['£135k', 13_500_000],
  ])('reads %j as %i pence', (written, pence) => {
    expect(findWrittenSums(`a grant of ${written} for 2021/22`)).toEqual([{ pence, asWritten: written, start: 11 }]);
  });

  test('reads "£0.500m" as five hundred thousand pounds, 50,000,000 pence', () => {
    expect(findWrittenSums('a further £0.500m Core ROCU grant')).toEqual([{ pence: 50_000_000, asWritten: '£0.500m', start: 10 }]);
  });

  test('ends a sum before the punctuation after it', () => {
    expect(findWrittenSums('of £135,000, then £4.7m. Then (£1.36m Grant)').map((s) => s.asWritten)).toEqual(['£135,000', '£4.7m', '£1.36m']);
  });

  test('does not read a unit it does not know', () => {
    expect(findWrittenSums('£5.6mn and £m and £ and £1.2345')).toEqual([]);
  });
});

describe('findTableSums', () => {
  test('reads the figures of "£m" columns as millions, skipping zeros, bare counts and other columns', () => {
    const rows = [
      ['ACE (Grant Amount £0.220m)', 'Annual cost £m', 'FTE', 'Total cost £m'],
      ['Detective Constable', '0.066', '2', '0.132'],
      ['Support Costs', '', '', '0.031'],
      ['<b>GRAND TOTAL</b>', '', '<b>3</b>', '<b>0.247</b>'],
      ['Nothing', '0.000', '', 'n/a'],
      ['Detective Sergeant', '0.084', '1', '1'],
    ];
    expect(findTableSums(rows)).toEqual([
      { pence: 6_600_000, asWritten: '0.066', column: 'Annual cost £m', row: 'Detective Constable' },
      { pence: 13_200_000, asWritten: '0.132', column: 'Total cost £m', row: 'Detective Constable' },
      { pence: 3_100_000, asWritten: '0.031', column: 'Total cost £m', row: 'Support Costs' },
      { pence: 24_700_000, asWritten: '0.247', column: 'Total cost £m', row: 'GRAND TOTAL' },
      { pence: 8_400_000, asWritten: '0.084', column: 'Annual cost £m', row: 'Detective Sergeant' },
    ]);
  });

  test('finds nothing in a table without a £m heading', () => {
    expect(findTableSums([['Band', 'FTE'], ['Band C', '5']])).toEqual([]);
  });
});

describe('guessSumRole', () => {
  test.each([
    ['This paper seeks approval for the acceptance of £1,360,000 of Home Office (HO) grant funding.', '£1,360,000', 'accepted'],
    ['The acceptance of the HO funding of £1,360,000 does not require any match funding by MOPAC.', '£1,360,000', 'accepted'],
    ['The purpose of this document is to seek approval to draw down funding of £1.36m from a Home Office Grant.', '£1.36m', 'accepted'],
    ['Approve funding sought for £3.7m through a bid to the Home Office with mutually agreeable outcomes', '£3.7m', 'bid'],
    ['The total bid request from Home Office is £3.7m.', '£3.7m', 'bid'],
    ['A summary of costs are for staffing costs for £3.7m to be funded through a bid to the Home Office.', '£3.7m', 'bid'],
    ['The Home Office has also allocated a further £4.7m funding to the wider Operation Orochi function.', '£4.7m', 'allocation'],
    ['The Serious Violence Strategy identified a £3.6m allocation towards the development of a centre', '£3.6m', 'allocation'],
    ['The total OCS grant awarded in 2023/24 is £1.701m, which is match funded from MPS budgets by £2.047m.', '£2.047m', 'match-funding'],
    ['Approve the acceptance of future OCS Grant offers of up to £2.000m annually until 2027.', '£2.000m', 'future-cap'],
    ['County Lines is an industry believed to be worth in excess of £800m UK wide.', '£800m', 'context'],
    ['Hence the total cost of the areas funded by OCS grant is £3.748m.', '£3.748m', 'context'],
    ['MOPAC approved receipt of Home Office grant funding of £6.6m for 2021/22 in June 2021 [PCD990].', '£6.6m', 'other-decision-grant'],
    ['This £4.7m will provide the capacity for the work funded by this grant.', '£4.7m', null],
    ['In September 2023 the Home Office confirmed the offer of an OCS Grant of up to £1.201m for 2023/2024.', '£1.201m', null],
  ])('reads %j: %s is %s', (sentence, asWritten, role) => {
    expect(guessSumRole(sentence, asWritten, { ownReference: 'PCD 1092' }).role).toBe(role);
  });

  test('reads only the clause of each sum: £1.701m is not match funding', () => {
    const sentence = 'The total OCS grant awarded in 2023/24 is £1.701m, which is match funded from MPS budgets by £2.047m.';
    expect(guessSumRole(sentence, '£1.701m').role).toBeNull();
  });

  test('names the other decision of another decision’s grant, in canonical form', () => {
    expect(guessSumRole('A grant of £6.6m was approved in June 2021 [PCD990].', '£6.6m')).toEqual({
      role: 'other-decision-grant',
      cue: 'PCD 990',
      decision: 'PCD 990',
    });
  });

  test('does not take the document’s own reference for another decision', () => {
    expect(guessSumRole('PCD 1092 approves the acceptance of £1.36m.', '£1.36m', { ownReference: 'PCD 1092' }).role).toBe('accepted');
  });

  test('tells apart two mentions of the same figure in one sentence', () => {
    const sentence = 'The acceptance of £1m is in addition to a bid for £1m.';
    expect(guessSumRole(sentence, '£1m', { occurrence: 0 }).role).toBe('accepted');
    expect(guessSumRole(sentence, '£1m', { occurrence: 1 }).role).toBe('bid');
  });
});

describe('findComponentSums', () => {
  test('finds the shares listed next to the total they add up to', () => {
    const pences = [120_100_000, 50_000_000, 170_100_000, 100_000_000, 23_100_000, 22_000_000, 15_000_000, 10_000_000, 170_100_000];
    const components = findComponentSums(pences, pences.map(() => true));
    expect([...components].sort((a, b) => a - b)).toEqual([0, 1, 3, 4, 5, 6, 7]);
  });

  test('leaves alone sums that already have a role, and sums that add up to nothing beside them', () => {
    expect([...findComponentSums([100, 200, 300], [true, false, true])]).toEqual([]);
    expect([...findComponentSums([100, 200, 301], [true, true, true])]).toEqual([]);
  });
});

describe('findWrittenDates', () => {
  test.each([
    ['10/12/2021', '2021-12-10'],
    ['1/2/2021', '2021-02-01'],
    ['02/05/18', '2018-05-02'],
    ['15 January 2021', '2021-01-15'],
    ['31st March 2022', '2022-03-31'],
    ['31<sup>st</sup> March 2021', '2021-03-31'],
    ['26th April 2018', '2018-04-26'],
    ['March 2024', '2024-03'],
    ['June 2021', '2021-06'],
  ])('finds %j as %s', (written, iso) => {
    const [date] = findWrittenDates(`on ${written}, then`);
    expect(date).toMatchObject({ iso, asWritten: written, start: 3 });
  });

  test('reads "1/2/2021" day first: 1 February 2021', () => {
    expect(findWrittenDates('Date 1/2/2021')[0]?.iso).toBe('2021-02-01');
  });

  test('reads "08 05 18" only on a "Date" line', () => {
    expect(findWrittenDates('Date 08 05 18', { spaced: true })).toMatchObject([{ iso: '2018-05-08', asWritten: '08 05 18' }]);
    expect(findWrittenDates('with 08 05 18 officers')).toEqual([]);
  });

  test.each([
    ['a date without a year', 'announced on 9th April identified'],
    ['an impossible date', 'on 31/02/2021 then'],
    ['a span of years', 'the Plan 2017-2021 and 2023 - 2027'],
    ['a financial year', 'for FY 21/22 and 2021/22'],
    ['a lowercase month word', 'the unit may 2018'],
    ['a paragraph number', 'Para 4.8 of the Scheme'],
  ])('finds nothing in %s', (_, text) => {
    expect(findWrittenDates(text)).toEqual([]);
  });
});

describe('guessDateKind', () => {
  test.each([
    ['A decision is required from the Deputy Mayor by 06/12/2021.', '06/12/2021', 'decision-required-by'],
    ['A decision is required from the Deputy Mayor by March 2024.', 'March 2024', 'decision-required-by'],
    ['MOPAC Investment Advisory & Monitoring meeting 15 January 2021', '15 January 2021', 'meeting'],
    ['MOPAC Investment Advisory Board 26th April 2018', '26th April 2018', 'meeting'],
    ['a Grant Agreement covering the period 01/04/2023 to 31/03/2024.', '01/04/2023', 'funding-period-start'],
    ['approve this funding by the HO for the period to 31/03/2021.', '31/03/2021', 'funding-period-end'],
    ['The funding is available until 31 March 2021.', '31 March 2021', 'funding-period-end'],
    ['Notably, the grant expires on 31<sup>st</sup> March 2022 and has been authorized late.', '31<sup>st</sup> March 2022', 'funding-period-end'],
    ['Part 2 will be reviewed on 06/12/2022 with a view to publication.', '06/12/2022', 'part-2-review'],
    ['This will mean the posts can exist until 31 March 2023 minimum, pending funding.', '31 March 2023', null],
  ])('reads %j: %s as %s', (sentence, written, kind) => {
    const date = findWrittenDates(sentence).find((d) => d.asWritten === written);
    expect(date).toBeDefined();
    if (date) expect(guessDateKind(sentence, date).kind).toBe(kind);
  });

  test('reads the second date of a period as its end', () => {
    const text = 'during the period 1 April 2020 to 31 March 2021.';
    const candidates = extractCandidates(textToBlocks(text).blocks);
    expect(candidates.dates.map((d) => [d.kind, d.iso])).toEqual([
      ['funding-period-start', '2020-04-01'],
      ['funding-period-end', '2021-03-31'],
    ]);
  });
});

describe('findFinancialYears', () => {
  test.each([
    ['2021/22', '2021/22'],
    ['FY 21/22', '2021/22'],
    ['2023/2024', '2023/24'],
    ['2023/4', '2023/24'],
    ['23/24', '2023/24'],
    ['2020/21', '2020/21'],
  ])('reads %j as %s', (written, value) => {
    expect(findFinancialYears(`in ${written}.`)).toEqual([{ value, asWritten: written, start: 3 }]);
  });

  test.each([['10/12/2021'], ['1/2/2021'], ['3/1/23'], ['2017/2021'], ['24/7'], ['50/50']])('finds nothing in %j', (text) => {
    expect(findFinancialYears(`on ${text} then`)).toEqual([]);
  });
});

describe('findOwnReferences', () => {
  test.each([
    ['DMPC Decision – PCD 1092', 'PCD 1092'],
    ['DMPC Decision - PCD 911', 'PCD 911'],
    ['REQUEST FOR DMPC DECISION - PCD 386', 'PCD 386'],
    ['DMPC Decision – PCD1092', 'PCD 1092'],
    ['Decision number: PCD 12', 'PCD 12'],
    ['Signed decision document PCD 785', 'PCD 785'],
  ])('reads %j as the document’s own reference %s', (text, reference) => {
    expect(findOwnReferences(lines(text)).map((r) => r.reference)).toEqual([reference]);
  });

  test('reads a reference on a line of its own after "Signed decision document"', () => {
    expect(findOwnReferences(lines('The MPS Report.', 'Signed decision document', 'PCD 785'))).toEqual([
      { reference: 'PCD 785', asWritten: 'PCD 785', line: 3, how: 'a line of its own, after "Signed decision document"' },
    ]);
  });

  test.each([
    ['a bracketed citation', 'activity in June 2021 [PCD990].'],
    ['a bracketed citation alone', '[PCD990]'],
    ['a decision cited in a sentence', 'the pilot presented in DMPC decision paper PCD726).'],
    ['a form footer', 'PCD July 2020 1'],
  ])('does not take %s for the document’s own reference', (_, text) => {
    expect(findOwnReferences(lines(text))).toEqual([]);
  });
});

describe('extractPartTwo', () => {
  test('reads the form’s answer, the classification and the exemptions of the Part 2 section', () => {
    expect(
      extractPartTwo(
        lines(
          'Is there a Part 2 form - YES',
          'Part 2 – This section refers to the details of the Part 2 business case.',
          'The Government Security Classification marking for Part 2 is: OFFICIAL-SENSITIVE [OPERATIONAL]',
          '(1)Information which is not exempt information by virtue of section 30 is exempt information if its disclosure under this Act would, or would be likely to, prejudice:',
          'Sec 31 Law enforcement',
        ),
      ),
    ).toEqual({
      status: 'yes',
      asWritten: 'Is there a Part 2 form - YES',
      line: 1,
      classification: 'OFFICIAL-SENSITIVE [OPERATIONAL]',
      exemptions: ['Sec 31 Law enforcement'],
    });
  });

  test('reports a form that says "No" beside a Part 2 section as conflicting', () => {
    const result = extractPartTwo(
      lines('Is there a Part 2 form - No', 'Part 2 – NOT SUITABLE for MOPAC Publication.', 'Data Protection Section 40, to be reviewed in June 2026.'),
    );
    expect(result.status).toBe('conflicting');
    expect(result.exemptions).toEqual(['Data Protection Section 40, to be reviewed in June 2026.']);
  });

  test('says "not-stated" when the text is silent', () => {
    expect(extractPartTwo(lines('Detailed information is contained in the restricted section of the report.'))).toEqual({
      status: 'not-stated',
      exemptions: [],
    });
  });
});

describe('splitSentences', () => {
  test.each([
    ['1.1. MOPAC approved receipt. The Home Office agreed.', ['MOPAC approved receipt.', 'The Home Office agreed.']],
    ['Report by Det. Supt. Rick SEWART on behalf of the Chief.', ['Report by Det. Supt. Rick SEWART on behalf of the Chief.']],
    ['Signed by R. Lawrence today. Then more.', ['Signed by R. Lawrence today.', 'Then more.']],
    ['a further £4.7m. This £4.7m will provide', ['a further £4.7m.', 'This £4.7m will provide']],
    ['(inc. Regional Asset Recovery Team - RART)', ['(inc. Regional Asset Recovery Team - RART)']],
    ['**Approve the offer.** Then', ['**Approve the offer.**', 'Then']],
    ['3.1 The total bid request is £3.7m.', ['The total bid request is £3.7m.']],
  ])('splits %j', (paragraph, expected) => {
    expect(splitSentences(paragraph).map((s) => s.text)).toEqual(expected);
  });
});

describe('findSignatureNoise', () => {
  test('suspects words before "Signature", between "Signature" and "Date", and a lone word after the date', () => {
    const text = [
      'The above request has my approval.', '', 'due hinden Signature', '', 'Date 10/12/2021', '',
      'Signature', '', 'Canaluchterd.', '', 'Date 9/12/2021', '',
      'Signature', '', 'Date 20/01/2021', '', '', 'Glanatuchterd.', '', 'Piloting an Enhanced Response',
    ].join('\n');
    expect(findSignatureNoise(text).map((n) => [n.text, n.line])).toEqual([
      ['due hinden', 3],
      ['Canaluchterd.', 9],
      ['Glanatuchterd.', 18],
    ]);
  });

  test('suspects a short lowercase line on its own', () => {
    expect(findSignatureNoise('recommended to:\n\ndue hinden\n\n1. Approve').map((n) => n.text)).toEqual(['due hinden']);
  });

  test('keeps a legible name', () => {
    expect(findSignatureNoise('Signature\n\nR. Lawrence\n\nDate 02/05/18')).toEqual([]);
  });
});

describe('extractCandidates', () => {
  const decision = [
    '#### **DMPC Decision – PCD 1092**',
    '',
    '#### Title: Home Office Grant Funding 2021/22',
    '',
    'This paper seeks approval for the acceptance of £1,360,000 of Home Office (HO) grant funding for FY 21/22.',
    '',
    'The above request has my approval.',
    '',
    'Signature',
    '',
    'Date 10/12/2021',
    '',
    '#### Chief Executive Officer',
    '',
    'Signature',
    '',
    'Date 9/12/2021',
    '',
    '1.1. MOPAC approved receipt of grant funding of £6.6m in June 2021 [PCD990].',
    '',
    'It is an industry believed to be worth in excess of £800m UK wide.',
    '',
    'In addition to this £1.36m grant funding the Home Office has also allocated a further £4.7m funding.',
    '',
    'Is there a Part 2 form - YES',
  ].join('\n');
  // Read in each test, not while vitest collects the file: mutation testing switches a mutant on
  // only for tests (README, "npm run mutation").
  let c: ReturnType<typeof extractCandidates>;
  beforeEach(() => {
    c = extractCandidates(textToBlocks(decision).blocks);
  });

  test('finds the reference, title and signing date', () => {
    expect(c.reference?.reference).toBe('PCD 1092');
    expect(c.title?.value).toBe('Home Office Grant Funding 2021/22');
    expect(c.signed).toMatchObject({ iso: '2021-12-10', asWritten: '10/12/2021', kind: 'signed' });
    expect(c.dates.map((d) => [d.kind, d.iso])).toEqual([
      ['chief-executive-signed', '2021-12-09'],
      [null, '2021-06'],
    ]);
  });

  test('gives each amount one candidate with its strongest role, and picks the first accepted as principal', () => {
    expect(c.sums.map((s) => [s.pence, s.role, s.principal, s.chosen.asWritten])).toEqual([
      [136_000_000, 'accepted', true, '£1,360,000'],
      [660_000_000, 'other-decision-grant', false, '£6.6m'],
      [80_000_000_000, 'context', false, '£800m'],
      [470_000_000, 'allocation', false, '£4.7m'],
    ]);
    expect(c.sums[0]?.chosen.quote).toBe('This paper seeks approval for the acceptance of £1,360,000 of Home Office (HO) grant funding for FY 21/22.');
    expect(c.sums[0]?.chosen.funder).toBe('Home Office');
    expect(c.financialYears).toEqual(['2021/22']);
    expect(c.decisionTypes).toEqual(['grant-acceptance']);
  });

  test('lists the cited decision with its sentence and date', () => {
    expect(c.related).toEqual([
      {
        reference: 'PCD 990',
        quote: 'MOPAC approved receipt of grant funding of £6.6m in June 2021 [PCD990].',
        line: 19,
        date: expect.objectContaining({ iso: '2021-06', asWritten: 'June 2021' }),
      },
    ]);
    expect(c.partTwo.status).toBe('yes');
    expect(c.notADecision).toBeNull();
  });

  test('reports no signing date rather than inventing one', () => {
    const unsigned = extractCandidates(textToBlocks('Key information\n\nMOPAC accepts £5.6m.\n\nSigned decision document\n\nPCD 785').blocks);
    expect(unsigned.signed).toBeNull();
    expect(unsigned.reference?.reference).toBe('PCD 785');
  });

  test('says when a text is not a decision', () => {
    expect(extractCandidates(textToBlocks('A shopping list.\n\nEggs, milk and bread.').blocks).notADecision).toBe(
      'not a decision document (no PCD reference, no sum of money, no mention of MOPAC, the DMPC or the Deputy Mayor)',
    );
  });
});

describe('register wordings', () => {
  test.each([
    ['The Home Office has offered up to £13,000,000 per year for 2022/23 – 2024/25.', '£13,000,000', 'accepted'],
    ['To agree in principle to accept future grants of up to £1,000,000 per year for 2025/26 and 2026/27.', '£1,000,000', 'future-cap'],
    ['Agreement in principle to accept up to £1m should the Home Office offer it.', '£1m', 'future-cap'],
    ['Approve grant payments of £250,000 to British Transport Police.', '£250,000', 'allocation'],
    ['£20,000 to LB Enfield for outreach.', '£20,000', 'allocation'],
    ['The MPS will pass £500,000 of the grant to the City of London Police.', '£500,000', 'allocation'],
    ['Approve spending up to £825,000 of the £6,600,000 on vehicles.', '£825,000', 'component'],
    ['The grant is £4.7m, of which £950,000 is for vehicles.', '£950,000', 'component'],
    ['Drug supply is a market in excess of £800m nationally.', '£800m', 'context'],
    ['The trade is worth over £500m a year to those who run it.', '£500m', 'context'],
    ['The Home Secretary announced £20m for county lines.', '£20m', 'allocation'],
    ['It follows the Home Secretary’s announcement of £40m to tackle county lines.', '£40m', 'allocation'],
    ['MOPAC will enter a new grant agreement worth £418,900 per year.', '£418,900', 'accepted'],
    ['Approve receipt of the further Home Office grant of £184,250.50.', '£184,250.50', 'accepted'],
  ])('reads %j: %s is %s', (sentence, asWritten, role) => {
    expect(guessSumRole(sentence, asWritten, { ownReference: 'PCD 8000' }).role).toBe(role);
  });

  test('the decision cited after a sum is its own, not one cited before it', () => {
    const sentence = 'It began with £310,000 for 2021/22 (PCD-8001) and went on with £402,500 for 2022/23 (PCD8060).';
    expect(guessSumRole(sentence, '£402,500').decision).toBe('PCD 8060');
  });

  test.each([
    ['£30,000 each to the London Boroughs of Enfield, Haringey and Brent.', 3],
    ['three boroughs will get £30,000 each.', 3],
    ['£5,000 each to Barnet and Brent.', 2],
    ['£5,000 each.', null],
  ])('counts the bodies of %j: %s', (sentence, count) => {
    const at = sentence.indexOf(' each');
    const before = sentence.slice(0, sentence.indexOf('£'));
    expect(countEach(before, sentence.slice(at))).toBe(count);
  });
});

describe('financial years in every form', () => {
  test.each([
    ['2021-22', '2021/22'],
    ['2021-2022', '2021/22'],
    ['financial year 2021-2022', '2021/22'],
    ['FY 21/22', '2021/22'],
    ['FY21-22', '2021/22'],
    ['2021–22', '2021/22'],
  ])('reads %j as %s', (written, value) => {
    expect(findFinancialYears(`for ${written}.`).map((fy) => fy.value)).toEqual([value]);
  });

  test.each([['2021-12-10'], ['10-12-2021'], ['Plan 2017-2021'], ['pages 21-22'], ['2022-2025']])('finds no year in %j', (text) => {
    expect(findFinancialYears(text)).toEqual([]);
  });

  test.each([
    ['2022/23 – 2024/25', ['2022/23', '2023/24', '2024/25']],
    ['from 2023/24 to 2024/25', ['2023/24', '2024/25']],
    ['between 2022/23 and 2025/26', ['2022/23', '2023/24', '2024/25', '2025/26']],
    ['in 2022/23 and 2024/25', ['2022/23', '2024/25']],
    ['FY22/23 to FY 24/25', ['2022/23', '2023/24', '2024/25']],
  ])('expands %j to every year', (text, years) => {
    expect(expandFinancialYears(text).map((fy) => fy.value)).toEqual(years);
  });
});

describe('findPerYearGroups', () => {
  const groups = (sentence: string) =>
    findPerYearGroups(sentence, findWrittenSums(sentence)).map((g) => [g.total, g.parts.map((p) => `${p.financialYear} ${p.asWritten}`)]);

  test.each([
    ['£9.4m in 2023/24 and £9m in each of 2024/25 and 2025/26', 2_740_000_000, ['2023/24 £9.4m', '2024/25 £9m', '2025/26 £9m']],
    ['£570,567 per year for 2023/24 and 2024/25', 114_113_400, ['2023/24 £570,567', '2024/25 £570,567']],
    ['£13,900,000 in FY22/23, £13,000,000 in FY23/24 and FY 24/25', 3_990_000_000, ['2022/23 £13,900,000', '2023/24 £13,000,000', '2024/25 £13,000,000']],
    ['£1m per year from 2023/24 to 2025/26', 300_000_000, ['2023/24 £1m', '2024/25 £1m', '2025/26 £1m']],
    ['£2,893,452 for each of 2022/23 and 2023/24', 578_690_400, ['2022/23 £2,893,452', '2023/24 £2,893,452']],
  ])('splits %j', (sentence, total, parts) => {
    expect(groups(sentence)).toEqual([[total, parts]]);
  });

  test.each([
    ['£5m for 2022/23 and 2023/24'],
    ['£1.2m for 2019/20 and £1.15m for 2019/20'],
    ['£310,000 for 2021/22 (PCD-8001) and went on with £402,500 for 2022/23'],
    ['£570,567 per year for 2023/24'],
  ])('does not split %j', (sentence) => {
    expect(groups(sentence)).toEqual([]);
  });
});

describe('dates that cannot be', () => {
  test('finds impossible days in the shape of a date', () => {
    expect(findImpossibleDates('on 31/02/2022, 30 February 2023 and 29/02/2024').map((d) => d.asWritten)).toEqual(['31/02/2022', '30 February 2023']);
  });

  test('a page’s impossible "Date signed" is an error; a blank one is not stated', () => {
    const how = 'Key information: Date signed';
    expect(knownSigned({ dateSigned: { value: '31/02/2022', asWritten: '31/02/2022', how } })).toEqual({ date: null, error: expect.stringContaining('31/02/2022') });
    expect(knownSigned({ dateSigned: { value: '', asWritten: ' ', how } })).toEqual({ date: null, error: null });
    expect(knownSigned({ dateSigned: { value: '3 May 2023', asWritten: '3 May 2023', how } }).date).toMatchObject({ iso: '2023-05-03', kind: 'signed' });
    expect(knownSigned({ dateSigned: { value: 'x', asWritten: 'Tuesday 3 May 2023, 10:00', how } }).date).toMatchObject({ iso: '2023-05-03', asWritten: '3 May 2023' });
    expect(knownSigned({ dateSigned: { value: 'x', asWritten: 'to follow', how } }).error).toContain('cannot read');
    expect(knownSigned({ dateSigned: { value: 'x', asWritten: '30 February 2023', how } }).error).toContain('not a real day');
  });

  test('stripReference takes the reference off a page heading', () => {
    expect(stripReference('PCD 1656 Additional grant')).toBe('Additional grant');
    expect(stripReference('PCD 1656')).toBe('PCD 1656');
  });
});

describe('findOwnReferences on register pages', () => {
  test('the page heading "PCD 1656 Additional ..." names the document; "Reference code:" too', () => {
    expect(findOwnReferences(lines('PCD 1656 Additional grant', 'It follows PCD 1216.')).map((r) => [r.reference, r.how])).toEqual([['PCD 1656', 'the page heading']]);
    expect(findOwnReferences(lines('Reference code: PCD 1656')).map((r) => r.reference)).toEqual(['PCD 1656']);
  });

  test('"PCD 1235 - Acceptance of ..." is a page heading too, and so is a heading after "Reference code:" with the same reference', () => {
    expect(findOwnReferences(lines('PCD 1235 - Acceptance of grant funding')).map((r) => r.how)).toEqual(['the page heading']);
    const found = findOwnReferences(lines('Key information', 'Reference code: PCD 1560', 'Decision by: the Deputy Mayor', 'PCD 1560 Acceptance of grant funding'));
    expect(found.map((r) => [r.reference, r.how])).toEqual([
      ['PCD 1560', 'a labelled reference'],
      ['PCD 1560', 'the page heading'],
    ]);
  });

  test('a line starting with another reference later on is not the document’s, unless the page states it', () => {
    const text = lines('Grant for the team', 'PCD 1216 Home Office funding was approved in 2022.');
    expect(findOwnReferences(text)).toEqual([]);
    expect(findOwnReferences(text, 'PCD 1216').map((r) => r.reference)).toEqual(['PCD 1216']);
  });
});

describe('Part 2 in other wordings', () => {
  test.each([
    ['Is there a Part 2 form? – No', 'no'],
    ['Is there a Part 2 form: YES', 'yes'],
    ['There is no Part 2 to this report.', 'no'],
    ['There is a confidential Part 2 to this report.', 'yes'],
  ])('reads %j as %s', (text, status) => {
    expect(extractPartTwo(lines(text)).status).toBe(status);
  });
});
