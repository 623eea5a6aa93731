/**
 * The only module that reads the decisions collection. Pages get plain `Decision` objects and the
 * pure functions in src/lib do the rest.
 */
import { getCollection, getEntry } from 'astro:content';
import type { Decision } from '../lib/core/decisions.ts';
import { htmlText, htmlWords } from '../lib/core/text.ts';
import { readRenderedHtml } from './rendered-html.ts';

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

/**
 * One decision with the HTML of its body, rendered and sanitised by the decisions loader
 * (src/content.config.ts) and kept outside the content store (src/data/rendered-html.ts).
 */
export async function decisionWithBody(id: string): Promise<{ decision: Decision; html: string }> {
  const entry = await getEntry('decisions', id);
  if (!entry) throw new Error(`No decision with id "${id}"`);
  return { decision: { ...entry.data, id: entry.id }, html: readRenderedHtml(entry.id, entry.digest) };
}

/**
 * Every decision with the words of its published text, for pages that read them (the glossary):
 * the rendered HTML with its tags (attributes included) dropped, leaving the words to match.
 */
export async function decisionsWithText(): Promise<{ decision: Decision; text: string }[]> {
  return (await getCollection('decisions')).map((entry) => ({
    decision: { ...entry.data, id: entry.id },
    text: htmlWords(readRenderedHtml(entry.id, entry.digest)),
  }));
}

/**
 * The plain text of every decision as the search indexes it, by id: reference, title, summary and
 * the published text (headings, paragraphs, tables), read once per build.
 */
let plainTexts: Promise<Map<string, string>> | undefined;
export function decisionPlainTexts(): Promise<Map<string, string>> {
  plainTexts ??= getCollection('decisions').then(
    (entries) =>
      new Map(
        entries.map((entry) => [
          entry.id,
          [entry.data.reference ?? '', entry.data.title, entry.data.summary, htmlText(readRenderedHtml(entry.id, entry.digest))].filter(Boolean).join('\n\n'),
        ]),
      ),
  );
  return plainTexts;
}
