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
  funding: ['src/lib/funding/funding.ts', 'src/lib/funding/year-by-year.ts', 'src/lib/funding/funding-csv.ts'],
  // The files that write the published data (CSV columns, decisions.json, 360giving.json): the whole
  // folder is over an hour on two shared cores.
  'open-data': ['src/lib/open-data/csv-columns.ts', 'src/lib/open-data/decisions-json.ts', 'src/lib/open-data/three-sixty-giving.ts'],
  markdown: ['src/lib/markdown/sanitize-schema.ts', 'src/lib/markdown/glossary.ts', 'src/lib/markdown/rehype-glossary.ts'],
  // Reading the query and ranking. The rest of search/ (filters, records, state, highlighting, CSV)
  // is not mutated: with it the run is over forty minutes on two shared cores.
  search: ['src/lib/search/query.ts', 'src/lib/search/understand-query.ts', 'src/lib/search/words.ts', 'src/lib/search/engine.ts'],
  import: ['src/lib/import/sum-role.ts'],
};

const folder = process.env.MUTATION_FOLDER;
if (folder !== undefined && !Object.hasOwn(folders, folder)) {
  throw new Error(`MUTATION_FOLDER must be one of ${Object.keys(folders).join(', ')}, not "${folder}"`);
}
const reports = `reports/mutation/${folder ?? 'all'}`;

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  mutate: folder === undefined ? Object.values(folders).flat() : folders[/** @type {keyof typeof folders} */ (folder)],
  // A folder's own tests (tests/unit mirrors src/lib): the score says what they catch, and a mutant
  // of money.ts is not rerun against the hundreds of other tests that happen to format a sum.
  testFiles: folder === undefined ? ['tests/unit/**/*.test.ts'] : [`tests/unit/${folder}/**/*.test.ts`],
  testRunner: 'vitest',
  // Only tests/unit: the other projects need a built site and Chromium.
  vitest: { configFile: 'scripts/mutation/vitest.config.ts', related: true },
  // Each mutant runs only the tests that reached it in the first, instrumented run.
  coverageAnalysis: 'perTest',
  // Two cores shared with everything else on the machine.
  concurrency: 1,
  timeoutMS: 5_000,
  // Static mutants (module-level constants: the regular expressions, the month table) are not
  // measured: the vitest runner ran their tests without the mutant in force (a month table without
  // "sept" survived all 186 tests, the one that reads "1st Sept 2021" among them), and they took
  // three quarters of the time. README, "npm run mutation", says so.
  ignoreStatic: true,
  // A rerun tests only the mutants whose code or covering tests changed since the last one.
  incremental: true,
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
