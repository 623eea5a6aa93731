/** One shard of the full-text index: /search/words/<n>.json (src/lib/search/text-index.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { textIndex } from '../../../data/search-text.ts';

export const getStaticPaths = (async () => (await textIndex()).shards.map((_, n) => ({ params: { shard: String(n) } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const shard = (await textIndex()).shards[Number(params['shard'])];
  if (!shard) return new Response('No such shard', { status: 404 });
  return new Response(JSON.stringify(shard), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
