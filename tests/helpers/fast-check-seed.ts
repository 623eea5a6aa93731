/**
 * Seeds the property tests (fast-check) so that one commit always tries the same inputs: a CI run
 * can be replayed exactly, and a run on a fresh clone of a commit tries what CI will try. Each new
 * commit tries new inputs, so the properties keep exploring.
 *
 *   FC_SEED=722738430 npm run test:unit   replays a seed that a failure printed
 *   FC_SEED=random npm run test:unit      a new seed on every run
 *
 * Without FC_SEED the seed comes from the commit checked out (headCommit); outside a Git checkout it
 * is random.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';

/** The seed named by FC_SEED, or derived from a commit hash; undefined means random. */
export function propertySeed(fromEnv: string | undefined, commit: () => string): number | undefined {
  const wanted = fromEnv?.trim();
  if (wanted === 'random') return undefined;
  if (wanted) {
    if (!/^-?\d+$/.test(wanted)) throw new Error(`FC_SEED must be a whole number or "random", not "${wanted}"`);
    return Number(wanted) | 0;
  }
  let hash: string;
  try {
    hash = commit().trim();
  } catch {
    return undefined;
  }
  return /^[0-9a-f]{8,}$/i.test(hash) ? Number.parseInt(hash.slice(0, 8), 16) | 0 : undefined;
}

/**
 * The commit checked out in `root`: from git, or, where git is missing or refuses the folder (owned
 * by another user), from the files of .git itself.
 */
export function headCommit(root: string): string {
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    const gitDir = path.join(root, '.git');
    const head = readFileSync(path.join(gitDir, 'HEAD'), 'utf8').trim();
    const ref = /^ref: (\S+)$/.exec(head)?.[1];
    if (!ref) return head;
    if (existsSync(path.join(gitDir, ref))) return readFileSync(path.join(gitDir, ref), 'utf8');
    const packed = readFileSync(path.join(gitDir, 'packed-refs'), 'utf8');
    const line = packed.split('\n').find((l) => l.endsWith(` ${ref}`));
    if (!line) throw new Error(`No commit for ${ref} in ${gitDir}`);
    return line.split(' ')[0] as string;
  }
}

const seed = propertySeed(process.env.FC_SEED, () => headCommit(path.resolve(import.meta.dirname, '../..')));
if (seed !== undefined) fc.configureGlobal({ ...fc.readConfigureGlobal(), seed });
