/**
 * Writes `_headers` at the root of the built site after each build, from src/lib/site/security.ts, so
 * hosts that read that file (Netlify, Cloudflare Pages) send the same policy the pages carry, plus
 * the headers a <meta> element cannot set (HSTS, frame-ancestors, nosniff).
 */
import type { AstroIntegration } from 'astro';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { headersFile } from '../lib/site/security.ts';

export function securityHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        await writeFile(path.join(fileURLToPath(dir), '_headers'), headersFile(base));
        logger.info(`wrote _headers for ${base}*`);
      },
    },
  };
}
