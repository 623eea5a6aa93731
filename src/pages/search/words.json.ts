/** The full-text index's table of shards: /search/words.json (src/lib/search/text-index.ts). */
import type { APIRoute } from 'astro';
import { textIndex } from '../../data/search-text.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify((await textIndex()).manifest), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
