/**
 * Scrolling tables are named, focusable groups, not region landmarks: a <section> with a name is a
 * landmark, and /data/ had seven of them, which filled a screen reader's landmark list (the Nu
 * checker warned "Section lacks heading" for each).
 */
import { selectAll } from 'hast-util-select';
import { describe, expect, test } from 'vitest';
import { DIST, htmlFiles, readHtml } from '../helpers/site.ts';

const pages = htmlFiles(DIST);

describe('the scrolling table boxes', () => {
  test('exist on the pages with wide tables', () => {
    const boxes = pages.flatMap((file) => selectAll('.table-scroll', readHtml(DIST, file).tree));
    expect(boxes.length).toBeGreaterThan(20);
  });

  test.each(pages)('%s has no section that is a table box, and each box is a named, focusable group', (file) => {
    const { tree } = readHtml(DIST, file);
    expect(selectAll('section.table-scroll', tree)).toHaveLength(0);
    for (const box of selectAll('.table-scroll', tree)) {
      expect(box.tagName).toBe('div');
      expect(box.properties['role']).toBe('group');
      expect(box.properties['tabIndex']).toBe(0);
      const labelledBy = box.properties['ariaLabelledBy'];
      const named = typeof box.properties['ariaLabel'] === 'string' || (Array.isArray(labelledBy) && labelledBy.length > 0);
      expect(named, `${file}: a table box without a name`).toBe(true);
    }
  });
});
