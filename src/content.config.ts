/**
 * The decisions collection: one Markdown file per decision in content/decisions/ (or in
 * DECISIONS_DIR, which the tests use to build fixture folders of bad files).
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { decisionSchema } from './schemas/decision.ts';
import { checkDecisionFiles, type DecisionFileFacts } from './lib/decision-files.ts';

const decisionsDir = process.env.DECISIONS_DIR || './content/decisions';

async function readDecisionFiles(dir: string): Promise<DecisionFileFacts[]> {
  const names = (await readdir(dir)).filter((name) => name.endsWith('.md')).sort();
  return Promise.all(
    names.map(async (name) => {
      const file = path.join(dir, name);
      let reference: unknown;
      try {
        const { frontmatter } = parseFrontmatter(await readFile(file, 'utf8'));
        reference = frontmatter['reference'];
      } catch (error) {
        throw new Error(`${file}: its frontmatter is not valid YAML (${(error as Error).message})`);
      }
      return { file, id: name.slice(0, -3), reference };
    }),
  );
}

/**
 * The glob loader, preceded by the cross-file checks it does not make (duplicates, names) and
 * followed by a check that every body rendered: the glob loader only logs a rendering error and
 * stores the entry with an empty body, which would publish a decision without its text.
 */
function decisionsLoader(): Loader {
  const inner = glob({
    pattern: '*.md',
    base: decisionsDir,
    // The address is the file name, never a frontmatter field, so it cannot change unseen.
    generateId: ({ entry }) => entry.replace(/\.md$/, ''),
    // The Markdown is not kept once rendered: the data store (loaded whole by the build) holds only
    // the frontmatter and the HTML, about a third smaller, which cut page rendering time and memory.
    retainBody: false,
  });
  return {
    name: 'decisions-loader',
    load: async (context) => {
      const problems = checkDecisionFiles(await readDecisionFiles(decisionsDir));
      if (problems.length > 0) {
        throw new Error(`Decision files in ${decisionsDir} need fixing:\n  ${problems.join('\n  ')}`);
      }
      const renderErrors: string[] = [];
      const logger = Object.create(context.logger) as typeof context.logger;
      logger.error = (message: string) => {
        renderErrors.push(message);
        context.logger.error(message);
      };
      await inner.load({ ...context, logger });
      const unrendered = context.store.values().filter((entry) => !entry.rendered?.html);
      if (renderErrors.length > 0 || unrendered.length > 0) {
        throw new Error(
          [
            `Decision files in ${decisionsDir} did not render:`,
            ...renderErrors,
            ...unrendered.map((entry) => `${entry.filePath ?? entry.id}: the body rendered empty`),
          ].join('\n  '),
        );
      }
    },
  };
}

export const collections = {
  decisions: defineCollection({ loader: decisionsLoader(), schema: decisionSchema }),
};
