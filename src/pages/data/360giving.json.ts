import type { APIRoute } from 'astro';
import { allDecisions } from '../../data/decisions.ts';
import { SITE_URL_FOR } from '../../data/site.ts';
import { threeSixtyGiving } from '../../lib/open-data/three-sixty-giving.ts';

/** The grants accepted, in the 360Giving Data Standard. No issue date: the file changes only when the decisions do. */
export const GET: APIRoute = async ({ site }) => {
  const { package: data } = threeSixtyGiving(await allDecisions(), (path) => SITE_URL_FOR(site, path));
  return new Response(JSON.stringify(data, null, 2), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
