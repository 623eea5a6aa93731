/**
 * The feeds of decisions, newest first: Atom (/feed.xml) and JSON Feed 1.1 (/feed.json), written by
 * the `feed` package. Pure: page addresses come in as a function, and every date comes from the
 * decisions, so two builds of the same content write the same feeds.
 */
import { Feed } from 'feed';
import type { Decision } from '../core/decisions.ts';
import { headlineAmount, placingDate, referenceAndTitle, sortNewestFirst } from '../core/decisions.ts';
import { dayOf, formatDate } from '../core/dates.ts';
import { decisionPath } from '../core/routes.ts';
import { formatPence } from '../core/money.ts';
import type { UrlOf } from './data-terms.ts';
import { SUM_ROLE_LABELS } from '../core/sums.ts';
import { EVIDENCE_LABELS } from '../core/enums.ts';

/** What a feed says about the site itself. */
export interface FeedSite {
  name: string;
  description: string;
}

/**
 * The naming authority of the feeds' tag: URIs (RFC 4151). Ids built from it, not from SITE_URL,
 * stay the same when the site moves to another domain or path, so readers do not see every
 * decision announced again.
 */
export const FEED_TAG_AUTHORITY = 'mopac-funding-decisions';

/** The day the site first published decisions: the date in the feed's own id, and in an entry's when its file gives none. */
export const FIRST_PUBLISHED = '2026-11-23';

/** The permanent id of the feed itself. */
export const FEED_ID = `tag:${FEED_TAG_AUTHORITY},${FIRST_PUBLISHED}:decisions`;

/** The permanent id of a decision's feed entry: "tag:mopac-funding-decisions,2026-11-23:decisions/pcd-1092". */
export function feedEntryId(decision: Pick<Decision, 'id' | 'addedOn'>): string {
  return `tag:${FEED_TAG_AUTHORITY},${decision.addedOn ?? FIRST_PUBLISHED}:decisions/${decision.id}`;
}

/** One decision as a feed entry, in plain text. */
export interface FeedEntry {
  /** The entry's permanent id, which does not depend on the site's address (feedEntryId). */
  id: string;
  /** The decision page: the entry's link. */
  url: string;
  title: string;
  /** The decision's summary, its principal sum, and how it is dated when it is not by a signature. */
  summary: string;
  /** The placing date at noon UTC, so that readers anywhere in the world show the same calendar day. */
  date: Date;
  /** The principal sum, when the decision states sums. */
  principal: { pence: number; label: string } | null;
}

/** Used only for a decision with no date at all (no signature, no other date, no financial year). */
const UNDATED = new Date('1970-01-01T12:00:00Z');

function noonOf(iso: string): Date {
  return new Date(`${dayOf(iso)}T12:00:00Z`);
}

/** The decisions as feed entries, newest first by signing date, else by the date the site places them at. */
export function feedEntries(decisions: readonly Decision[], urlOf: UrlOf): FeedEntry[] {
  return sortNewestFirst(decisions).map((d) => {
    const placed = placingDate(d);
    const headline = headlineAmount(d);
    const principal = headline ? { pence: headline.pence, label: SUM_ROLE_LABELS[headline.role].label } : null;
    const sentences = [d.summary.trim()];
    if (principal) sentences.push(`Principal sum: ${formatPence(principal.pence)} (${principal.label.toLowerCase()}).`);
    if (d.evidence !== 'full-text') sentences.push(`${EVIDENCE_LABELS[d.evidence].label}.`);
    if (placed && placed.basis !== 'signed') {
      sentences.push(`The document gives no signing date; listed at ${formatDate(placed.iso)} (${placed.explanation}).`);
    } else if (!placed) {
      sentences.push('The document gives no date.');
    }
    return {
      id: feedEntryId(d),
      url: urlOf(decisionPath(d.id)),
      title: referenceAndTitle(d),
      summary: sentences.join(' '),
      date: placed ? noonOf(placed.iso) : UNDATED,
      principal,
    };
  });
}

/** Escapes text for the HTML-typed fields of both formats (Atom type="html", JSON Feed content_html). */
export function escapeHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
}

function baseFeed(entries: readonly FeedEntry[], urlOf: UrlOf, site: FeedSite): Feed {
  return new Feed({
    title: site.name,
    description: site.description,
    id: FEED_ID,
    link: urlOf('/'),
    language: 'en-GB',
    author: { name: site.name, link: urlOf('/') },
    copyright: 'The decision texts are MOPAC’s published documents; see the open data page for terms of reuse.',
    // The newest entry's date, not the build time: the feed changes only when the decisions do.
    updated: entries[0]?.date ?? UNDATED,
    feedLinks: { atom: urlOf('/feed.xml'), json: urlOf('/feed.json') },
  });
}

/** The Atom feed. Its title and summary are typed "html" by the feed package, so the text is escaped. */
export function atomFeed(decisions: readonly Decision[], urlOf: UrlOf, site: FeedSite): string {
  const entries = feedEntries(decisions, urlOf);
  const feed = baseFeed(entries, urlOf, site);
  for (const entry of entries) {
    feed.addItem({
      title: escapeHtml(entry.title),
      id: entry.id,
      link: entry.url,
      description: escapeHtml(entry.summary),
      date: entry.date,
      published: entry.date,
    });
  }
  return feed.atom1();
}

/**
 * The JSON Feed, version 1.1. The feed package writes version 1; 1.1 differs in its version address,
 * `authors` (a list) in place of `author`, and `language`, which are set here. Titles and summaries
 * are plain text in JSON Feed; content_html carries the escaped summary.
 */
export function jsonFeed(decisions: readonly Decision[], urlOf: UrlOf, site: FeedSite): string {
  const entries = feedEntries(decisions, urlOf);
  const feed = baseFeed(entries, urlOf, site);
  for (const entry of entries) {
    feed.addItem({
      title: entry.title,
      id: entry.id,
      link: entry.url,
      description: entry.summary,
      content: `<p>${escapeHtml(entry.summary)}</p>`,
      date: entry.date,
      published: entry.date,
    });
  }
  const { author, items, ...head } = JSON.parse(feed.json1()) as Record<string, unknown>;
  return JSON.stringify(
    { ...head, version: 'https://jsonfeed.org/version/1.1', language: 'en-GB', ...(author ? { authors: [author] } : {}), items },
    null,
    2,
  );
}
