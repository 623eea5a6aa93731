import type { APIRoute } from 'astro';
import { allDecisions } from '../data/decisions.ts';
import { SITE_NAME, SITE_TAGLINE, SITE_URL_FOR } from '../data/site.ts';
import { jsonFeed } from '../lib/open-data/feeds.ts';

/** JSON Feed 1.1 of the decisions, newest first. */
export const GET: APIRoute = async ({ site }) =>
  new Response(jsonFeed(await allDecisions(), (path) => SITE_URL_FOR(site, path), { name: SITE_NAME, description: SITE_TAGLINE }), {
    headers: { 'content-type': 'application/feed+json; charset=utf-8' },
  });
