import { describe, expect, test } from 'vitest';
import { collapseWhitespace, foldForComparison, htmlText, htmlWords } from '../../../src/lib/core/text.ts';

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

describe('htmlWords', () => {
  test.each([
    ['<p>The <abbr title="Automatic Number Plate Recognition">ANPR</abbr> grant</p>', 'ANPR', 'Automatic'],
    ['<a class="gloss" aria-label="MOPAC, Mayor’s Office: glossary" href="#x">MOPAC</a>', 'MOPAC', 'glossary'],
    ['Fish &amp; chips &#8211; &#x2014; 31<sup>st</sup>', 'chips', 'amp'],
  ])('keeps the words of %j and drops its markup', (html, kept, dropped) => {
    const words = htmlWords(html).split(/\s+/);
    expect(words).toContain(kept);
    expect(words).not.toContain(dropped);
  });
});

describe('htmlText', () => {
  test.each([
    ['<p>The (<abbr title="Automatic Number Plate Recognition">ANPR</abbr>) grant</p>', 'The (ANPR) grant'],
    ['<p>One</p><p>Two</p><table><tr><td>£1m</td><td>2021/22</td></tr></table>', 'One Two £1m 2021/22'],
    ['Crime Plan 2017-2021<sup>1</sup>', 'Crime Plan 2017-2021 1'],
    ['Fish &amp; chips &#8211; MOPAC&#x2019;s &lt;script&gt;', 'Fish & chips – MOPAC’s <script>'],
    ['<a class="gloss" aria-label="MOPAC, glossary" href="#x">MOPAC</a>’s plan', 'MOPAC’s plan'],
  ])('reads %j as %j', (html, text) => {
    expect(htmlText(html)).toBe(text);
  });
});
