import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { headCommit, propertySeed } from '../../helpers/fast-check-seed.ts';
import { ROOT } from '../../helpers/site.ts';

const commit = () => 'a160def0123456789abcdef0123456789abcdef0';
const noGit = (): string => {
  throw new Error('not a git repository');
};

describe('propertySeed', () => {
  test.each([
    ['FC_SEED as given', '722738430', commit, 722738430],
    ['a negative FC_SEED', '-5', commit, -5],
    ['"random" asks for no seed', 'random', commit, undefined],
    ['the commit, without FC_SEED', undefined, commit, 0xa160def0 | 0],
    ['an empty FC_SEED counts as unset', ' ', commit, 0xa160def0 | 0],
    ['no seed outside a Git checkout', undefined, noGit, undefined],
    ['no seed from something that is not a hash', undefined, () => 'fatal: bad revision', undefined],
  ])('%s', (_, fromEnv, readCommit, expected) => {
    expect(propertySeed(fromEnv, readCommit)).toBe(expected);
  });

  test('refuses an FC_SEED that is not a whole number, naming it', () => {
    expect(() => propertySeed('12ab', commit)).toThrow('FC_SEED must be a whole number or "random", not "12ab"');
  });

  test('one commit gives one seed; another commit another', () => {
    expect(propertySeed(undefined, commit)).toBe(propertySeed(undefined, commit));
    expect(propertySeed(undefined, () => '0b1c2d3e4f')).not.toBe(propertySeed(undefined, commit));
  });
});

describe('headCommit', () => {
  const hash = '0123456789abcdef0123456789abcdef01234567';
  const made: string[] = [];
  afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
  /** A folder with only the .git files given: git itself refuses it, so they are read directly. */
  const fakeCheckout = (files: Record<string, string>) => {
    const root = mkdtempSync(path.join(tmpdir(), 'fc-seed-'));
    made.push(root);
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(root, '.git', name)), { recursive: true });
      writeFileSync(path.join(root, '.git', name), text);
    }
    return root;
  };

  test('is the commit git names in this checkout', () => {
    expect(headCommit(ROOT).trim()).toBe(execFileSync('git', ['rev-parse', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim());
  });

  test.each([
    ['a branch', { HEAD: 'ref: refs/heads/main\n', 'refs/heads/main': `${hash}\n` }],
    ['a packed branch', { HEAD: 'ref: refs/heads/main\n', 'packed-refs': `# pack-refs with: peeled\n${hash} refs/heads/main\n` }],
    ['a detached HEAD', { HEAD: `${hash}\n` }],
  ])('reads .git itself where git will not answer: %s', (_, files) => {
    expect(headCommit(fakeCheckout(files)).trim()).toBe(hash);
  });

  test('says which branch has no commit', () => {
    expect(() => headCommit(fakeCheckout({ HEAD: 'ref: refs/heads/gone\n', 'packed-refs': '' }))).toThrow('No commit for refs/heads/gone');
  });
});
