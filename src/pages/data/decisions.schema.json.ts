import type { APIRoute } from 'astro';
import { SITE_URL_FOR } from '../../data/site.ts';
import { decisionsJsonSchema } from '../../lib/open-data/decisions-json.ts';

/** The JSON Schema of decisions.json, generated from the zod definition the export is checked against. */
export const GET: APIRoute = ({ site }) =>
  new Response(JSON.stringify(decisionsJsonSchema(SITE_URL_FOR(site, '/data/decisions.schema.json')), null, 2), {
    headers: { 'content-type': 'application/schema+json; charset=utf-8' },
  });
