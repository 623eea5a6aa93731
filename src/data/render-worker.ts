/**
 * A worker thread that renders decision bodies (see render-decisions.ts). It runs in plain Node,
 * outside Vite, so it imports only modules Node can run as they are (TypeScript types are erased).
 */
import { parentPort } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';
import { createDecisionRenderer } from '../lib/markdown/pipeline.ts';
import type { RenderJob, RenderOutcome } from './render-decisions.ts';

const renderer = await createDecisionRenderer();

parentPort!.on('message', async (job: RenderJob & { index: number }) => {
  let outcome: RenderOutcome;
  try {
    const result = await renderer.render(job.body, { frontmatter: job.frontmatter, fileURL: pathToFileURL(job.file) });
    outcome = { html: result.code };
  } catch (error) {
    outcome = { error: (error as Error).message };
  }
  parentPort!.postMessage({ index: job.index, ...outcome });
});
