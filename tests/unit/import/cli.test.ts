/**
 * The import command as a maintainer runs it: real processes, real files in a temporary folder.
 * Good input is written whole; every bad input gets one line naming the file, a non-zero exit
 * and no file left behind; nothing is overwritten or duplicated without being asked.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const NODE = path.join(ROOT, 'node_modules', '.bin', 'node');
const SCRIPT = path.join(ROOT, 'scripts', 'import.ts');
const SEEDS = path.resolve(ROOT, '../shared/seeds');
const OCS_SEED = path.join(SEEDS, '003_90cfbe0820b66141.txt');
const PCD_1092_SEED = path.join(SEEDS, '000_e15c014205c75f76.txt');
const OCS_SLUG = 'home-office-grant-organised-crime-specific-grant-agreement-2023-2027';

let work: string;
let out: string;

beforeEach(() => {
  work = mkdtempSync(path.join(tmpdir(), 'import-cli-'));
  out = path.join(work, 'out');
  mkdirSync(out);
});

afterEach(() => {
  rmSync(work, { recursive: true, force: true });
});

function cli(...args: string[]) {
  // The review report goes to the test's folder, not the checkout's tmp/.
  const report = args.includes('--report') ? [] : ['--report', path.join(work, 'review.md')];
  const result = spawnSync(NODE, [SCRIPT, ...args, ...report], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A copy of a seed in the temporary folder, under a new name, optionally edited. */
function copy(seed: string, name: string, edit?: (text: string) => string): string {
  const file = path.join(work, name);
  if (edit) writeFileSync(file, edit(readFileSync(seed, 'utf8')));
  else copyFileSync(seed, file);
  return file;
}

/** The error lines, without npm's or Node's own warnings. */
function errorLines(stderr: string): string[] {
  return stderr.split('\n').filter((line) => line.startsWith('import: '));
}

const written = () => readdirSync(out);

