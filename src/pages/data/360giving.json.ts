import type { APIRoute } from 'astro';
import { allDecisions } from '../../data/decisions.ts';
import { SITE_NAME, SITE_URL_FOR } from '../../data/site.ts';
import { threeSixtyGiving } from '../../lib/open-data/three-sixty-giving.ts';

/** The grants accepted, in the 360Giving Data Standard, published by this site. No issue date: the file changes only when the decisions do. */
export const GET: APIRoute = async ({ site }) => {
  const urlOf = (path: string) => SITE_URL_FOR(site, path);
  const { package: data } = threeSixtyGiving(await allDecisions(), urlOf, { name: SITE_NAME, website: urlOf('/') });
  return new Response(JSON.stringify(data, null, 2), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
