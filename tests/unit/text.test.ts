import { describe, expect, test } from 'vitest';
import { collapseWhitespace, foldForComparison } from '../../src/lib/text.ts';

describe('collapseWhitespace', () => {
  test.each([
    ['  Approve the\n  acceptance   of\t£1.36m. ', 'Approve the acceptance of £1.36m.'],
    ['one\r\ntwo', 'one two'],
    ['a\u00A0\u00A0b', 'a b'],
    ['already tidy', 'already tidy'],
    ['', ''],
    [' \n\t ', ''],
  ])('collapses %j to %j', (text, expected) => {
    expect(collapseWhitespace(text)).toBe(expected);
  });
});

describe('foldForComparison', () => {
  test.each([
    ['the \u2018middle market\u2019', "the 'middle market'"],
    ['the \u201Cmiddle market\u201D', 'the "middle market"'],
    ['2023 \u2013 2027', '2023 - 2027'],
    ['Orochi \u2014 the unit', 'Orochi - the unit'],
    ['5\u2032', "5'"],
    ['£1.36m\u00A0grant', '£1.36m grant'],
    ['  Approve\n the \u2018Core Grant\u2019  ', "Approve the 'Core Grant'"],
    ["plain 'text' - already", "plain 'text' - already"],
  ])('folds %j to %j', (text, expected) => {
    expect(foldForComparison(text)).toBe(expected);
  });

  test('makes a typeset sentence match its plain quote', () => {
    const typeset = 'The \u201Cmiddle market\u201D pilot \u2013 funded\nby the Home Office';
    const quote = 'The "middle market" pilot - funded by the Home Office';
    expect(foldForComparison(typeset)).toBe(foldForComparison(quote));
  });
});
