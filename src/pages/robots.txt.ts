import type { APIRoute } from 'astro';
import { SITE_URL_FOR } from '../data/site.ts';

/** Every page may be crawled; the sitemap lists them. (Crawlers read robots.txt only at a host's root.) */
export const GET: APIRoute = ({ site }) =>
  new Response(['User-agent: *', 'Allow: /', '', `Sitemap: ${SITE_URL_FOR(site, '/sitemap-index.xml')}`, ''].join('\n'), {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
