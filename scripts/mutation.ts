/**
 * `npm run mutation`: mutation testing of the pure modules (Stryker with its vitest runner), one
 * folder at a time at low priority, then the mutation score of each folder. Run by hand or on a
 * schedule; never part of `npm test`.
 *
 *   npm run mutation                   every folder, then one line of scores
 *   npm run mutation -- core funding   those folders only
 *   npm run mutation -- --scores       the scores of the last runs, running nothing
 *   npm run mutation -- --incremental  only mutants whose code or tests changed (quick, not for scores)
 *
 * Every run tests every mutant unless --incremental is given: an incremental run keeps a static
 * mutant's old result even when new tests would kill it (stryker.config.mjs). Reports are in
 * reports/mutation/<folder>/ (mutation.json, index.html). FC_SEED (tests/helpers/fast-check-seed.ts)
 * defaults to a fixed seed, as a sandbox has no commit to derive one from and a mutant must meet
 * the same property inputs on every run.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { folders } from './mutation/stryker.config.mjs';
import { tally, type MutationReport, type Tally } from './mutation/tally.ts';

const CONFIG = 'scripts/mutation/stryker.config.mjs';
/** The score each folder should reach (issue 18). */
const TARGET = 85;

type FolderName = keyof typeof folders;
const names = Object.keys(folders) as FolderName[];

function readTally(folder: FolderName): Tally | null {
  const file = `reports/mutation/${folder}/mutation.json`;
  if (!existsSync(file)) return null;
  return tally(JSON.parse(readFileSync(file, 'utf8')) as MutationReport);
}

/**
 * Some unit tests read ../shared (the 360Giving schemas) beside the project. Stryker's sandboxes are
 * in tmp/stryker/, so the same relative path must lead there from a sandbox too.
 */
function shareOutsideFiles(): void {
  const outside = path.resolve('..', 'shared');
  const beside = path.join('tmp', 'stryker', 'shared');
  if (!existsSync(outside) || existsSync(beside)) return;
  mkdirSync(path.dirname(beside), { recursive: true });
  symlinkSync(outside, beside, 'dir');
}

const percent = (score: number | null) => (score === null ? 'n/a' : `${score.toFixed(1)}%`);

function main(args: string[]): number {
  const scoresOnly = args.includes('--scores');
  const incremental = args.includes('--incremental');
  const badOption = args.find((arg) => arg.startsWith('--') && arg !== '--scores' && arg !== '--incremental');
  if (badOption) {
    console.error(`Unknown option ${badOption}: use --scores or --incremental`);
    return 2;
  }
  const asked = args.filter((arg) => !arg.startsWith('--'));
  const unknown = asked.filter((arg) => !names.includes(arg as FolderName));
  if (unknown.length > 0) {
    console.error(`Unknown folder ${unknown.map((name) => `"${name}"`).join(', ')}: choose from ${names.join(', ')}`);
    return 2;
  }
  const chosen = asked.length > 0 ? (asked as FolderName[]) : names;

  const minutes = new Map<FolderName, string>();
  if (!scoresOnly) {
    shareOutsideFiles();
    for (const folder of chosen) {
      console.log(`\n$ MUTATION_FOLDER=${folder}${incremental ? ' MUTATION_INCREMENTAL=1' : ''} nice -n 10 stryker run ${CONFIG}`);
      const started = Date.now();
      const result = spawnSync('nice', ['-n', '10', 'stryker', 'run', CONFIG], {
        stdio: 'inherit',
        env: { ...process.env, MUTATION_FOLDER: folder, FC_SEED: process.env.FC_SEED ?? '18', MUTATION_INCREMENTAL: incremental ? '1' : '0' },
      });
      minutes.set(folder, `${((Date.now() - started) / 60_000).toFixed(1)} min`);
      if (result.status !== 0) {
        console.error(`Stryker stopped on ${folder} (exit ${result.status ?? result.signal}).`);
        return 1;
      }
    }
  }

  console.log('\nMutation score per folder (target ' + TARGET + '%):');
  const below: string[] = [];
  for (const folder of chosen) {
    const found = readTally(folder);
    if (!found) {
      console.log(`  ${folder.padEnd(10)} no report yet (npm run mutation -- ${folder})`);
      continue;
    }
    const took = minutes.has(folder) ? `, ${minutes.get(folder)}` : '';
    console.log(
      `  ${folder.padEnd(10)} ${percent(found.score).padStart(6)}  ${found.killed} killed, ${found.timeout} timed out, ` +
        `${found.survived} survived, ${found.noCoverage} not covered${took}`,
    );
    if (found.score !== null && found.score < TARGET) below.push(folder);
  }
  console.log(chosen.map((folder) => `${folder} ${percent(readTally(folder)?.score ?? null)}`).join('  '));
  if (below.length > 0) console.log(`Below ${TARGET}%: ${below.join(', ')}`);
  return below.length > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
