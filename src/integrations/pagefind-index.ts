/**
 * An Astro integration that indexes the full text of the decision pages with Pagefind after each
 * build, writing dist/pagefind/. Pagefind splits its index into small chunks so that a search
 * downloads only what it needs, which keeps full-text search fast as the archive grows.
 */
import type { AstroIntegration } from 'astro';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';

/**
 * Maps each Pagefind result id (its fragment's name) to the decision id in the page's meta, so the
 * search page can merge full-text hits into its list without downloading every hit's fragment.
 */
async function writeResultIds(site: string): Promise<number> {
  const dir = path.join(site, 'pagefind', 'fragment');
  const ids: Record<string, string> = {};
  for (const name of await readdir(dir)) {
    const raw = gunzipSync(await readFile(path.join(dir, name))).toString('utf8');
    const fragment = JSON.parse(raw.slice(raw.indexOf('{'))) as { meta?: { id?: string } };
    if (fragment.meta?.id) ids[name.replace(/\.pf_fragment$/, '')] = fragment.meta.id;
  }
  await mkdir(path.join(site, 'search'), { recursive: true });
  await writeFile(path.join(site, 'search', 'text-ids.json'), JSON.stringify(ids));
  return Object.keys(ids).length;
}

export function pagefindIndex(): AstroIntegration {
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length > 0) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: path.join(site, 'pagefind') });
        if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        await pagefind.close();
        const mapped = await writeResultIds(site);
        logger.info(`indexed the full text of ${mapped} decision pages`);
      },
    },
  };
}
