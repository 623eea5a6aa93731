/**
 * The redirect pages of the addresses people type (/decisions/1092/, /decisions/pcd1092/,
 * /decisions/PCD1092/), in the root and the sub-path builds: one for each form of each decision
 * with a reference, each an immediate refresh to the decision's page under the base path, with a
 * canonical link to it, noindex, a visible link and no script; none in the sitemap; and no two
 * pages whose folders differ only in case from a real page's.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { contentFiles, DIST, htmlFiles, readHtml, SUBPATH_BASE, SUBPATH_DIST } from '../helpers/site.ts';

const referenced = contentFiles().flatMap((file) => (file.data.reference ? [{ id: file.id, number: file.data.reference.replace(/^PCD /, '') }] : []));

describe.each([
  ['domain root', DIST, '/'],
  ['sub-path', SUBPATH_DIST, SUBPATH_BASE],
])('the %s build', (_, dir, base) => {
  const files = htmlFiles(dir);
  const redirects = files.filter((file) => selectAll('meta[http-equiv="refresh"]', readHtml(dir, file).tree).length > 0);

  test('has decisions with references to test (else nothing here is tested)', () => {
    expect(referenced.length).toBeGreaterThan(5);
  });

  test.each(referenced)('$id is reached from its number and "pcd" forms, and from nothing else', ({ id, number }) => {
    const forms = [number, `pcd${number}`, `PCD${number}`].map((segment) => `decisions/${segment}/index.html`);
    expect(files).toEqual(expect.arrayContaining(forms));
    // The "PCD-1092" form is the decision's own folder on a file system that ignores case: the 404 page suggests it instead.
    expect(files).not.toContain(`decisions/PCD-${number}/index.html`);
    for (const file of forms) {
      const { tree } = readHtml(dir, file);
      const target = `${base}decisions/${id}/`;
      const refresh = String(select('meta[http-equiv="refresh"]', tree)?.properties['content'] ?? '');
      expect(refresh).toBe(`0; url=${target}`);
      const canonical = new URL(String(select('link[rel="canonical"]', tree)?.properties['href'] ?? ''));
      expect(canonical.pathname).toBe(target);
      expect(select('meta[name="robots"]', tree)?.properties['content']).toBe('noindex');
      const links = selectAll('main a', tree);
      expect(links.map((a) => a.properties['href'])).toEqual([target]);
      expect(toText(links[0]!)).toMatch(new RegExp(`^PCD ${number}: `));
      expect(selectAll('script', tree)).toEqual([]);
      expect(toText(select('h1', tree)!)).toBe(`PCD ${number}`);
    }
  });

  test('writes redirect pages only for typed addresses', () => {
    expect(redirects.length).toBe(referenced.length * 3);
    for (const file of redirects) expect(file).toMatch(/^decisions\/(?:pcd|PCD)?\d+\/index\.html$/);
  });

  test('lists no redirect page in its sitemap, and every decision page', () => {
    const listed = readdirSync(dir)
      .filter((name) => /^sitemap-\d+\.xml$/.test(name))
      .flatMap((name) => [...readFileSync(path.join(dir, name), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname));
    for (const file of redirects) expect(listed).not.toContain(`${base}${file.replace(/index\.html$/, '')}`);
    for (const { id } of referenced) expect(listed).toContain(`${base}decisions/${id}/`);
  });

  test('has no folder that differs from a page\'s only in case, but the redirects that share their page', () => {
    const byFolded = new Map<string, Set<string>>();
    for (const file of files) {
      const folded = file.toLowerCase();
      byFolded.set(folded, new Set([...(byFolded.get(folded) ?? []), file]));
    }
    for (const [, group] of byFolded) {
      if (group.size < 2) continue;
      // Only "pcd1092" and "PCD1092" may share a folder on such a system: their pages are the same.
      const pages = [...group].map((file) => readFileSync(path.join(dir, file), 'utf8'));
      expect(new Set(pages).size, [...group].join(', ')).toBe(1);
    }
  });
});