describe('npm run import', { timeout: 60_000 }, () => {
  test('writes a draft of a good document that parses as frontmatter and body', () => {
    const result = cli(copy(OCS_SEED, 'ocs.txt'), '--out', out);
    expect(result.stderr).toBe('');
    // Written, but a person must confirm the document has no PCD number: exit status 3.
    expect(result.status).toBe(3);
    expect(readFileSync(path.join(work, 'review.md'), 'utf8')).toMatch(/- CHECK \(\d+\) .*ocs\.txt[\s\S]*- reference: no reference found/);
    expect(written()).toEqual([`${OCS_SLUG}.md`]);
    const { frontmatter, content } = parseFrontmatter(readFileSync(path.join(out, `${OCS_SLUG}.md`), 'utf8'));
    expect(frontmatter).toMatchObject({ reference: null, source: { file: 'ocs.txt' }, summary: '' });
    expect(content).toContain('## Home Office Grant Organised Crime Specific Grant Agreement 2023 - 2027');
    expect(result.stdout).toContain('signed     no signing date');
    expect(result.stdout).toContain('loss report: no word of the source is missing');
  });

  test('names a renumbered decision after its reference and removes named noise', () => {
    const file = copy(PCD_1092_SEED, 'renumbered.txt', (text) => text.replace('PCD 1092', 'PCD 9092'));
    const result = cli(file, '--out', out, '--accept-loss', 'due hinden', '--accept-loss', 'Canaluchterd.');
    expect(result.status).toBe(0);
    expect(written()).toEqual(['pcd-9092.md']);
    const draft = readFileSync(path.join(out, 'pcd-9092.md'), 'utf8');
    const { frontmatter, content } = parseFrontmatter(draft);
    expect(frontmatter).toMatchObject({ reference: 'PCD 9092', signed: { date: '2021-12-10', asWritten: '10/12/2021' } });
    expect(frontmatter.cleaned).toEqual(
      expect.arrayContaining([
        { original: 'due hinden', reason: 'A handwritten signature, read by text extraction as words.' },
        { original: 'Canaluchterd.', reason: 'A handwritten signature, read by text extraction as words.' },
      ]),
    );
    expect(content).not.toContain('due hinden');
    expect(content).toContain('\nSignature\n');
  });

  test('with --dry-run prints the draft and writes nothing', () => {
    const result = cli(copy(OCS_SEED, 'ocs.txt'), '--out', out, '--dry-run');
    expect(result.status).toBe(3);
    expect(existsSync(path.join(work, 'review.md'))).toBe(false);
    expect(result.stdout).toContain('(dry run, not written)');
    expect(result.stdout).toContain('---\n# IMPORTED DRAFT');
    expect(written()).toEqual([]);
  });

  const bad: [string, (dir: string) => string, RegExp][] = [
    ['an empty file', (dir) => write(dir, 'empty.txt', ''), /empty\.txt: the file is empty$/],
    ['a binary file', (dir) => write(dir, 'scan.txt', Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0xff])), /scan\.txt: not a text file \(it holds NUL bytes\)$/],
    ['a file that is not UTF-8', (dir) => write(dir, 'latin1.txt', Buffer.from('Grant of \xa3135,000 by MOPAC', 'latin1')), /latin1\.txt: not UTF-8 text$/],
    ['a text that is not a decision', (dir) => write(dir, 'list.txt', 'Eggs, milk and bread.\n'), /list\.txt: not a decision document \(no PCD reference, no sum of money, no mention of MOPAC, the DMPC or the Deputy Mayor\)$/],
    ['an empty folder', (dir) => mkdir(dir, 'folder.txt'), /folder\.txt: the folder holds no \.txt, \.pdf or \.html file to import$/],
    ['a path that does not exist', (dir) => path.join(dir, 'missing.txt'), /missing\.txt: no such file$/],
    ['a decision already published', () => copy(PCD_1092_SEED, 'again.txt'), /again\.txt: PCD 1092 is already a decision: content\/decisions\/pcd-1092\.md$/],
    ['a source file already imported', () => copy(OCS_SEED, '003_90cfbe0820b66141.txt'), /003_90cfbe0820b66141\.txt: already imported as content\/decisions\/ocs-grant-2023-2027\.md/],
  ];

  test.each(bad)('refuses %s with one line naming the file, and writes nothing', (_, make, message) => {
    const file = make(work);
    const result = cli(file, '--out', out);
    expect(result.status).toBe(1);
    const lines = errorLines(result.stderr);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^import: /);
    expect(lines[0]).toContain(path.basename(file));
    expect(lines[0]).toMatch(message);
    expect(written()).toEqual([]);
  });

  test.skipIf(process.getuid?.() === 0)('refuses a file it cannot read', () => {
    const file = copy(OCS_SEED, 'locked.txt');
    chmodSync(file, 0o000);
    const result = cli(file, '--out', out);
    expect(result.status).toBe(1);
    expect(errorLines(result.stderr)).toEqual([expect.stringMatching(/locked\.txt: cannot read: permission denied$/)]);
    expect(written()).toEqual([]);
  });

  test('processes every file: writes the good ones, reports each bad one, exits 1', () => {
    const result = cli(write(work, 'empty.txt', ''), copy(OCS_SEED, 'ocs.txt'), path.join(work, 'missing.txt'), '--out', out);
    expect(result.status).toBe(1);
    expect(errorLines(result.stderr)).toEqual([
      expect.stringMatching(/empty\.txt: the file is empty$/),
      expect.stringMatching(/missing\.txt: no such file$/),
    ]);
    expect(written()).toEqual([`${OCS_SLUG}.md`]);
  });

  test('does not overwrite an existing draft without --force, and does with it', () => {
    const target = path.join(out, `${OCS_SLUG}.md`);
    writeFileSync(target, 'a maintainer’s reviewed draft\n');
    const refused = cli(copy(OCS_SEED, 'ocs.txt'), '--out', out);
    expect(refused.status).toBe(1);
    expect(errorLines(refused.stderr)).toEqual([expect.stringMatching(/ocs\.txt: .*\.md already exists; pass --force to overwrite it$/)]);
    expect(readFileSync(target, 'utf8')).toBe('a maintainer’s reviewed draft\n');

    const forced = cli(path.join(work, 'ocs.txt'), '--out', out, '--force');
    expect(forced.status).toBe(3);
    expect(readFileSync(target, 'utf8')).toMatch(/^---\n# IMPORTED DRAFT/);
    expect(written()).toEqual([`${OCS_SLUG}.md`]); // no temporary file left beside it
  });

  test('refuses a second file with the reference of a draft it just wrote', () => {
    const first = copy(PCD_1092_SEED, 'one.txt', (text) => text.replace('PCD 1092', 'PCD 9092'));
    const second = copy(PCD_1092_SEED, 'two.txt', (text) => text.replace('PCD 1092', 'PCD 9092'));
    const result = cli(first, second, '--out', out, '--force');
    expect(result.status).toBe(1);
    expect(errorLines(result.stderr)).toEqual([expect.stringMatching(/two\.txt: .*pcd-9092\.md was drafted from .*one\.txt in this run; two inputs cannot make one decision$/)]);
    expect(parseFrontmatter(readFileSync(path.join(out, 'pcd-9092.md'), 'utf8')).frontmatter.source).toEqual({ file: 'one.txt' });
  });

  test('with --allow-duplicate drafts a published decision into another folder, for comparison', () => {
    const result = cli(copy(PCD_1092_SEED, 'again.txt'), '--out', out, '--allow-duplicate');
    // The signature read as words is left for a person: written, exit status 3.
    expect(result.status).toBe(3);
    expect(written()).toEqual(['pcd-1092.md']);
    expect(cli(copy(PCD_1092_SEED, 'again.txt'), '--allow-duplicate').status).toBe(2);
  });

  test.each([
    ['no file', [], /name at least one file, folder or address/],
    ['an unknown option', ['x.txt', '--overwrite'], /Unknown option '--overwrite'/],
    ['a missing --out folder', ['x.txt', '--out', '/nonexistent/folder'], /--out \/nonexistent\/folder: no such directory/],
  ])('exits 2 with usage help for %s', (_, args, message) => {
    const result = cli(...args);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(message);
  });

  test('prints its usage with --help', () => {
    const result = cli('--help');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Usage: npm run import -- <input>/);
  });
});

function write(dir: string, name: string, content: string | Buffer): string {
  const file = path.join(dir, name);
  writeFileSync(file, content);
  return file;
}

function mkdir(dir: string, name: string): string {
  const folder = path.join(dir, name);
  mkdirSync(folder);
  return folder;
}

