import type { APIRoute } from 'astro';
import { allDecisions } from '../../data/decisions.ts';
import { SITE_URL_FOR } from '../../data/site.ts';
import { decisionsFile } from '../../lib/open-data/decisions-json.ts';

/** Every decision, newest first, with every sum, its role and its sentence; checked against its schema. */
export const GET: APIRoute = async ({ site }) =>
  new Response(JSON.stringify(decisionsFile(await allDecisions(), (path) => SITE_URL_FOR(site, path)), null, 2), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
