/**
 * The feeds of new decisions (Atom and JSON Feed), newest first, written by the `feed` package. Pure:
 * page addresses come in as a function.
 */
import { Feed } from 'feed';
import type { Decision } from './decisions.ts';
import { headlineAmount, placingDate, sortNewestFirst } from './decisions.ts';
import { formatPence } from './money.ts';
import { SUM_ROLE_LABELS } from './sums.ts';
import type { UrlOf } from './open-data.ts';

/** The feed of the decisions, newest first; `updated` is the newest decision's date, so builds are reproducible. */
export function decisionsFeed(decisions: readonly Decision[], urlOf: UrlOf, site: { name: string; description: string }): Feed {
  const sorted = sortNewestFirst(decisions);
  const dateOf = (d: Decision) => {
    const iso = placingDate(d)?.iso;
    return iso ? new Date(`${iso.length === 7 ? `${iso}-01` : iso}T12:00:00Z`) : new Date('1970-01-01T00:00:00Z');
  };
  const feed = new Feed({
    title: site.name,
    description: site.description,
    id: urlOf('/'),
    link: urlOf('/'),
    language: 'en-GB',
    copyright: 'The decision texts are MOPAC’s published documents.',
    updated: sorted[0] ? dateOf(sorted[0]) : new Date('1970-01-01T00:00:00Z'),
    feedLinks: { atom: urlOf('/feed.xml'), json: urlOf('/feed.json') },
  });
  for (const d of sorted) {
    const headline = headlineAmount(d);
    const amount = headline ? ` ${SUM_ROLE_LABELS[headline.role].label}: ${formatPence(headline.pence)}.` : '';
    feed.addItem({
      title: d.reference ? `${d.reference}: ${d.title}` : d.title,
      id: urlOf(`/decisions/${d.id}/`),
      link: urlOf(`/decisions/${d.id}/`),
      description: `${d.summary}${amount}`,
      date: dateOf(d),
    });
  }
  return feed;
}
