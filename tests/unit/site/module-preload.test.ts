import { describe, expect, test } from 'vitest';
import { resolveSpecifier, staticImports, staticSpecifiers, withModulePreloads, type ImportsOf } from '../../../src/lib/site/module-preload.ts';

/** A bundle as a table: each module's static import specifiers, as written in it. */
const bundle = (modules: Record<string, string[]>): ImportsOf => (url) => {
  const imports = modules[url];
  if (!imports) throw new Error(`no such module ${url}`);
  return imports;
};

describe('staticSpecifiers', () => {
  test('lists static imports and re-exports as written, not dynamic imports or import.meta', () => {
    const code = `import{a as b}from"./money.B1.js";import "./side.js";export * from './all.js';const c=await import("./sync.C2.js");console.log(import.meta.url,b,c);`;
    expect(staticSpecifiers(code)).toEqual(['./money.B1.js', './side.js', './all.js']);
  });

  test('is empty for code that imports nothing', () => {
    expect(staticSpecifiers('console.log(1)')).toEqual([]);
  });
});

describe('resolveSpecifier', () => {
  test.each([
    ['./money.js', '/_astro/search.js', '/_astro/money.js'],
    ['../lib/x.js', '/_astro/a/b.js', '/_astro/lib/x.js'],
    ['/_astro/y.js', '/_astro/a.js', '/_astro/y.js'],
    ['./m.js', '/mopac-decisions/_astro/s.js', '/mopac-decisions/_astro/m.js'],
    ['./a b.js', '/_astro/s.js', '/_astro/a%20b.js'],
  ])('reads %j in %s as %s', (specifier, importer, expected) => {
    expect(resolveSpecifier(specifier, importer)).toBe(expected);
  });

  test.each(['fuse.js', 'https://cdn.example/x.js', '//cdn.example/x.js', 'data:text/javascript,1'])('refuses %j, which is not a path on the site', (specifier) => {
    expect(() => resolveSpecifier(specifier, '/_astro/a.js')).toThrow(/is not a path on this site/);
  });
});

describe('staticImports', () => {
  test('follows imports of imports, nearest first, each once', () => {
    const importsOf = bundle({
      '/_astro/page.js': ['./a.js', './b.js'],
      '/_astro/a.js': ['./c.js', './b.js'],
      '/_astro/b.js': ['./c.js'],
      '/_astro/c.js': [],
    });
    expect(staticImports('/_astro/page.js', importsOf)).toEqual(['/_astro/a.js', '/_astro/b.js', '/_astro/c.js']);
  });

  test('ends on a cycle and never lists the entry', () => {
    const importsOf = bundle({ '/_astro/page.js': ['./a.js'], '/_astro/a.js': ['./page.js', './a.js'] });
    expect(staticImports('/_astro/page.js', importsOf)).toEqual(['/_astro/a.js']);
  });

  test('is empty for a module that imports nothing', () => {
    expect(staticImports('/_astro/page.js', bundle({ '/_astro/page.js': [] }))).toEqual([]);
  });
});

