/**
 * `<link rel="modulepreload">` for the chunks a page's module scripts import.
 *
 * Astro bundles each page's script into one file, but code two pages share (the money formatting of
 * the search page and the funding charts, say) goes into a chunk of its own that the script imports.
 * The browser only learns of that chunk once it has downloaded and parsed the script, so the page
 * waits for a second round trip before its script can run. A modulepreload link for each chunk in
 * the page's head lets the browser fetch them all at once. Measured on the search page at 2,000
 * decisions (cold loads, localhost): the script ran about 30 ms sooner; on a real network it saves
 * a round trip.
 *
 * Pure: the HTML and a way to read a module's static imports come in, the HTML goes out; a module's
 * imports are read from its code with es-module-lexer, the lexer Vite itself uses. The HTML is
 * read with htmlparser2's tokenizer, not into a tree: the funding page is 8 MB at 10,000 decisions,
 * which parse5 took 1.7 s to read and htmlparser2 0.17 s.
 */
import { initSync, parse } from 'es-module-lexer';
import { escapeAttribute } from 'entities';
import { Parser } from 'htmlparser2';

/** An origin to resolve site paths against: only their paths are kept. */
const SITE = 'http://site.invalid';

/** The static import specifiers of the module at a URL path ("/_astro/search.js", percent-encoded as in a URL), as written in it. */
export type ImportsOf = (urlPath: string) => readonly string[];

/**
 * The specifiers a module's code imports statically (imports and re-exports), as written. A dynamic
 * `import()` is left out: it loads only when asked, so it is not preloaded.
 */
export function staticSpecifiers(code: string, name?: string): string[] {
  initSync(); // does nothing after the first call
  const [imports] = parse(code, name);
  return imports.flatMap((i) => (i.d === -1 && i.n !== undefined ? [i.n] : []));
}

/**
 * The URL path a specifier in the module at `importer` refers to: "./money.js" in "/_astro/a.js" is
 * "/_astro/money.js". Only paths on the same site are followed; anything else is an error, since a
 * built bundle imports nothing else.
 */
export function resolveSpecifier(specifier: string, importer: string): string {
  const site = new URL(importer, SITE);
  const url = /^\.{0,2}\//.test(specifier) ? new URL(specifier, site) : null;
  if (!url || url.origin !== site.origin) {
    throw new Error(`${importer} imports ${JSON.stringify(specifier)}, which is not a path on this site`);
  }
  return url.pathname;
}

/** Every module the module at `entry` imports statically, directly or not, nearest first; each once, without `entry`. */
export function staticImports(entry: string, importsOf: ImportsOf): string[] {
  const seen = new Set([entry]);
  const queue = [entry];
  const out: string[] = [];
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    for (const specifier of importsOf(next)) {
      const url = resolveSpecifier(specifier, next);
      if (seen.has(url)) continue;
      seen.add(url);
      out.push(url);
      queue.push(url);
    }
  }
  return out;
}

/** Where a page's module scripts, modulepreload links and closing head tag are, by character offset. */
interface PageScripts {
  scripts: { src: string; at: number }[];
  preloaded: string[];
  /** Where `</head>` starts, when the page writes it. */
  headEnd: number | null;
}

function pageScripts(html: string): PageScripts {
  const found: PageScripts = { scripts: [], preloaded: [], headEnd: null };
  const parser: Parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'script' && attributes['type']?.trim().toLowerCase() === 'module' && attributes['src'] !== undefined) {
          found.scripts.push({ src: attributes['src'], at: parser.startIndex });
        }
        const rel = attributes['rel']?.toLowerCase().split(/\s+/) ?? [];
        if (name === 'link' && rel.includes('modulepreload') && attributes['href'] !== undefined) found.preloaded.push(attributes['href']);
      },
      onclosetag(name, implied) {
        if (name === 'head' && !implied && found.headEnd === null) found.headEnd = parser.startIndex;
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  return found;
}

/**
 * The page with a modulepreload link for each module its module scripts import statically and that
 * it does not already load or preload: at the end of its head, where the browser finds them early
 * (Astro writes a page's scripts where the page declares them, often at the end of the body), or
 * just before its first module script if that comes sooner or the page has no closing head tag.
 * A page without module scripts, or whose scripts import nothing, comes back unchanged.
 */
export function withModulePreloads(html: string, importsOf: ImportsOf): string {
  const { scripts, preloaded, headEnd } = pageScripts(html);
  const first = scripts[0]?.at;
  if (first === undefined) return html;
  // Compared as URL paths, percent-encoded as resolveSpecifier gives them.
  const pathOf = (url: string) => new URL(url, SITE).pathname;
  const loaded = new Set([...scripts.map((s) => pathOf(s.src)), ...preloaded.map(pathOf)]);
  const wanted: string[] = [];
  for (const script of scripts) {
    for (const url of staticImports(pathOf(script.src), importsOf)) {
      if (!loaded.has(url)) {
        loaded.add(url);
        wanted.push(url);
      }
    }
  }
  if (wanted.length === 0) return html;
  const links = wanted.map((url) => `<link rel="modulepreload" href="${escapeAttribute(url)}">`).join('');
  const at = headEnd !== null && headEnd < first ? headEnd : first;
  return `${html.slice(0, at)}${links}${html.slice(at)}`;
}
