/**
 * Indexes the full text of the built decision pages with Pagefind, writing <site>/pagefind/, and
 * maps each Pagefind result to its decision id. Pagefind splits its index into small chunks so a
 * search downloads only what it needs, which keeps full-text search fast as the archive grows.
 *
 * scripts/build.ts runs this after `astro build` has exited rather than from an Astro hook: Pagefind
 * holds the whole index in memory (1.8 GB at 2,500 decisions), and beside Astro's process (1 GB by
 * then) the build's peak memory was the sum of the two.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
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

/** Indexes the site in `site`; returns how many decision pages the index holds. Throws with Pagefind's errors. */
export async function indexForSearch(site: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: site });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: path.join(site, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
  } finally {
    await pagefind.close();
  }
  return writeResultIds(site);
}
