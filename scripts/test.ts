/**
 * `npm test`: everything the tests need, then every test, then one closing line
 * "N passed, N failed". Steps: find or install Chromium, build the site at the domain root
 * (dist/) and under a sub-path (tmp/dist-subpath/, base /mopac-decisions/), run vitest's unit,
 * build-output and browser projects.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { holdsFullText } from '../src/lib/core/decision-files.ts';
import { ensureChromium } from './lib/chromium.ts';

const REPORT = 'tmp/vitest-report.json';
export const SUBPATH_BASE = '/mopac-decisions/';
export const SUBPATH_OUT = 'tmp/dist-subpath';
/** Where the sub-path build sends error reports (tests/helpers/site.ts reads the same). */
export const SUBPATH_REPORT_ERROR_URL = 'https://example.org/mopac-decisions/issues/new';
/** A site of the decisions published in full alone: the fixed corpus of the search page's browser tests. */
export const FULL_TEXT_OUT = 'tmp/dist-full-text';
const FULL_TEXT_CONTENT = 'tmp/content-full-text';

function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}): number {
  console.log(`\n$ ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status ?? 1;
}

mkdirSync('tmp', { recursive: true });
rmSync(REPORT, { force: true });
const env = { ASTRO_TELEMETRY_DISABLED: '1', LOCAL_PREVIEW: '1' };

let chromium: string;
try {
  chromium = ensureChromium();
  console.log(`Chromium: ${chromium}`);
} catch (error) {
  console.error((error as Error).message);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

// The search tests ask questions of the five decisions published in full; register records added
// later must not change their answers, so they run against a site built from those alone.
rmSync(FULL_TEXT_CONTENT, { recursive: true, force: true });
mkdirSync(FULL_TEXT_CONTENT, { recursive: true });
for (const name of readdirSync('content/decisions').filter((file) => file.endsWith('.md'))) {
  const text = readFileSync(`content/decisions/${name}`, 'utf8');
  if (holdsFullText(parseFrontmatter(text).frontmatter)) copyFileSync(`content/decisions/${name}`, `${FULL_TEXT_CONTENT}/${name}`);
}

const builds = [
  run(process.execPath, ['scripts/build.ts'], env),
  // The sub-path build also has an address for error reports, so the tests see both kinds of link.
  run(process.execPath, ['scripts/build.ts'], { ...env, SITE_BASE: SUBPATH_BASE, SITE_OUT_DIR: SUBPATH_OUT, REPORT_ERROR_URL: SUBPATH_REPORT_ERROR_URL }),
  run(process.execPath, ['scripts/build.ts'], {
    ...env,
    SITE_OUT_DIR: FULL_TEXT_OUT,
    DECISIONS_DIR: FULL_TEXT_CONTENT,
    ASTRO_CACHE_DIR: 'tmp/cache-full-text',
  }),
];
if (builds.some((status) => status !== 0)) {
  console.error('The site did not build, so no test can run against it.');
  console.log('0 passed, 1 failed');
  process.exit(1);
}

const extra = process.argv.slice(2);
const status = run('vitest', ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${REPORT}`, ...extra], {
  ...env,
  CHROMIUM_PATH: chromium,
  SUBPATH_BASE,
  SUBPATH_OUT,
  FULL_TEXT_DIST: FULL_TEXT_OUT,
});

let passed = 0;
let failed = 0;
try {
  const report = JSON.parse(readFileSync(REPORT, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numTotalTestSuites: number;
    numFailedTestSuites: number;
  };
  passed = report.numPassedTests;
  // A suite that failed to load counts as a failure even though none of its tests ran.
  failed = report.numFailedTests + (report.numFailedTests === 0 && status !== 0 ? Math.max(1, report.numFailedTestSuites) : 0);
} catch {
  failed = Math.max(failed, 1);
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(status === 0 && failed === 0 && passed > 0 ? 0 : 1);
