/**
 * Where a build writes, chosen by environment variables so tests and benchmarks can build fixture
 * folders beside the real site: astro.config.mjs, the decisions loader and scripts/build.ts all
 * read these, so they cannot disagree. Relative paths are from the project folder, where every
 * npm script runs.
 */
import path from 'node:path';

/** The built site (SITE_OUT_DIR, default dist/). */
export const OUT_DIR = path.resolve(process.env['SITE_OUT_DIR'] || 'dist');

/** Astro's cache (ASTRO_CACHE_DIR, default node_modules/.astro), with the rendered decisions. */
export const CACHE_DIR = path.resolve(process.env['ASTRO_CACHE_DIR'] || 'node_modules/.astro');
