// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import { decisionMarkdownOptions } from './src/lib/markdown/pipeline.ts';
import { normaliseBase } from './src/lib/paths.ts';
import { pagefindIndex } from './src/integrations/pagefind-index.ts';

// Where the site is deployed is chosen at build time, without editing code:
//   SITE_URL=https://example.org SITE_BASE=/mopac-decisions/ npm run build
const site = process.env.SITE_URL || 'http://localhost:4321';
const base = normaliseBase(process.env.SITE_BASE);

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  outDir: process.env.SITE_OUT_DIR || './dist',
  // Tests build fixture folders with their own cache so they never touch the real one.
  cacheDir: process.env.ASTRO_CACHE_DIR || './node_modules/.astro',
  build: { format: 'directory', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  integrations: [pagefindIndex()],
  markdown: {
    // The design card asks for remark; Astro 7 defaults to Sätteri, so the unified pipeline is set here.
    // @ts-expect-error -- the options are a readonly literal; unified() does not mutate them.
    processor: unified(decisionMarkdownOptions),
  },
});
