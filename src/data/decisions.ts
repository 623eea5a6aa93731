/**
 * The only module that reads the decisions collection. Pages get plain `Decision` objects and the
 * pure functions in src/lib do the rest.
 */
import { getCollection, getEntry, render } from 'astro:content';
import type { Decision } from '../lib/decisions.ts';
import { htmlWords } from '../lib/text.ts';

let cache: Promise<Decision[]> | undefined;

/** Every decision, validated, in no particular order. Read once per build. */
export function allDecisions(): Promise<Decision[]> {
  cache ??= getCollection('decisions').then((entries) => entries.map((entry) => ({ ...entry.data, id: entry.id })));
  return cache;
}

/** The ids of every decision, for getStaticPaths: pages load their own entry, keeping builds linear. */
export async function decisionIds(): Promise<string[]> {
  return (await getCollection('decisions')).map((entry) => entry.id);
}

/** One decision with its rendered body. */
export async function decisionWithBody(id: string) {
  const entry = await getEntry('decisions', id);
  if (!entry) throw new Error(`No decision with id "${id}"`);
  const { Content } = await render(entry);
  const decision: Decision = { ...entry.data, id: entry.id };
  return { decision, Content };
}

/**
 * Every decision with the words of its published text, for pages that read them (the glossary).
 * The collection keeps the rendered HTML, not the Markdown; its tags (attributes included) are
 * dropped, leaving the words to match.
 */
export async function decisionsWithText(): Promise<{ decision: Decision; text: string }[]> {
  return (await getCollection('decisions')).map((entry) => ({
    decision: { ...entry.data, id: entry.id },
    text: htmlWords(entry.rendered?.html ?? ''),
  }));
}
