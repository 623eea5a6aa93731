import { describe, expect, test } from 'vitest';
import { expandFinancialYears } from '../../../src/lib/import/find-financial-years.ts';

const THREE_YEARS = ['2022/23', '2023/24', '2024/25'];

describe('expandFinancialYears, word by word', () => {
  test.each([
    ['a hyphen', '2022/23 - 2024/25'],
    ['an en dash', '2022/23 – 2024/25'],
    ['an em dash', '2022/23 — 2024/25'],
    ['"to"', '2022/23 to 2024/25'],
    ['"until"', '2022/23 until 2024/25'],
    ['"through"', '2022/23 through 2024/25'],
    ['"Through" with a capital', 'from 2022/23 Through 2024/25'],
    ['"through" before "FY"', 'FY 22/23 through FY 24/25'],
  ])('expands a range joined by %s to all three years', (_word, range) => {
    const found = expandFinancialYears(`The grant runs ${range}.`);
    expect(found.map((fy) => fy.value)).toEqual(THREE_YEARS);
    expect(found.find((fy) => fy.value === '2023/24')?.asWritten).toBe(range.replace(/^from /, ''));
  });

  test('does not fill in the years between two years joined by another word', () => {
    expect(expandFinancialYears('in 2022/23 or 2024/25').map((fy) => fy.value)).toEqual(['2022/23', '2024/25']);
  });
});
