import type { APIRoute } from 'astro';
import { allDecisions } from '../../data/decisions.ts';
import { SITE_URL_FOR } from '../../data/site.ts';
import { DATA_LICENCE, DATA_SOURCE, exportDecisions } from '../../lib/open-data.ts';

/** Every decision, newest first, with every sum, its role and its sentence. */
export const GET: APIRoute = async ({ site }) => {
  const urlOf = (path: string) => SITE_URL_FOR(site, path);
  const body = { source: DATA_SOURCE, licence: DATA_LICENCE, schema: urlOf('/data/decisions.schema.json'), decisions: exportDecisions(await allDecisions(), urlOf) };
  return new Response(JSON.stringify(body, null, 2), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
