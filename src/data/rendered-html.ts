/**
 * Where the rendered HTML of each decision body is kept between the content sync and the pages.
 *
 * Astro's content store is loaded by the build as one JavaScript module; with every decision's HTML
 * inside it (about 27 KB a decision), compiling that module grew faster than the archive (7 s before
 * the first page at 1,000 decisions, 46 s at 2,500, 698 s at 10,000) and held it all in memory.
 * So the store keeps each decision's data and digest, and its HTML is a file named by both, read
 * by the one page that shows it. The files live in Astro's cache folder, beside the store that
 * refers to them; an unchanged decision is not rendered again on the next build.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CACHE_DIR } from './build-dirs.ts';

const RENDERED_DIR = path.join(CACHE_DIR, 'decision-html');

/** The file of one rendering of one decision; the digest changes with its file and the pipeline. */
export function renderedHtmlFile(id: string, digest: string | number): string {
  return path.join(RENDERED_DIR, `${id}.${digest}.html`);
}

export function writeRenderedHtml(id: string, digest: string | number, html: string): void {
  mkdirSync(RENDERED_DIR, { recursive: true });
  writeFileSync(renderedHtmlFile(id, digest), html);
}

/** The HTML of a decision body; a clear error if the content sync did not leave it. */
export function readRenderedHtml(id: string, digest: string | number | undefined): string {
  if (digest === undefined) throw new Error(`Decision "${id}" has no digest: was it loaded by the decisions loader?`);
  try {
    return readFileSync(renderedHtmlFile(id, digest), 'utf8');
  } catch (error) {
    throw new Error(`The rendered text of decision "${id}" is missing (${(error as Error).message}); run the build again`);
  }
}

/** Deletes renderings no stored decision refers to (older versions, removed decisions). */
export function pruneRenderedHtml(keep: Iterable<string>): void {
  const wanted = new Set([...keep].map((file) => path.basename(file)));
  let names: string[];
  try {
    names = readdirSync(RENDERED_DIR);
  } catch {
    return;
  }
  for (const name of names) if (!wanted.has(name)) rmSync(path.join(RENDERED_DIR, name), { force: true });
}
