/**
 * The decisions collection: one Markdown file per decision in content/decisions/ (or in
 * DECISIONS_DIR, which the tests use to build fixture folders of bad files).
 */
import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
import { existsSync, readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { decisionSchema } from './schemas/decision.ts';
import { bodyProblem, checkDecisionFiles, holdsFullText, type DecisionFileFacts } from './lib/core/decision-files.ts';
import { localModules } from './lib/site/source-graph.ts';
import { renderDecisions } from './data/render-decisions.ts';
import { pruneRenderedHtml, renderedHtmlFile, writeRenderedHtml } from './data/rendered-html.ts';

const decisionsDir = path.resolve(process.env.DECISIONS_DIR || './content/decisions');

interface DecisionFile extends DecisionFileFacts {
  contents: string;
  body: string;
  frontmatter: Record<string, unknown>;
}

async function readDecisionFiles(dir: string): Promise<DecisionFile[]> {
  const names = (await readdir(dir)).filter((name) => name.endsWith('.md')).sort();
  return Promise.all(
    names.map(async (name) => {
      const file = path.join(dir, name);
      const contents = await readFile(file, 'utf8');
      try {
        const { frontmatter, content } = parseFrontmatter(contents);
        return { file, id: name.slice(0, -3), reference: frontmatter['reference'], contents, body: content.trim(), frontmatter };
      } catch (error) {
        throw new Error(`${file}: its frontmatter is not valid YAML (${(error as Error).message})`);
      }
    }),
  );
}

/** The module that renders decision bodies: it and what it imports are all a rendering runs. */
const RENDERER = '/src/data/render-worker.ts';

/**
 * A digest of what a rendering depends on besides the file: the project's modules the renderer
 * loads (read from their imports: the pipeline, its plugins, the glossary) and the locked package
 * versions. Changing either renders every decision again instead of reusing a stale rendering;
 * changing any other module (the search, the importer) renders none.
 */
async function pipelineFingerprint(root: URL, generateDigest: (data: string) => string): Promise<string> {
  const rootDir = fileURLToPath(root);
  const read = (projectPath: string) => readFileSync(path.join(rootDir, projectPath), 'utf8');
  const parts = localModules(RENDERER, read).map((projectPath) => `${projectPath}\n${read(projectPath)}`);
  parts.push(await readFile(fileURLToPath(new URL('package-lock.json', root)), 'utf8').catch(() => ''));
  return generateDigest(parts.join('\n'));
}

/**
 * Loads the decisions: checks across files that a per-file schema cannot make (duplicate
 * addresses and references, names), validates each file's frontmatter against the schema, and
 * renders each body with the decision pipeline, in worker threads. Any body that fails to render
 * (a quoted sentence missing from it, say) or renders empty stops the build, naming the file; so
 * does a register or citation record with a body.
 *
 * The store keeps data and a digest; the HTML goes to a file of its own (src/data/rendered-html.ts).
 * A decision whose file and pipeline are unchanged since the last sync is not rendered again.
 */
function decisionsLoader(): Loader {
  return {
    name: 'decisions-loader',
    load: async (context) => {
      const { store, config, parseData, generateDigest, logger, watcher } = context;
      const sync = async () => {
        const files = await readDecisionFiles(decisionsDir);
        const problems = [...checkDecisionFiles(files), ...files.flatMap((file) => bodyProblem(file) ?? [])];
        if (problems.length > 0) {
          throw new Error(`Decision files in ${decisionsDir} need fixing:\n  ${problems.join('\n  ')}`);
        }
        const fingerprint = await pipelineFingerprint(config.root, generateDigest);
        const root = fileURLToPath(config.root);
        const entries = files.map((file) => ({
          id: file.id,
          filePath: path.relative(root, file.file).split(path.sep).join('/'),
          digest: generateDigest(`${fingerprint}\n${file.contents}`),
        }));
        // A register or citation record has no body: its page shows the facts and summary alone.
        files.forEach((file, index) => {
          if (!holdsFullText(file.frontmatter)) writeRenderedHtml(file.id, entries[index]!.digest, '');
        });
        const toRender = files
          .map((file, index) => ({ index, file }))
          .filter(({ index, file }) => {
            if (!holdsFullText(file.frontmatter)) return false;
            const { digest } = entries[index]!;
            return store.get(file.id)?.digest !== digest || !existsSync(renderedHtmlFile(file.id, digest));
          });
        // The workers render while this thread validates the frontmatter; a schema error still stops the sync first.
        const rendering = renderDecisions(toRender.map(({ file }) => ({ file: file.file, body: file.body, frontmatter: file.frontmatter })));
        rendering.catch(() => {});
        const data: Record<string, unknown>[] = [];
        for (const file of files) data.push(await parseData({ id: file.id, data: file.frontmatter, filePath: file.file }));
        const outcomes = await rendering;
        const failures: string[] = [];
        outcomes.forEach((outcome, i) => {
          const { index, file } = toRender[i]!;
          if (outcome.error !== undefined) failures.push(`${file.file}: ${outcome.error}`);
          else if (outcome.html.trim() === '') failures.push(`${file.file}: the body is empty; a decision page needs its published text`);
          else writeRenderedHtml(file.id, entries[index]!.digest, outcome.html);
        });
        if (failures.length > 0) {
          throw new Error([`Decision files in ${decisionsDir} did not render:`, ...failures].join('\n  '));
        }
        const ids = new Set(entries.map((entry) => entry.id));
        for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
        entries.forEach((entry, index) => store.set({ ...entry, data: data[index]! }));
        pruneRenderedHtml(entries.map((entry) => renderedHtmlFile(entry.id, entry.digest)));
        if (toRender.length > 0) logger.info(`Rendered ${toRender.length} of ${entries.length} decisions`);
      };
      await sync();

      // In development, a saved, added or deleted decision file is loaded again.
      if (!watcher) return;
      watcher.add(decisionsDir);
      let queue = Promise.resolve();
      const onChange = (changed: string) => {
        if (path.dirname(path.resolve(changed)) !== decisionsDir || !changed.endsWith('.md')) return;
        queue = queue.then(sync).catch((error: Error) => logger.error(error.message));
      };
      watcher.on('change', onChange);
      watcher.on('add', onChange);
      watcher.on('unlink', onChange);
    },
  };
}

export const collections = {
  decisions: defineCollection({ loader: decisionsLoader(), schema: decisionSchema }),
};
