/**
 * The plain text of one decision, as the full-text index read it: /search/text/<id>.txt. The search
 * page cuts its excerpts from it, for results that matched in their text alone.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { decisionIds, decisionPlainTexts } from '../../../data/decisions.ts';

export const getStaticPaths = (async () => (await decisionIds()).map((id) => ({ params: { id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const text = (await decisionPlainTexts()).get(params['id'] ?? '');
  if (text === undefined) return new Response('No such decision', { status: 404 });
  return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
