/**
 * Bad decision files must stop the build with a message that names the file and the field.
 * Each folder in tests/fixtures/bad-decisions/ holds the files of one case and, in expected.txt,
 * the lines the error output must contain. Astro's content sync validates and renders exactly as
 * the build does.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { ROOT } from '../helpers/site.ts';

const FIXTURES = path.join(ROOT, 'tests', 'fixtures');
const CASES = path.join(FIXTURES, 'bad-decisions');
const scratch = mkdtempSync(path.join(os.tmpdir(), 'bad-decisions-'));

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Runs `astro sync` over a folder of decision files; returns its exit status and output. */
function syncDecisions(dir: string): { status: number | null; output: string } {
  const result = spawnSync(path.join(ROOT, 'node_modules', '.bin', 'astro'), ['sync'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: {
      ...process.env,
      DECISIONS_DIR: dir,
      ASTRO_CACHE_DIR: path.join(dir, '.cache'),
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
      FORCE_COLOR: '0',
    },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

function stage(name: string, files: string[]): string {
  const dir = path.join(scratch, name);
  for (const file of files) cpSync(file, path.join(dir, path.basename(file)));
  return dir;
}

describe('the build rejects bad decision files', () => {
  test('the valid fixture on its own builds, so each failure below comes from its defect', () => {
    const dir = stage('valid', [path.join(FIXTURES, 'valid-decision.md')]);
    // The valid fixture must be named after its reference.
    cpSync(path.join(dir, 'valid-decision.md'), path.join(dir, 'pcd-9001.md'));
    rmSync(path.join(dir, 'valid-decision.md'));
    const { status, output } = syncDecisions(dir);
    expect(output).not.toMatch(/error/i);
    expect(status).toBe(0);
  });

  const cases = readdirSync(CASES).sort();

  test('there are fixtures for every kind of bad input the schema promises to catch', () => {
    expect(cases.length).toBeGreaterThanOrEqual(12);
  });

  test.each(cases)('%s fails with a message naming the file and the field', (name) => {
    const caseDir = path.join(CASES, name);
    const files = readdirSync(caseDir).filter((f) => f.endsWith('.md')).map((f) => path.join(caseDir, f));
    const before = files.map((f) => readFileSync(f, 'utf8'));
    const expected = readFileSync(path.join(caseDir, 'expected.txt'), 'utf8').split('\n').filter(Boolean);
    const { status, output } = syncDecisions(stage(name, files));
    expect(status, output).not.toBe(0);
    for (const line of expected) expect(output).toContain(line);
    // Nothing is lost: the build never rewrites a decision file.
    expect(files.map((f) => readFileSync(f, 'utf8'))).toEqual(before);
  });
});
