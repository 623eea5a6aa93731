/**
 * How much JavaScript each page sends, compressed: decision pages send none; the funding page, the
 * only one with charts, stays within 60 KB gzip with its tree-shaken chart.js.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { DIST, htmlFiles, readHtml } from '../helpers/site.ts';

/** Bytes of JavaScript (gzip -9) a page loads: its module scripts and inline scripts. */
function javascriptBytes(file: string): number {
  const { tree } = readHtml(DIST, file);
  let bytes = 0;
  for (const script of selectAll('script', tree)) {
    const type = String(script.properties['type'] ?? '');
    if (type && type !== 'module' && type !== 'text/javascript') continue; // data, not code
    const src = script.properties['src'];
    const code = typeof src === 'string' ? readFileSync(path.join(DIST, src.replace(/^\//, ''))) : Buffer.from(toText(script));
    bytes += gzipSync(code, { level: 9 }).length;
  }
  return bytes;
}

describe('JavaScript sent by each page', () => {
  const pages = htmlFiles(DIST);

  test.each(pages.filter((p) => /^decisions\/[^/]+\/index\.html$/.test(p)))('%s sends none', (file) => {
    expect(javascriptBytes(file)).toBe(0);
  });

  test.each(pages.filter((p) => p.startsWith('funding/') && p.endsWith('.html')))('%s sends at most 60 KB gzip', (file) => {
    const bytes = javascriptBytes(file);
    expect(bytes).toBeGreaterThan(20_000); // the charts are really there
    expect(bytes).toBeLessThanOrEqual(60 * 1024);
  });

  test('search/index.html sends at most 20 KB gzip of JavaScript', () => {
    // fuse.js and the page's code, full-text search included; the index is data, loaded when a query needs it.
    const bytes = javascriptBytes('search/index.html');
    expect(bytes).toBeGreaterThan(5_000);
    expect(bytes).toBeLessThanOrEqual(20 * 1024);
  });

  test.each(pages.filter((p) => !p.startsWith('funding/') && !/^decisions\/[^/]+\/index\.html$/.test(p) && !p.startsWith('search/')))(
    '%s sends less than 2 KB gzip',
    (file) => {
      expect(javascriptBytes(file)).toBeLessThan(2048);
    },
  );
});
