import type { APIRoute } from 'astro';
import { allDecisions } from '../data/decisions.ts';
import { SITE_NAME, SITE_TAGLINE, SITE_URL_FOR } from '../data/site.ts';
import { atomFeed } from '../lib/open-data/feeds.ts';

/** Atom feed of the decisions, newest first. */
export const GET: APIRoute = async ({ site }) =>
  new Response(atomFeed(await allDecisions(), (path) => SITE_URL_FOR(site, path), { name: SITE_NAME, description: SITE_TAGLINE }), {
    headers: { 'content-type': 'application/atom+xml; charset=utf-8' },
  });
