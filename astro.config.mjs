// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { decisionMarkdownOptions } from './src/lib/markdown/pipeline.ts';
import { normaliseBase } from './src/lib/core/routes.ts';
import { isTypedAddressPath } from './src/lib/addresses/typed-addresses.ts';
import { CACHE_DIR, OUT_DIR } from './src/data/build-dirs.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { modulePreload } from './src/integrations/module-preload.ts';
import { CSP_DIRECTIVES, SCRIPT_SOURCES, STYLE_SOURCES } from './src/lib/site/security.ts';

// Where the site is deployed is chosen at build time, without editing code:
//   SITE_URL=https://example.org SITE_BASE=/mopac-decisions/ npm run build
const site = process.env.SITE_URL || 'http://localhost:4321';
const base = normaliseBase(process.env.SITE_BASE);

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  outDir: OUT_DIR,
  // Tests build fixture folders with their own cache (ASTRO_CACHE_DIR) so they never touch the real one;
  // the decisions loader keeps each decision's rendered HTML there too.
  cacheDir: CACHE_DIR,
  build: { format: 'directory', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  integrations: [
    // sitemap-index.xml lists every page but the 404 page and the redirect pages of typed addresses
    // (/decisions/1092/); canonical URLs and the sitemap both need SITE_URL in production.
    sitemap({ filter: (page) => !page.endsWith('/404/') && !isTypedAddressPath(new URL(page).pathname) }),
    securityHeaders(),
    // Pages fetch the chunks their scripts import at once, not after the script has loaded.
    modulePreload(),
  ],
  // Every page carries a Content-Security-Policy <meta> element with hashes of what Astro emits;
  // the policy itself is in src/lib/site/security.ts, shared with the _headers file.
  security: {
    csp: {
      directives: [...CSP_DIRECTIVES],
      scriptDirective: { resources: [...SCRIPT_SOURCES] },
      styleDirective: { resources: [...STYLE_SOURCES] },
    },
  },
  vite: {
    // No script is inlined into a page, so the one policy in _headers ('self', no hashes) fits every page.
    build: { assetsInlineLimit: 0 },
  },
  markdown: {
    // Decisions have no code blocks, and Shiki's inline styles would break the Content-Security-Policy.
    syntaxHighlight: false,
    // The design card asks for remark; Astro 7 defaults to Sätteri, so the unified pipeline is set here.
    // @ts-expect-error -- the options are a readonly literal; unified() does not mutate them.
    processor: unified(decisionMarkdownOptions),
  },
});
