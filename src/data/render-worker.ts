/**
 * A worker thread that renders decision bodies (see render-decisions.ts). It runs in plain Node,
 * outside Vite, so it imports only modules Node can run as they are (TypeScript types are erased).
 */
import { parentPort } from 'node:worker_threads';
import { createDecisionRenderer } from '../lib/markdown/pipeline.ts';
import { renderJob, type RenderJob } from './render-decisions.ts';

const renderer = await createDecisionRenderer();

parentPort!.on('message', async (job: RenderJob & { index: number }) => {
  parentPort!.postMessage({ index: job.index, ...(await renderJob(renderer, job)) });
});
