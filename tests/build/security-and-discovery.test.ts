/**
 * What every built page carries for safety and discovery: a strict Content-Security-Policy that
 * covers every script and style on the page, social-preview metadata, and a place in the sitemap;
 * plus the site-wide _headers and robots.txt, in both the root and the sub-path builds.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { selectAll } from 'hast-util-select';
import type { Element } from 'hast';
import { DIST, htmlFiles, readHtml, SUBPATH_BASE, SUBPATH_DIST } from '../helpers/site.ts';
import { parseHeadersFile } from '../../scripts/lib/static-server.ts';
import { contentSecurityPolicyHeader } from '../../src/lib/site/security.ts';
import { policyDirectives as directives } from '../helpers/csp.ts';

/** The text inside an element, as the browser hashes it for CSP. */
const textOf = (element: Element) => element.children.map((child) => (child.type === 'text' ? child.value : '')).join('');

/** A redirect page of a typed address (/decisions/1092/): its canonical URL is the decision's (tests/build/typed-addresses.test.ts). */
const isRedirect = (dir: string, file: string) => selectAll('meta[http-equiv="refresh"]', readHtml(dir, file).tree).length > 0;

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe.each([
  ['domain root', DIST, '/'],
  ['sub-path', SUBPATH_DIST, SUBPATH_BASE],
])('the %s build', (_, dir, base) => {
  const files = htmlFiles(dir);
  const pages = files.filter((file) => !isRedirect(dir, file));

  test.each(files)('%s has a strict Content-Security-Policy that covers its scripts and styles', (file) => {
    const { tree } = readHtml(dir, file);
    const metas = selectAll('meta[http-equiv="content-security-policy"]', tree);
    expect(metas).toHaveLength(1);
    const policy = directives(String(metas[0]?.properties['content'] ?? ''));
    expect(policy.get('default-src')).toEqual(["'none'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'self'"]);
    const all = [...policy.values()].flat();
    expect(all).not.toContain("'unsafe-inline'");
    expect(all).not.toContain("'unsafe-eval'");
    expect(all.filter((source) => /^(https?:|\*|data:|blob:)/.test(source))).toEqual([]);

    // Every executable script is a file from the site, or an inline script whose hash the policy lists.
    const scriptSources = policy.get('script-src') ?? [];
    for (const script of selectAll('script', tree)) {
      const type = String(script.properties['type'] ?? '');
      if (type === 'application/json' || type === 'application/ld+json') continue;
      const src = script.properties['src'];
      if (typeof src === 'string') expect(src.startsWith(base)).toBe(true);
      else expect(scriptSources).toContain(sha256(textOf(script)));
    }
    for (const style of selectAll('style', tree)) expect(policy.get('style-src') ?? []).toContain(sha256(textOf(style)));
    expect(selectAll('[style]', tree).length, 'inline style attributes need unsafe-inline').toBe(0);
  });

  test.each(pages)('%s has canonical and social-preview metadata for its own address', (file) => {
    const { tree } = readHtml(dir, file);
    const canonical = String(selectAll('link[rel="canonical"]', tree)[0]?.properties['href'] ?? '');
    const meta = (property: string) => String(selectAll(`meta[property="${property}"]`, tree)[0]?.properties['content'] ?? '');
    expect(new URL(canonical).pathname).toBe(file === 'index.html' ? base : `${base}${file.replace(/index\.html$/, '').replace(/\.html$/, '/')}`);
    expect(meta('og:url')).toBe(canonical);
    expect(meta('og:title')).toBe(textOf(selectAll('title', tree)[0]!));
    expect(meta('og:description')).toBe(String(selectAll('meta[name="description"]', tree)[0]?.properties['content']));
    // A decision page (decisions/<id>/) is an article; listings (decisions/<kind>/<key>/) and the rest are not.
    expect(meta('og:type')).toBe(/^decisions\/[^/]+\/index\.html$/.test(file) ? 'article' : 'website');
  });

  test('has a _headers file with the policy, HSTS, nosniff, frame-ancestors and a referrer policy for its base path', () => {
    const headersFor = parseHeadersFile(readFileSync(path.join(dir, '_headers'), 'utf8'));
    const headers = new Map(headersFor(`${base}decisions/`));
    expect(headers.get('Content-Security-Policy')).toBe(contentSecurityPolicyHeader());
    expect(headers.get('Content-Security-Policy')).toContain("frame-ancestors 'none'");
    expect(headers.get('Strict-Transport-Security')).toMatch(/max-age=\d+/);
    expect(headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(headers.get('Referrer-Policy')).toBe('no-referrer');
  });

  test('lists every page but the 404 page and the redirect pages in its sitemap, with absolute URLs under its base', () => {
    const index = readFileSync(path.join(dir, 'sitemap-index.xml'), 'utf8');
    const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname);
    expect(sitemaps.length).toBeGreaterThan(0);
    const listed = new Set(
      sitemaps.flatMap((p) => [...readFileSync(path.join(dir, p.slice(base.length)), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname)),
    );
    const listable = pages.filter((f) => f !== '404.html').map((f) => `${base}${f.replace(/index\.html$/, '')}`);
    expect([...listed].sort()).toEqual(listable.sort());
  });

  test('has a robots.txt that points to the sitemap', () => {
    const robots = readFileSync(path.join(dir, 'robots.txt'), 'utf8');
    expect(robots).toMatch(/^User-agent: \*$/m);
    const sitemap = /^Sitemap: (\S+)$/m.exec(robots)?.[1] ?? '';
    expect(new URL(sitemap).pathname).toBe(`${base}sitemap-index.xml`);
    expect(existsSync(path.join(dir, 'sitemap-index.xml'))).toBe(true);
  });
});
