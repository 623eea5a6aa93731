/**
 * The tests Stryker runs against each mutant: the unit project of vitest.config.ts alone, since
 * the build-output and browser tests need a built site and Chromium, which a mutant never has.
 * With MUTATION_FOLDER set, only that folder's tests (tests/unit mirrors src/lib).
 *
 * The folder is chosen here and not with Stryker's `testFiles`: Stryker 10.1 treats a `testFiles`
 * list as a test filter for every mutant, so it switches static mutants on only after their module
 * has loaded, and they survive whatever the tests say (a month table without "sept" survived the
 * test that reads "1st Sept 2021"). Without it, a static mutant is switched on before the folder's
 * tests load the module.
 */
import { defineConfig } from 'vitest/config';
import root from '../../vitest.config.ts';

const unit = root.test?.projects?.find(
  (project): project is { test: { name: string; include?: string[] } } =>
    typeof project === 'object' && 'test' in project && project.test?.name === 'unit',
);
if (!unit) throw new Error('vitest.config.ts has no project named "unit"');

/**
 * Tests that run the code in a child process (the importer's command line), where a mutant is never
 * switched on: they cannot kill one, and they were two thirds of the import folder's test time.
 */
const CHILD_PROCESS_TESTS = ['tests/unit/import/cli.test.ts', 'tests/unit/import/sources-cli.test.ts'];

const folder = process.env.MUTATION_FOLDER;
const include = folder === undefined ? (unit.test.include ?? ['tests/unit/**/*.test.ts']) : [`tests/unit/${folder}/**/*.test.ts`];

export default defineConfig({ ...unit, test: { ...unit.test, include, exclude: [...CHILD_PROCESS_TESTS, '**/node_modules/**'] } });
