/**
 * How much JavaScript each page sends, compressed: decision pages send none; the funding page, the
 * only one with charts, stays within 60 KB gzip with its tree-shaken chart.js. A page's script counts
 * with the chunks it imports, and the page preloads those chunks (src/lib/site/module-preload.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { staticImports, staticSpecifiers } from '../../src/lib/site/module-preload.ts';
import { DIST, htmlFiles, readHtml } from '../helpers/site.ts';

const fileOf = (urlPath: string) => path.join(DIST, decodeURIComponent(urlPath.replace(/^\//, '')));
const importsOf = (urlPath: string) => staticSpecifiers(readFileSync(fileOf(urlPath), 'utf8'));
/** The module scripts of a page, each with the chunks it imports. */
const moduleScripts = (file: string) =>
  selectAll('script[type="module"][src]', readHtml(DIST, file).tree).map((script) => {
    const src = String(script.properties['src']);
    return { src, imports: staticImports(src, importsOf) };
  });

/** Bytes of JavaScript (gzip -9) a page loads: its module scripts, the chunks they import, and inline scripts. */
function javascriptBytes(file: string): number {
  const { tree } = readHtml(DIST, file);
  const urls = new Set<string>();
  let bytes = 0;
  for (const script of selectAll('script', tree)) {
    const type = String(script.properties['type'] ?? '');
    if (type && type !== 'module' && type !== 'text/javascript') continue; // data, not code
    const src = script.properties['src'];
    if (typeof src !== 'string') bytes += gzipSync(Buffer.from(toText(script)), { level: 9 }).length;
    else for (const url of [src, ...(type === 'module' ? staticImports(src, importsOf) : [])]) urls.add(url);
  }
  for (const url of urls) bytes += gzipSync(readFileSync(fileOf(url)), { level: 9 }).length;
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

describe('chunks a page\'s script imports', () => {
  const pages = htmlFiles(DIST).filter((p) => moduleScripts(p).length > 0);

  test('some pages have scripts that import shared chunks (else nothing here is tested)', () => {
    expect(pages.filter((p) => moduleScripts(p).some((s) => s.imports.length > 0))).toEqual(expect.arrayContaining(['search/index.html', 'funding/index.html']));
  });

  test.each(pages)('%s preloads every chunk its scripts import, and each one exists', (file) => {
    const wanted = [...new Set(moduleScripts(file).flatMap((s) => s.imports))];
    const preloaded = selectAll('link[rel="modulepreload"]', readHtml(DIST, file).tree).map((l) => String(l.properties['href']));
    expect(preloaded.sort()).toEqual(wanted.sort());
    for (const url of preloaded) expect(existsSync(fileOf(url)), url).toBe(true);
  });
});
