/** The site's real decisions, loaded and validated as the build loads them, for unit tests. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { decisionSchema } from '../../src/schemas/decision.ts';
import type { Decision } from '../../src/lib/core/decisions.ts';

const CONTENT = path.resolve(import.meta.dirname, '../../content/decisions');

export function realDecisions(): Decision[] {
  return readdirSync(CONTENT)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => ({
      ...decisionSchema.parse(parseFrontmatter(readFileSync(path.join(CONTENT, name), 'utf8')).frontmatter),
      id: name.slice(0, -3),
    }));
}

/**
 * The decisions published here in full (the five seeds): the fixture of the tests written about
 * their texts, sums and dates, which register and citation records do not change.
 */
export function fullTextDecisions(): Decision[] {
  return realDecisions().filter((decision) => decision.evidence === 'full-text');
}
