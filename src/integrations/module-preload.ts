/**
 * After each build, adds `<link rel="modulepreload">` to every page whose module scripts import
 * shared chunks (src/lib/module-preload.ts says why). The imports are read with es-module-lexer, the
 * lexer Vite itself uses, from the built files.
 */
import type { AstroIntegration } from 'astro';
import { init, parse } from 'es-module-lexer';
import { readFileSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { withModulePreloads } from '../lib/module-preload.ts';

export function modulePreload(): AstroIntegration {
  let base = '/';
  return {
    name: 'module-preload',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const root = fileURLToPath(dir);
        await init;
        const cache = new Map<string, string[]>();
        const importsOf = (urlPath: string): string[] => {
          let found = cache.get(urlPath);
          if (!found) {
            if (!urlPath.startsWith(base)) throw new Error(`module-preload: ${urlPath} is outside the site's base ${base}`);
            const [imports] = parse(readFileSync(path.join(root, decodeURIComponent(urlPath.slice(base.length))), 'utf8'), urlPath);
            // d === -1: a static import or re-export; dynamic imports (d >= 0) load only when asked.
            found = imports.flatMap((i) => (i.d === -1 && i.n !== undefined ? [i.n] : []));
            cache.set(urlPath, found);
          }
          return found;
        };
        let pages = 0;
        let changed = 0;
        for (const file of await readdir(root, { recursive: true })) {
          if (!file.endsWith('.html')) continue;
          pages++;
          const full = path.join(root, file);
          const html = await readFile(full, 'utf8');
          if (!html.includes('type="module"')) continue;
          const out = withModulePreloads(html, importsOf);
          if (out !== html) {
            await writeFile(full, out);
            changed++;
          }
        }
        logger.info(`modulepreload links added to ${changed} of ${pages} pages in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
