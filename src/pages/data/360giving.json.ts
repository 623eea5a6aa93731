import type { APIRoute } from 'astro';
import { allDecisions } from '../../data/decisions.ts';
import { BUILT_ON, SITE_URL_FOR } from '../../data/site.ts';
import { threeSixtyGiving } from '../../lib/open-data.ts';

/** The grants accepted, in the 360Giving Data Standard. */
export const GET: APIRoute = async ({ site }) => {
  const { package: data } = threeSixtyGiving(await allDecisions(), (path) => SITE_URL_FOR(site, path), BUILT_ON);
  return new Response(JSON.stringify(data, null, 2), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
