/** The TypeScript of src, scripts and tests type-checks under astro/tsconfigs/strictest. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { expect, test } from 'vitest';
import { ROOT } from '../helpers/site.ts';

test('tsc --noEmit reports no type errors', () => {
  const result = spawnSync(path.join(ROOT, 'node_modules', '.bin', 'tsc'), ['--noEmit', '-p', ROOT], { cwd: ROOT, encoding: 'utf8' });
  expect(`${result.stdout}${result.stderr}`.trim()).toBe('');
  expect(result.status).toBe(0);
});
