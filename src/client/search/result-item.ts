/**
 * One result of the list: its reference and title as a link, with the words the query matched
 * marked; its date, headline sum and programmes; a passage (an excerpt of its text, else its
 * summary); and, for a query that is a sum, where the decision states it.
 * Built with createElement and textContent: nothing from the data is read as HTML.
 */
import { formatDate } from '../../lib/core/dates.ts';
import { formatPence } from '../../lib/core/money.ts';
import type { EvidenceLevel } from '../../lib/core/enums.ts';
import type { SumRole } from '../../lib/core/sums.ts';
import { highlights, type SearchResult } from '../../lib/search/engine.ts';
import { highlightRanges, summaryRanges, type Excerpt } from '../../lib/search/highlight.ts';
import { parseQuery } from '../../lib/search/query.ts';

/** What a result is drawn with besides itself. */
export interface ResultContext {
  /** The address of the result's page. */
  href: string;
  /** The query as typed, for the summary's highlights and the sum it names. */
  query: string;
  /** An excerpt of its text around the words, once loaded (null: none of them found). */
  excerpt: Excerpt | null | undefined;
  /** The words for each kind of sum and each evidence level, as core labels them. */
  labels: ResultLabels;
}

/**
 * Core's labels as the page's data-config gives them (src/pages/search/index.astro): as data in the
 * page, not code in its script, which would carry every explanation with them.
 */
export interface ResultLabels {
  /** "grant accepted", "bid"… */
  roles: Record<SumRole, string>;
  /** "Published here in full"… */
  evidence: Record<EvidenceLevel, string>;
}

/** The list item of one result. */
export function resultItem(result: SearchResult, { href, query, excerpt, labels }: ResultContext): HTMLLIElement {
  const { record } = result;
  const marks = highlights(result);
  const rangesOf = (key: string) => marks.find((m) => m.key === key)?.indices ?? [];
  const li = element('li', 'result');
  const title = element('h2', 'result__title');
  const a = document.createElement('a');
  a.href = href;
  if (record.reference) a.append(highlighted(element('span', 'result__ref'), record.reference, rangesOf('reference')), ': ');
  highlighted(a, record.title, rangesOf('title'));
  title.append(a);
  const meta = element('p', 'result__meta');
  meta.textContent = [
    record.date ? `${formatDate(record.date)}${record.dateIsSigned ? '' : ' (no signing date)'}` : 'Date not stated',
    record.headline ? `${formatPence(record.headline.pence)} ${labels.roles[record.headline.role]}` : 'No sum stated',
    record.programmeNames.join(', '),
    // Every result says what its record rests on, in words.
    labels.evidence[record.evidence],
  ].join(' · ');
  li.append(title, meta);
  const snippet = element('p', 'result__snippet');
  if (excerpt && result.reasons.includes('text')) highlighted(snippet, excerpt.text, excerpt.ranges);
  else if (record.summary !== null) highlighted(snippet, record.summary, summaryRanges(record.summary, query));
  if (snippet.childNodes.length > 0) li.append(snippet);
  if (result.reasons.includes('amount')) {
    const amount = parseQuery(query).amountPence;
    const note = element('p', 'note');
    // Until the details are in, a sum is shown in the site's own form rather than as the document writes it.
    const sums = record.sums
      .filter((s) => s.pence === amount)
      .map((s) => `${s.asWritten ?? formatPence(s.pence)} (${labels.roles[s.role]})`);
    note.textContent = `States ${sums.join(', ')}`;
    li.append(note);
  }
  return li;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string): HTMLElementTagNameMap[K] {
  const made = document.createElement(tag);
  made.className = className;
  return made;
}

/** Appends `text` to `parent`, the parts in `ranges` in <mark>; returns `parent`. */
function highlighted<T extends HTMLElement>(parent: T, text: string, ranges: readonly (readonly [number, number])[]): T {
  for (const part of highlightRanges(text, ranges)) {
    if (part.highlight) {
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      parent.append(mark);
    } else parent.append(part.text);
  }
  return parent;
}
