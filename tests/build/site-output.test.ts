/**
 * Properties of every built page: language, title, canonical URL, nothing loaded from another
 * origin, no script or event-handler injection, and links that respect the chosen base path.
 */
import { describe, expect, test } from 'vitest';
import { selectAll } from 'hast-util-select';
import type { Element } from 'hast';
import { toText } from 'hast-util-to-text';
import { DIST, htmlFiles, readHtml, SUBPATH_BASE, SUBPATH_DIST } from '../helpers/site.ts';

/** Inline elements that a word of prose should not touch without a space. */
const INLINE = new Set(['a', 'kbd', 'code', 'strong', 'em', 'abbr', 'time', 'cite']);

/** Attributes through which a page loads or links a resource. */
function urlsOf(element: Element): string[] {
  const props = element.properties;
  return ['href', 'src', 'action', 'poster', 'data'].flatMap((key) => (typeof props[key] === 'string' ? [props[key] as string] : []));
}

describe.each([
  ['domain root', DIST, '/'],
  ['sub-path', SUBPATH_DIST, SUBPATH_BASE],
])('pages of the %s build', (_, dir, base) => {
  const files = htmlFiles(dir);

  test('include the home page, the decisions index, every decision and a 404 page', () => {
    expect(files).toEqual(expect.arrayContaining(['index.html', 'decisions/index.html', '404.html', 'decisions/pcd-1092/index.html']));
  });

  test.each(files)('%s is in British English with a title, a description and a canonical URL', (file) => {
    const { tree } = readHtml(dir, file);
    const html = selectAll('html', tree)[0];
    expect(html?.properties['lang']).toBe('en-GB');
    expect(selectAll('title', tree)).toHaveLength(1);
    expect(selectAll('meta[name="description"]', tree)).toHaveLength(1);
    expect(selectAll('link[rel="canonical"]', tree)).toHaveLength(1);
    expect(selectAll('h1', tree)).toHaveLength(1);
  });

  test.each(files)('%s loads nothing from another origin', (file) => {
    const { tree } = readHtml(dir, file);
    const loaders = selectAll('script[src], link[rel~="stylesheet"], link[rel~="icon"], link[rel~="preload"], img, iframe, video, audio, source, object, embed', tree);
    const external = loaders.flatMap(urlsOf).filter((url) => /^(?:[a-z]+:)?\/\//i.test(url));
    expect(external).toEqual([]);
  });

  test.each(files)('%s has no inline event handlers or javascript: URLs', (file) => {
    const { html, tree } = readHtml(dir, file);
    expect(html).not.toMatch(/javascript:/i);
    const handlers = selectAll('*', tree).flatMap((el) => Object.keys(el.properties).filter((key) => /^on[A-Z]/.test(key)));
    expect(handlers).toEqual([]);
  });

  test.each(files)('%s keeps the space between a word and a link, key or code beside it', (file) => {
    // Astro's HTML compression drops the line break between "such as" and a <kbd> on the next line.
    const { tree } = readHtml(dir, file);
    const joined: string[] = [];
    for (const parent of selectAll('main, main *', tree)) {
      parent.children.forEach((child, i) => {
        if (child.type !== 'element' || !INLINE.has(child.tagName)) return;
        const before = parent.children[i - 1];
        const after = parent.children[i + 1];
        const inner = toText(child);
        if (before?.type === 'text' && /[\p{L}\p{N}]$/u.test(before.value)) joined.push(`${before.value.slice(-20)}<${child.tagName}>${inner}`);
        if (after?.type === 'text' && /^[\p{L}\p{N}]/u.test(after.value)) joined.push(`${inner}</${child.tagName}>${after.value.slice(0, 20)}`);
      });
    }
    expect(joined).toEqual([]);
  });

  test.each(files)('%s links only inside the base path %s', (file) => {
    const { tree } = readHtml(dir, file);
    const internal = selectAll('a[href], link[href], script[src]', tree)
      .flatMap(urlsOf)
      .filter((url) => url.startsWith('/') && !url.startsWith('//'));
    expect(internal.filter((url) => !url.startsWith(base))).toEqual([]);
  });
});
