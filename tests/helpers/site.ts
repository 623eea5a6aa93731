/** Shared helpers for tests that read the built site and the content. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { select } from 'hast-util-select';
import type { Root } from 'hast';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { decisionSchema, type DecisionData } from '../../src/schemas/decision.ts';
import { foldForComparison } from '../../src/lib/core/text.ts';

export const ROOT = path.resolve(import.meta.dirname, '../..');
/** The built site the build tests read; SITE_DIST lets a second build be tested without touching dist/. */
export const DIST = path.join(ROOT, process.env['SITE_DIST'] ?? 'dist');
export const SUBPATH_DIST = path.join(ROOT, process.env['SUBPATH_OUT'] ?? 'tmp/dist-subpath');
export const SUBPATH_BASE = process.env['SUBPATH_BASE'] ?? '/mopac-decisions/';
/** The REPORT_ERROR_URL the sub-path build is made with (scripts/test.ts); the root build sets none. */
export const SUBPATH_REPORT_ERROR_URL = process.env['SUBPATH_REPORT_ERROR_URL'] ?? 'https://example.org/mopac-decisions/issues/new';
/** The site built from the decisions published in full alone (npm test builds it): the search tests' fixed corpus. */
export const FULL_TEXT_DIST = path.join(ROOT, process.env['FULL_TEXT_DIST'] ?? 'tmp/dist-full-text');
export const CONTENT_DIR = path.join(ROOT, 'content', 'decisions');
export const SEEDS_DIR = process.env['SEEDS_DIR'] ?? path.resolve(ROOT, '..', 'shared', 'seeds');

/** Every .html file under `dir`, as paths relative to it ("decisions/pcd-1092/index.html"). */
export function htmlFiles(dir: string): string[] {
  const found: string[] = [];
  const walk = (current: string) => {
    for (const name of readdirSync(current)) {
      const full = path.join(current, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.html')) found.push(path.relative(dir, full));
    }
  };
  walk(dir);
  return found.sort();
}

export function readHtml(dir: string, file: string): { html: string; tree: Root } {
  const html = readFileSync(path.join(dir, file), 'utf8');
  return { html, tree: fromHtml(html) };
}

/** The visible text of the page's <main>, folded for comparisons. */
export function mainText(tree: Root): string {
  const main = select('main', tree);
  if (!main) throw new Error('page has no <main>');
  return foldForComparison(toText(main));
}

export interface ContentFile {
  id: string;
  file: string;
  data: DecisionData;
  body: string;
}

/** The decision files in content/decisions, parsed and validated as the build does. */
export function contentFiles(): ContentFile[] {
  return readdirSync(CONTENT_DIR)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => {
      const file = path.join(CONTENT_DIR, name);
      const { frontmatter, content } = parseFrontmatter(readFileSync(file, 'utf8'));
      return { id: name.slice(0, -3), file, data: decisionSchema.parse(frontmatter), body: content };
    });
}
