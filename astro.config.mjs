// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import { decisionSanitizeSchema } from './src/lib/markdown/sanitize-schema.ts';
import { rehypeSourceAnchors } from './src/lib/markdown/rehype-source-anchors.ts';
import { normaliseBase } from './src/lib/paths.ts';

// Where the site is deployed, chosen at build time without editing code:
//   SITE_URL=https://example.org SITE_BASE=/mopac-decisions/ npm run build
const site = process.env.SITE_URL || 'http://localhost:4321';
const base = normaliseBase(process.env.SITE_BASE);

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  outDir: process.env.SITE_OUT_DIR || './dist',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Every asset is served from the site's own origin; nothing to prefetch or hydrate.
  prefetch: false,
  devToolbar: { enabled: false },
  markdown: {
    // The design card asks for remark: Astro 7 defaults to Sätteri, so the unified pipeline is set here.
    processor: unified({
      gfm: true,
      // Keep the published wording exactly: no curly quotes or dashes introduced.
      smartypants: false,
      rehypePlugins: [
        // Astro parses raw HTML at the very end; parse it first so the sanitiser sees real elements.
        rehypeRaw,
        [rehypeSanitize, decisionSanitizeSchema],
        rehypeSourceAnchors,
      ],
    }),
  },
});
