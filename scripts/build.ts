/**
 * `npm run build`: the whole site in SITE_OUT_DIR (default dist/). `astro build` writes the pages,
 * then, once its process has exited, Pagefind indexes their full text for the search page
 * (scripts/lib/search-index.ts says why it is a separate step). Exits non-zero, with the reason,
 * if either step fails, leaving no half-indexed site to deploy unnoticed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { indexForSearch } from './lib/search-index.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
// SITE_OUT_DIR is relative to the project folder, as it is for Astro.
process.chdir(ROOT);
const { OUT_DIR } = await import('../src/data/build-dirs.ts');
const time = () => new Date().toTimeString().slice(0, 8);

const astro = spawnSync(path.join(ROOT, 'node_modules', '.bin', 'astro'), ['build', ...process.argv.slice(2)], {
  cwd: ROOT,
  stdio: 'inherit',
});
if (astro.status !== 0) {
  console.error(`astro build failed (exit ${astro.status ?? astro.signal}); the site was not indexed for search.`);
  process.exit(astro.status || 1);
}
if (!existsSync(path.join(OUT_DIR, 'index.html'))) {
  console.error(`astro build wrote no ${path.join(OUT_DIR, 'index.html')}; nothing to index.`);
  process.exit(1);
}

console.log(`${time()} [search-index] indexing the full text of the decision pages in ${path.relative(ROOT, OUT_DIR) || '.'}…`);
const started = performance.now();
try {
  const pages = await indexForSearch(OUT_DIR);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`${time()} [search-index] indexed the full text of ${pages} decision pages in ${seconds}s`);
} catch (error) {
  console.error(`${time()} [search-index] ${(error as Error).message}`);
  process.exit(1);
}
