import { describe, expect, test } from 'vitest';
import { bodyContents, bodyOutline, printedPlaceInWords, type BodyHeading } from '../../../src/lib/markdown/body-outline.ts';

const anchor = (id: string) => `<span id="${id}" class="source-anchor"></span>`;

describe('bodyOutline', () => {
  test('lists the headings that have ids, with their level and words', () => {
    const { headings } = bodyOutline('<h2 id="a">Part 1</h2><p>Text.</p><h3 id="b">Executive  summary</h3><h4>No id</h4>');
    expect(headings).toEqual([
      { id: 'a', text: 'Part 1', level: 2 },
      { id: 'b', text: 'Executive summary', level: 3 },
    ]);
  });

  test('leaves footnote markers out of a heading', () => {
    const { headings } = bodyOutline('<h3 id="plan">Police and Crime Plan 2017-2021<sup>1</sup></h3>');
    expect(headings[0]?.text).toBe('Police and Crime Plan 2017-2021');
  });

  test('numbers paragraphs in document order and gives an anchor its paragraph', () => {
    const { places } = bodyOutline(`<h2 id="h">Heading</h2><p>One.</p><p>Two.</p><p>${anchor('sum-1')}Three £1m.</p>`);
    expect(places.get('sum-1')).toEqual({ paragraph: 3 });
  });

  test('counts each item of a tight list and each row of a table', () => {
    const html = `<p>One.</p><ul><li>Two</li><li>Three</li></ul><table><thead><tr><th>Year</th></tr></thead><tbody><tr><td>${anchor('sum-2')}£5</td></tr></tbody></table><p>${anchor('ref-1')}Seven.</p>`;
    const { places } = bodyOutline(html);
    expect(places.get('sum-2')).toEqual({ paragraph: 5 });
    expect(places.get('ref-1')).toEqual({ paragraph: 6 });
  });

  test('counts the paragraphs of a loose list item, not the item itself', () => {
    const html = `<ol><li><p>One.</p></li><li><p>${anchor('sum-1')}Two.</p></li></ol><p>Three.</p>`;
    expect(bodyOutline(html).places.get('sum-1')).toEqual({ paragraph: 2 });
  });

  test('gives an anchor on a loose list item the number of its first paragraph', () => {
    const html = `<p>One.</p><ul><li>${anchor('sum-1')}<p>Two.</p><p>Three.</p></li></ul>`;
    expect(bodyOutline(html).places.get('sum-1')).toEqual({ paragraph: 2 });
  });

  test('gives an anchor in a heading the heading', () => {
    const { places } = bodyOutline(`<p>One.</p><h2 id="grant">${anchor('sum-1')}ANPR (£1.36m Grant)</h2>`);
    expect(places.get('sum-1')).toEqual({ heading: 'ANPR (£1.36m Grant)' });
  });

  test('gives several anchors in one paragraph the same number', () => {
    const { places } = bodyOutline(`<p>One.</p><p>${anchor('sum-1')}${anchor('sum-2')}Both.</p>`);
    expect([places.get('sum-1'), places.get('sum-2')]).toEqual([{ paragraph: 2 }, { paragraph: 2 }]);
  });

  test('finds nothing in an empty body', () => {
    expect(bodyOutline('')).toEqual({ headings: [], places: new Map() });
  });
});

describe('bodyContents', () => {
  const h = (id: string, level: number): BodyHeading => ({ id, text: id.toUpperCase(), level });

  test('nests the level below the top one and leaves deeper headings out', () => {
    expect(bodyContents([h('a', 2), h('b', 3), h('c', 4), h('d', 2), h('e', 3)], 2)).toEqual([
      { id: 'a', text: 'A', children: [{ id: 'b', text: 'B' }] },
      { id: 'd', text: 'D', children: [{ id: 'e', text: 'E' }] },
    ]);
  });

  test('takes the top level from the headings, whatever it is', () => {
    expect(bodyContents([h('y', 3), h('z', 4), h('w', 3)], 1)).toEqual([
      { id: 'y', text: 'Y', children: [{ id: 'z', text: 'Z' }] },
      { id: 'w', text: 'W', children: [] },
    ]);
  });

  test('puts a lower heading before any top one at the top', () => {
    expect(bodyContents([h('b', 3), h('a', 2)], 2)).toEqual([
      { id: 'b', text: 'B', children: [] },
      { id: 'a', text: 'A', children: [] },
    ]);
  });

  test('returns null for a body with fewer headings than the minimum', () => {
    expect(bodyContents([h('a', 2), h('b', 3)], 3)).toBeNull();
    expect(bodyContents([h('a', 2), h('b', 3), h('c', 3)], 3)).not.toBeNull();
  });
});

describe('printedPlaceInWords', () => {
  test.each([
    [{ paragraph: 12 }, 'paragraph 12'],
    [{ heading: 'Recommendations' }, 'the heading “Recommendations”'],
  ])('names %o as "%s"', (place, words) => {
    expect(printedPlaceInWords(place)).toBe(words);
  });
});
