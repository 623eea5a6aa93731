/** What only a drawn search result shows (summaries, sums as written): /search/details.json, loaded after the first results. */
import type { APIRoute } from 'astro';
import { allDecisions } from '../../data/decisions.ts';
import { searchRecords, toDetailsFile } from '../../lib/search/records.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(toDetailsFile(searchRecords(await allDecisions()))), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
