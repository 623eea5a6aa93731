/** The compact decision records the search page loads first: /search/records.json (details.json holds the rest). */
import type { APIRoute } from 'astro';
import { allDecisions } from '../../data/decisions.ts';
import { searchRecords, toRecordsFile } from '../../lib/search/records.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(toRecordsFile(searchRecords(await allDecisions()))), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
