/**
 * `npm run build`: the whole site in SITE_OUT_DIR (default dist/), written by `astro build`. The
 * search page's full-text index is built with the pages (src/pages/search/words/). Exits non-zero,
 * with the reason, if the build fails or writes no home page.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
// SITE_OUT_DIR is relative to the project folder, as it is for Astro.
process.chdir(ROOT);
const { OUT_DIR } = await import('../src/data/build-dirs.ts');
const { siteUrlWarning } = await import('../src/lib/site/site-url.ts');
const warning = siteUrlWarning(process.env);
if (warning) console.warn(warning);
// A malformed REPORT_ERROR_URL stops the build in one line, before Astro starts.
const { reportDestinationFrom } = await import('../src/lib/site/report-error.ts');
try {
  reportDestinationFrom(process.env);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}

const astro = spawnSync(path.join(ROOT, 'node_modules', '.bin', 'astro'), ['build', ...process.argv.slice(2)], {
  cwd: ROOT,
  stdio: 'inherit',
});
if (astro.status !== 0) {
  console.error(`astro build failed (exit ${astro.status ?? astro.signal}).`);
  process.exit(astro.status || 1);
}
if (warning) console.warn(`\n${warning}`);
if (!existsSync(path.join(OUT_DIR, 'index.html'))) {
  console.error(`astro build wrote no ${path.join(OUT_DIR, 'index.html')}.`);
  process.exit(1);
}
