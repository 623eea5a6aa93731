import { describe, expect, test } from 'vitest';
import { findWrittenSums, scanAmounts, scanTable } from '../../../src/lib/core/find-sums.ts';

describe('scanAmounts', () => {
  test('reads "£495, 000" whole and says what to check', () => {
    const { sums, unread } = scanAmounts('a grant of £495, 000 for 2022/23');
    expect(unread).toEqual([]);
    expect(sums).toEqual([{ pence: 49_500_000, asWritten: '£495, 000', start: 11, problem: expect.stringContaining('space inside the number') }]);
  });

  test.each([['£495 000', 49_500_000], ['£1\u00a0360\u00a0000', 136_000_000], ['£495,\u00a0000', 49_500_000]])('reads %j whole and flags it', (written, pence) => {
    expect(scanAmounts(`of ${written} for`).sums).toMatchObject([{ pence, asWritten: written, problem: expect.any(String) }]);
  });

  test('reads "£1, 000,000" whole, and flags it', () => {
    expect(scanAmounts('£1, 000,000.').sums).toMatchObject([{ pence: 100_000_000, asWritten: '£1, 000,000', problem: expect.any(String) }]);
  });

  test.each([
    ['-£12,000', 'negative'],
    ['£-12,000', 'negative'],
    ['−£5m', 'negative'],
    ['£5.6mn', 'not a unit'],
    ['£1,0000', 'not a number'],
    ['£1.2.5m', 'not a number'],
    ['£1.234', 'whole number of pence'],
  ])('reports %j, not dropped and not read', (written, problem) => {
    const { sums, unread } = scanAmounts(`an amount of ${written} here`);
    expect(sums).toEqual([]);
    expect(unread).toEqual([{ asWritten: written, start: 13, problem: expect.stringContaining(problem) }]);
  });

  test('a dash between two figures is a range, not a minus', () => {
    const { sums, unread } = scanAmounts('between £10,000 - £20,000 a year, or £120k-£150k, or £1.2m – £1.5m');
    expect(unread).toEqual([]);
    expect(sums.map((sum) => sum.pence)).toEqual([1_000_000, 2_000_000, 12_000_000, 15_000_000, 120_000_000, 150_000_000]);
    expect(scanAmounts('it went down -£5,000').unread).toHaveLength(1);
  });

  test.each([
    ['GBP 1,360,000', 136_000_000],
    ['1.36 million pounds', 136_000_000],
    ['250,000 pounds', 25_000_000],
  ])('reads %j, written without a pound sign, and flags it', (written, pence) => {
    expect(scanAmounts(`a grant of ${written} for`).sums).toEqual([{ pence, asWritten: written, start: 11, problem: expect.stringContaining('without a pound sign') }]);
  });

  test('findWrittenSums gives only the sums read', () => {
    expect(findWrittenSums('-£5 and £7').map((sum) => sum.asWritten)).toEqual(['£7']);
  });
});

describe('scanTable', () => {
  test('reads £k, £000 and £ columns as well as £m', () => {
    const { sums } = scanTable([
      ['Item', 'Cost £k', "Cost (£'000)", 'Amount (£)', '2023/24 £m'],
      ['Analysts', '410', '12.5', '96,000', '0.485'],
    ]);
    expect(sums.map((sum) => [sum.column, sum.pence])).toEqual([
      ['Cost £k', 41_000_000],
      ["Cost (£'000)", 1_250_000],
      ['Amount (£)', 9_600_000],
      ['2023/24 £m', 48_500_000],
    ]);
  });

  test('reports negative and unreadable figures, and skips blanks, dashes and zeros', () => {
    const { sums, unread } = scanTable([
      ['Item', 'Cost £k'],
      ['Clawback', '(12)'],
      ['Refund', '-3'],
      ['Typo', '1.2.3'],
      ['None', '-'],
      ['Zero', '0'],
      ['Blank', ''],
    ]);
    expect(sums).toEqual([]);
    expect(unread.map((cell) => [cell.row, cell.asWritten])).toEqual([
      ['Clawback', '(12)'],
      ['Refund', '-3'],
      ['Typo', '1.2.3'],
    ]);
  });

  test('reads no column without a money heading', () => {
    expect(scanTable([['Band', 'FTE'], ['C', '5']])).toEqual({ sums: [], unread: [] });
  });
});
