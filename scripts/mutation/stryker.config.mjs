// @ts-check
/**
 * Stryker's settings for `npm run mutation` (scripts/mutation.ts runs it one folder at a time).
 * MUTATION_FOLDER names the folder; the modules each one mutates are in `folders`; without it,
 * every folder at once (reports/mutation/all/). By hand:
 *
 *   MUTATION_FOLDER=core npx stryker run scripts/mutation/stryker.config.mjs
 */

/** The pure modules issue 18 names, by the folder whose score the report gives. */
export const folders = {
  core: ['src/lib/core/money.ts', 'src/lib/core/dates.ts', 'src/lib/core/financial-year.ts'],
  // Every module of the folder: the views, year-by-year tables, CSV, and the chart's words and image.
  funding: ['src/lib/funding/*.ts'],
  // The writers of the published data: the CSV columns, decisions.json, 360giving.json and the
  // feeds. Not the workbook, the grants' quality checks, or the fields' and terms' documentation:
  // with them the folder is 1,400 mutants, more than ten hours on two cores.
  'open-data': ['src/lib/open-data/csv-columns.ts', 'src/lib/open-data/decisions-json.ts', 'src/lib/open-data/three-sixty-giving.ts', 'src/lib/open-data/feeds.ts'],
  markdown: ['src/lib/markdown/sanitize-schema.ts', 'src/lib/markdown/glossary.ts', 'src/lib/markdown/rehype-glossary.ts'],
  // Every module of the folder: reading the query, filters, ranking, highlighting, the results' CSV.
  search: ['src/lib/search/*.ts'],
  import: ['src/lib/import/sum-role.ts'],
};

const folder = process.env.MUTATION_FOLDER;
if (folder !== undefined && !Object.hasOwn(folders, folder)) {
  throw new Error(`MUTATION_FOLDER must be one of ${Object.keys(folders).join(', ')}, not "${folder}"`);
}
const reports = `reports/mutation/${folder ?? 'all'}`;

/** @param {string | undefined} text */
function concurrency(text) {
  if (text === undefined) return 1;
  if (!/^[1-9]\d*$/.test(text)) throw new Error(`MUTATION_CONCURRENCY must be a whole number of test runners, not "${text}"`);
  return Number(text);
}

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  mutate: folder === undefined ? Object.values(folders).flat() : folders[/** @type {keyof typeof folders} */ (folder)],
  // A folder's own tests (tests/unit mirrors src/lib), chosen in scripts/mutation/vitest.config.ts
  // from MUTATION_FOLDER: the score says what they catch, and a mutant of money.ts is not rerun
  // against the hundreds of other tests that happen to format a sum. Not with `testFiles`, which
  // would leave static mutants switched off (see that file).
  testRunner: 'vitest',
  // Only tests/unit: the other projects need a built site and Chromium.
  vitest: { configFile: 'scripts/mutation/vitest.config.ts', related: true },
  // Each mutant runs only the tests that reached it in the first, instrumented run.
  coverageAnalysis: 'perTest',
  // Two cores shared with everything else on the machine; MUTATION_CONCURRENCY=2 on a quiet one.
  concurrency: concurrency(process.env.MUTATION_CONCURRENCY),
  timeoutMS: 5_000,
  // Static mutants (module-level constants: the regular expressions, the month table) count: each is
  // switched on before its module loads, and every test of the folder runs against it.
  ignoreStatic: false,
  // Every mutant is tested on every run. MUTATION_INCREMENTAL=1 (npm run mutation -- --incremental)
  // retests only mutants whose code or covering tests changed: quick while writing tests, but a
  // static mutant has no covering tests of its own, so its old result is kept even when new tests
  // would kill it. Scores for the README come from full runs.
  incremental: process.env.MUTATION_INCREMENTAL === '1',
  incrementalFile: `${reports}/incremental.json`,
  reporters: ['json', 'html', 'clear-text', 'progress'],
  jsonReporter: { fileName: `${reports}/mutation.json` },
  htmlReporter: { fileName: `${reports}/index.html` },
  clearTextReporter: { reportTests: false, reportScoreTable: true },
  tempDirName: 'tmp/stryker',
  // Stryker rewrites paths in the named tsconfig with TypeScript's JavaScript API, which TypeScript 7
  // no longer has. The sandbox copies tsconfig.json unchanged, which is right: it names no path
  // outside the project. So Stryker is pointed at a file that does not exist, and skips the step.
  tsconfigFile: 'scripts/mutation/no-tsconfig-rewrite.json',
  // The sandbox copies the project; built sites and earlier sandboxes are not needed in it.
  ignorePatterns: ['dist', 'tmp', 'reports', 'test-results', '.astro'],
};