describe('withModulePreloads', () => {
  const importsOf = bundle({
    '/_astro/search.js': ['./money.js'],
    '/_astro/charts.js': ['./money.js', './chart.js'],
    '/_astro/money.js': [],
    '/_astro/chart.js': [],
    '/_astro/alone.js': [],
  });
  const page = (head: string) => `<!doctype html><html><head><title>t</title>${head}</head><body><p>x</p></body></html>`;

  test('puts a link for each imported chunk just before a module script in the head', () => {
    const html = page('<link rel="stylesheet" href="/_astro/a.css"><script type="module" src="/_astro/search.js"></script>');
    expect(withModulePreloads(html, importsOf)).toBe(
      page('<link rel="stylesheet" href="/_astro/a.css"><link rel="modulepreload" href="/_astro/money.js"><script type="module" src="/_astro/search.js"></script>'),
    );
  });

  test('puts them in the head for a script at the end of the body, as Astro places them', () => {
    const html = '<!doctype html><html><head><title>t</title></head><body><p>x</p><script type="module" src="/_astro/search.js"></script></body></html>';
    expect(withModulePreloads(html, importsOf)).toBe(
      '<!doctype html><html><head><title>t</title><link rel="modulepreload" href="/_astro/money.js"></head><body><p>x</p><script type="module" src="/_astro/search.js"></script></body></html>',
    );
  });

  test('puts them just before the first module script when the page has no closing head tag', () => {
    const html = '<!doctype html><title>t</title><p>x</p><script type="module" src="/_astro/search.js"></script>';
    expect(withModulePreloads(html, importsOf)).toBe('<!doctype html><title>t</title><p>x</p><link rel="modulepreload" href="/_astro/money.js"><script type="module" src="/_astro/search.js"></script>');
  });

  test('covers every module script of the page, each chunk once', () => {
    const html = page('<script type="module" src="/_astro/search.js"></script><script type="module" src="/_astro/charts.js"></script>');
    const out = withModulePreloads(html, importsOf);
    expect(out.match(/rel="modulepreload"/g)).toHaveLength(2);
    expect(out).toContain('<link rel="modulepreload" href="/_astro/money.js"><link rel="modulepreload" href="/_astro/chart.js"><script type="module" src="/_astro/search.js">');
  });

  test('does not preload what the page already loads or preloads', () => {
    const html = page('<link rel="modulepreload" href="/_astro/money.js"><script type="module" src="/_astro/charts.js"></script>');
    expect(withModulePreloads(html, importsOf).match(/rel="modulepreload"/g)).toHaveLength(2);
    const both = page('<script type="module" src="/_astro/money.js"></script><script type="module" src="/_astro/search.js"></script>');
    expect(withModulePreloads(both, importsOf)).toBe(both);
  });

  test.each([
    ['no script', page('')],
    ['an inline script', page('<script type="module">import("./x.js")</script>')],
    ['a classic script', page('<script src="/_astro/search.js"></script>')],
    ['a script that imports nothing', page('<script type="module" src="/_astro/alone.js"></script>')],
    ['a script tag in a comment', page('<!-- <script type="module" src="/_astro/search.js"></script> -->')],
    ['a script tag written by another script', page('<script>const t = \'<script type="module" src="/_astro/search.js">\';</script>')],
    ['a script tag in a textarea', '<!doctype html><html><head></head><body><textarea><script type="module" src="/_astro/search.js"></script></textarea></body></html>'],
  ])('leaves a page with %s as it is', (_name, html) => {
    expect(withModulePreloads(html, importsOf)).toBe(html);
  });

  test('reads tags and attributes as a browser does: any case, entities decoded, rel as a list of words', () => {
    const upper = page('<SCRIPT TYPE="Module" SRC="/_astro/search.js"></SCRIPT>');
    expect(withModulePreloads(upper, importsOf)).toContain('<link rel="modulepreload" href="/_astro/money.js">');
    const odd = bundle({ '/_astro/a&b.js': ['./money.js'], '/_astro/money.js': [] });
    expect(withModulePreloads(page('<script type="module" src="/_astro/a&amp;b.js"></script>'), odd)).toContain('href="/_astro/money.js"');
    const listed = page('<link rel="prefetch modulepreload" href="/_astro/money.js"><script type="module" src="/_astro/search.js"></script>');
    expect(withModulePreloads(listed, importsOf)).toBe(listed);
  });

  test('compares addresses as URL paths, so a chunk the page loads as written is not preloaded again', () => {
    const spaced = bundle({ '/_astro/s.js': ['./a b.js'], '/_astro/a%20b.js': [] });
    const html = page('<script type="module" src="/_astro/a b.js"></script><script type="module" src="/_astro/s.js"></script>');
    expect(withModulePreloads(html, spaced)).toBe(html);
  });

  test('escapes the address it writes', () => {
    const odd = bundle({ '/_astro/s.js': ['./a&b.js'], '/_astro/a&b.js': [] });
    const out = withModulePreloads(page('<script type="module" src="/_astro/s.js"></script>'), odd);
    expect(out).toContain('<link rel="modulepreload" href="/_astro/a&amp;b.js">');
  });

  test('fails, naming the module, when a script imports something that is not a path on the site', () => {
    const bad = bundle({ '/_astro/s.js': ['fuse.js'] });
    expect(() => withModulePreloads(page('<script type="module" src="/_astro/s.js"></script>'), bad)).toThrow(/\/_astro\/s\.js imports "fuse\.js"/);
  });
});
