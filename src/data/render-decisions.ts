/**
 * Renders decision bodies with the decision pipeline, on every core. Rendering is nearly all of a
 * build's content sync (about 11 ms of one core per decision), and Astro runs loaders on one
 * thread; worker threads share it out. A handful of decisions, as in development and most tests,
 * render in process, since starting a worker costs more than they do.
 */
import os from 'node:os';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { MarkdownRenderer } from '@astrojs/markdown-remark';
import { createDecisionRenderer } from '../lib/markdown/pipeline.ts';

export interface RenderJob {
  /** Absolute path of the file, for messages. */
  file: string;
  /** The Markdown after its frontmatter, trimmed. */
  body: string;
  /** The parsed frontmatter: the pipeline anchors the quoted sentences it lists. */
  frontmatter: Record<string, unknown>;
}

export type RenderOutcome = { html: string; error?: undefined } | { error: string; html?: undefined };

/** Below this many, rendering in process is quicker than starting workers. */
const IN_PROCESS_BELOW = 40;

/** Renders each job; the outcomes are in the order of the jobs. A failed render is an outcome, not a throw. */
export async function renderDecisions(jobs: readonly RenderJob[], threads = os.availableParallelism()): Promise<RenderOutcome[]> {
  const workers = Math.min(threads, Math.ceil(jobs.length / IN_PROCESS_BELOW));
  return workers <= 1 ? renderInProcess(jobs) : renderInWorkers(jobs, workers);
}

/** One job, in this thread or a worker's: its HTML, or the message of the error that stopped it. */
export async function renderJob(renderer: MarkdownRenderer, job: RenderJob): Promise<RenderOutcome> {
  try {
    const result = await renderer.render(job.body, { frontmatter: job.frontmatter, fileURL: pathToFileURL(job.file) });
    return { html: result.code };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

async function renderInProcess(jobs: readonly RenderJob[]): Promise<RenderOutcome[]> {
  const renderer = await createDecisionRenderer();
  const outcomes: RenderOutcome[] = [];
  for (const job of jobs) outcomes.push(await renderJob(renderer, job));
  return outcomes;
}

function renderInWorkers(jobs: readonly RenderJob[], count: number): Promise<RenderOutcome[]> {
  const outcomes: RenderOutcome[] = new Array(jobs.length);
  let next = 0;
  let done = 0;
  return new Promise((resolve, reject) => {
    const workers: Worker[] = [];
    const finish = (error?: Error) => {
      for (const worker of workers) void worker.terminate();
      if (error) reject(error);
      else resolve(outcomes);
    };
    const give = (worker: Worker) => {
      if (next < jobs.length) {
        const index = next++;
        worker.postMessage({ ...jobs[index], index });
      }
    };
    for (let i = 0; i < count; i++) {
      const worker = new Worker(new URL('./render-worker.ts', import.meta.url));
      workers.push(worker);
      worker.on('message', ({ index, html, error }: { index: number } & RenderOutcome) => {
        outcomes[index] = error === undefined ? { html: html! } : { error };
        done++;
        if (done === jobs.length) finish();
        else give(worker);
      });
      worker.on('error', (error) => finish(new Error(`A Markdown rendering worker failed: ${error.message}`)));
      // Two jobs each, so a worker never waits on the main thread between them.
      give(worker);
      give(worker);
    }
  });
}
