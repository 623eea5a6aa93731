/**
 * Each extracted text a decision was converted from, published unchanged at /sources/<name>.txt,
 * so a reader can check the page against the text it was made from.
 */
import type { APIRoute } from 'astro';
import { sourceText, sourceTextNames } from '../../data/sources.ts';

export function getStaticPaths() {
  return sourceTextNames().map((file) => ({ params: { file } }));
}

export const GET: APIRoute = async ({ params }) =>
  new Response(await sourceText(params.file ?? ''), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
