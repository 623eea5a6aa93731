import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { chartImageText, fundingViewOfPath, type ChartImageInput } from '../../../src/lib/funding/chart-image.ts';
import { wrapLines } from '../../../src/lib/funding/chart-text.ts';
import { FUNDING_VIEWS } from '../../../src/lib/funding/funding.ts';

const input: ChartImageInput = {
  heading: 'Accepted funding by financial year',
  name: 'by-year',
  view: 'operation-orochi',
  pageUrl: 'https://example.org/mopac-decisions/funding/operation-orochi/',
  builtOn: '2026-12-03',
  siteName: 'MOPAC Funding Decisions',
};

describe('the words drawn into a chart image', () => {
  test('title the chart with its view, cite the source and the build day, and give the page address', () => {
    const text = chartImageText(input);
    expect(text.title).toBe('Accepted funding by financial year: Operation Orochi');
    expect(text.source).toMatch(/^Source: MOPAC decisions\b/);
    expect(text.source).toContain('MOPAC Funding Decisions');
    expect(text.source).toContain('3\u00a0December\u00a02026');
    expect(text.address).toBe(input.pageUrl);
  });

  test('say "all programmes" for the view of every programme', () => {
    expect(chartImageText({ ...input, view: 'all' }).title).toBe('Accepted funding by financial year: all programmes');
  });

  test('name the file after the view, the chart and the day, so two downloads never share a name', () => {
    const names = FUNDING_VIEWS.flatMap((view) => ['by-year', 'cumulative'].map((name) => chartImageText({ ...input, view: view.id, name }).fileName));
    expect(names).toContain('mopac-funding-operation-orochi-by-year-2026-12-03.png');
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^[a-z0-9-]+\.png$/);
  });

  test.each([
    [{ name: 'By Year' }, /chart's name/],
    [{ name: '../x' }, /chart's name/],
    [{ pageUrl: '/funding/' }, /absolute/],
    [{ heading: '  ' }, /heading/],
    [{ builtOn: '2026-12' }, /ISO day/],
    [{ view: 'nowhere' as never }, /Unknown funding view/],
  ])('refuse %o with one clear error', (change, message) => {
    expect(() => chartImageText({ ...input, ...change })).toThrow(message);
  });
});

describe('the funding view of a page address', () => {
  test.each([
    ['/funding/', 'all'],
    ['/mopac-decisions/funding/', 'all'],
    ['/funding/county-lines/', 'county-lines'],
    ['/mopac-decisions/funding/nclcc/', 'nclcc'],
  ])('%s is %s', (path, view) => {
    expect(fundingViewOfPath(path)).toBe(view);
  });

  test.each(['/funding/all/', '/funding/nowhere/', '/decisions/', '/funding'])('%s is refused', (path) => {
    expect(() => fundingViewOfPath(path)).toThrow(RangeError);
  });
});

describe('wrapping a line of the image', () => {
  /** One unit per character: easy to reason about. */
  const measure = (text: string) => text.length;

  test('breaks at spaces, filling each line as far as it fits', () => {
    expect(wrapLines('Source: MOPAC decisions, read and totalled', 16, measure)).toEqual({
      lines: ['Source: MOPAC', 'decisions, read', 'and totalled'],
      fits: true,
    });
    // A line exactly as wide as the space is full, not too wide.
    expect(wrapLines('ab cd ef', 5, measure).lines).toEqual(['ab cd', 'ef']);
  });

  test('never breaks at a no-break space', () => {
    expect(wrapLines('site built 3\u00a0December\u00a02026.', 14, measure).lines).toEqual(['site built', '3\u00a0December\u00a02026.']);
  });

  test('keeps a word too long for a line whole, on its own line, and says it does not fit', () => {
    expect(wrapLines('at https://example.org/a/very/long/address/ today', 12, measure)).toEqual({
      lines: ['at', 'https://example.org/a/very/long/address/', 'today'],
      fits: false,
    });
  });

  test('loses no word and puts no line over the width unless one word is wider', () => {
    const word = fc.stringMatching(/^[a-z£,.]{1,12}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 30 }), fc.integer({ min: 1, max: 40 }), (words, width) => {
        const { lines, fits } = wrapLines(words.join(' '), width, measure);
        expect(lines.join(' ')).toBe(words.join(' '));
        for (const line of lines) if (line.includes(' ')) expect(line.length).toBeLessThanOrEqual(width);
        expect(fits).toBe(words.every((w) => w.length <= width));
      }),
    );
  });
});
