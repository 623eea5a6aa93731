/**
 * Raw HTML in a decision's Markdown passes through Astro by default; this builds a decision full of
 * hostile HTML (tests/fixtures/hostile-decision/) and checks what reaches the page: the documents'
 * <sup>, <b> and <u> survive; scripts, handlers, styles, frames and javascript: URLs do not.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ROOT } from '../helpers/site.ts';

const scratch = mkdtempSync(path.join(os.tmpdir(), 'hostile-'));
let page = '';
let prose = '';

beforeAll(() => {
  const result = spawnSync(path.join(ROOT, 'node_modules', '.bin', 'astro'), ['build'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: {
      ...process.env,
      DECISIONS_DIR: path.join(ROOT, 'tests', 'fixtures', 'hostile-decision'),
      ASTRO_CACHE_DIR: path.join(scratch, 'cache'),
      SITE_OUT_DIR: path.join(scratch, 'dist'),
      ASTRO_TELEMETRY_DISABLED: '1',
    },
  });
  if (result.status !== 0) throw new Error(`the hostile fixture did not build:\n${result.stdout}\n${result.stderr}`);
  page = readFileSync(path.join(scratch, 'dist', 'decisions', 'pcd-9001', 'index.html'), 'utf8');
  prose = page.slice(page.indexOf('class="prose"'), page.indexOf('id="related-heading"'));
});

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('a decision with hostile HTML in its text', () => {
  test('keeps the harmless markup the documents use', () => {
    expect(prose).toContain('31<sup>st</sup> March');
    expect(prose).toContain('<b>bold</b>');
    expect(prose).toContain('<u>underlined</u>');
    expect(prose).toContain('A paragraph with a handler.');
  });

  test.each([
    ['scripts', /<script/i],
    ['event handlers', /\son[a-z]+=/i],
    ['javascript: URLs', /javascript:/i],
    ['inline styles', /style=/i],
    ['style elements', /<style/i],
    ['frames', /<iframe/i],
    ['images from anywhere', /<img/i],
    ['SVG', /<svg/i],
    ['the injected code itself', /__xss/],
  ])('removes %s', (_, pattern) => {
    expect(prose).not.toMatch(pattern);
    expect(page).not.toMatch(pattern);
  });
});
