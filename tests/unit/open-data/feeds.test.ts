import { describe, expect, test } from 'vitest';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { atomFeed, escapeHtml, feedEntries, jsonFeed } from '../../../src/lib/open-data/feeds.ts';
import { amount, decision, signedOn } from '../../helpers/make-decision.ts';
import { fullTextDecisions } from '../../helpers/content.ts';

const urlOf = (path: string) => `https://example.org/base${path}`;
const site = { name: 'MOPAC Funding Decisions', description: 'Decisions' };
const real = fullTextDecisions();

const older = decision('pcd-1', { reference: 'PCD 1', ...signedOn('2021-02-01', '1/2/2021'), amounts: [amount(13_500_000, '£135,000', 'accepted', true)] });
const newer = decision('pcd-2', { reference: 'PCD 2', title: 'Fish & <chips>', ...signedOn('2021-12-10', '10/12/2021') });
const undatedSignature = decision('ocs', {
  dates: [{ kind: 'funding-period-start', date: '2023-04-01', asWritten: '01/04/2023' }],
  amounts: [amount(170_100_000, '£1.701m', 'bid', true)],
});

describe('feedEntries', () => {
  test('lists decisions newest first, one without a signing date by its other stated date', () => {
    expect(feedEntries([older, undatedSignature, newer], urlOf).map((e) => [e.url, e.date.toISOString()])).toEqual([
      ['https://example.org/base/decisions/ocs/', '2023-04-01T12:00:00.000Z'],
      ['https://example.org/base/decisions/pcd-2/', '2021-12-10T12:00:00.000Z'],
      ['https://example.org/base/decisions/pcd-1/', '2021-02-01T12:00:00.000Z'],
    ]);
  });

  test('gives the principal sum with its role, and says when the date is not a signing date', () => {
    const [ocs, , pcd1] = feedEntries([older, undatedSignature, newer], urlOf);
    expect(pcd1?.summary).toBe('The Deputy Mayor accepts a grant. Principal sum: £135,000 (grant accepted).');
    expect(pcd1?.principal).toEqual({ pence: 13_500_000, label: 'Grant accepted' });
    expect(ocs?.summary).toContain('Principal sum: £1,701,000 (bid).');
    expect(ocs?.summary).toContain('The document gives no signing date; listed at 1 April 2023 (funding period starts).');
  });

  test('titles a decision by its reference and title, or its title alone', () => {
    expect(feedEntries([newer, undatedSignature], urlOf).map((e) => e.title)).toEqual(['Decision ocs', 'PCD 2: Fish & <chips>']);
  });
});

describe('escapeHtml', () => {
  test('escapes the characters HTML gives meaning to', () => {
    expect(escapeHtml('Fish & <chips> "x"')).toBe('Fish &amp; &lt;chips&gt; &quot;x&quot;');
  });
});

describe('jsonFeed', () => {
  const feed = JSON.parse(jsonFeed([older, newer], urlOf, site));

  test('is JSON Feed 1.1 with the site’s addresses', () => {
    expect(feed).toMatchObject({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'MOPAC Funding Decisions',
      home_page_url: 'https://example.org/base/',
      feed_url: 'https://example.org/base/feed.json',
      language: 'en-GB',
      authors: [{ name: 'MOPAC Funding Decisions', url: 'https://example.org/base/' }],
    });
    expect(feed).not.toHaveProperty('author');
  });

  test('keeps titles and summaries as plain text and escapes the HTML content', () => {
    expect(feed.items[0]).toMatchObject({
      id: 'tag:mopac-funding-decisions,2026-11-23:decisions/pcd-2',
      url: 'https://example.org/base/decisions/pcd-2/',
      title: 'PCD 2: Fish & <chips>',
      summary: 'The Deputy Mayor accepts a grant.',
      content_html: '<p>The Deputy Mayor accepts a grant.</p>',
      date_published: '2021-12-10T12:00:00.000Z',
    });
  });

  test('on the real decisions, has every decision once', () => {
    const items = JSON.parse(jsonFeed(real, urlOf, site)).items as { id: string; url: string }[];
    expect(items.map((i) => i.url).sort()).toEqual(real.map((d) => `https://example.org/base/decisions/${d.id}/`).sort());
    expect(new Set(items.map((i) => i.id)).size).toBe(real.length);
  });

  test('dates an entry’s id by the day its decision was first published here, when the file says', () => {
    const added = { ...newer, addedOn: '2027-01-05' };
    expect(feedEntries([added], urlOf)[0]?.id).toBe('tag:mopac-funding-decisions,2027-01-05:decisions/pcd-2');
  });

  test('gives the same ids wherever the site is hosted, so moving it announces nothing again', () => {
    const elsewhere = (path: string) => `https://decisions.example.net${path}`;
    const ids = (feed: string) => (JSON.parse(feed) as { id?: string; items: { id: string }[] });
    const here = ids(jsonFeed(real, urlOf, site));
    const there = ids(jsonFeed(real, elsewhere, site));
    expect(there.items.map((i) => i.id)).toEqual(here.items.map((i) => i.id));
    for (const item of here.items) expect(item.id).toMatch(/^tag:mopac-funding-decisions,\d{4}-\d{2}-\d{2}:decisions\/[a-z0-9-]+$/);
  });
});

describe('atomFeed', () => {
  const xml = atomFeed([older, newer], urlOf, site);
  const feed = new XMLParser({ ignoreAttributes: false, cdataPropName: '#cdata' }).parse(xml).feed;

  test('is well-formed XML in the Atom namespace, updated when the newest decision was', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed.updated).toBe('2021-12-10T12:00:00.000Z');
    expect(feed.author.name).toBe('MOPAC Funding Decisions');
  });

  test('escapes the html-typed title, so a reader shows the words as written', () => {
    expect(feed.entry[0].title['#cdata']).toBe('PCD 2: Fish &amp; &lt;chips&gt;');
    expect(feed.entry[0].title['@_type']).toBe('html');
  });

  test('gives each entry a permanent tag: id and its page as link, newest first', () => {
    expect(feed.entry.map((e: { id: string; link: { '@_href': string } }) => [e.id, e.link['@_href']])).toEqual([
      ['tag:mopac-funding-decisions,2026-11-23:decisions/pcd-2', 'https://example.org/base/decisions/pcd-2/'],
      ['tag:mopac-funding-decisions,2026-11-23:decisions/pcd-1', 'https://example.org/base/decisions/pcd-1/'],
    ]);
    expect(feed.id).toBe('tag:mopac-funding-decisions,2026-11-23:decisions');
  });

  test('changes only when the decisions do', () => {
    expect(atomFeed([newer, older], urlOf, site)).toBe(xml);
  });
});

describe('feedEntries: what each entry says of its evidence and its date', () => {
  test('says when a decision is not published here in full, and not when it is', () => {
    const cited = { ...older, id: 'pcd-3', evidence: 'citation' as const };
    const [citedEntry, fullEntry] = feedEntries([cited, { ...older, ...signedOn('2020-01-01', '1/1/2020') }], urlOf);
    expect(citedEntry?.summary).toContain('Known only from a citation.');
    expect(fullEntry?.summary).not.toContain('Published here in full');
  });

  test('says when the document gives no date at all, and lists it at the start of 1970', () => {
    const undated = decision('undated', { amounts: [] });
    const [entry] = feedEntries([undated], urlOf);
    expect(entry?.summary).toBe('The Deputy Mayor accepts a grant. The document gives no date.');
    expect(entry?.date.toISOString()).toBe('1970-01-01T12:00:00.000Z');
  });

  test('trims the summary', () => {
    const [entry] = feedEntries([{ ...older, summary: '  Words with space around.  ' }], urlOf);
    expect(entry?.summary.startsWith('Words with space around. Principal sum:')).toBe(true);
  });
});

describe('the feeds themselves', () => {
  const parser = new XMLParser({ ignoreAttributes: false });
  test('are in British English, name their terms, link to themselves and change only when the decisions do', () => {
    const atom = parser.parse(atomFeed([older, newer], urlOf, site)) as { feed: Record<string, unknown> };
    expect(atom.feed['rights']).toBe('The decision texts are MOPAC’s published documents; see the open data page for terms of reuse.');
    expect(atom.feed['updated']).toBe('2021-12-10T12:00:00.000Z');
    const links = ([] as Record<string, string>[]).concat(atom.feed['link'] as Record<string, string>[]);
    expect(links.find((l) => l['@_rel'] === 'self')?.['@_href']).toBe('https://example.org/base/feed.xml');
    const json = JSON.parse(jsonFeed([older, newer], urlOf, site)) as Record<string, unknown>;
    expect(json['language']).toBe('en-GB');
    expect(json['feed_url']).toBe('https://example.org/base/feed.json');
  });

  test('with no decisions, are dated at the start of 1970 rather than at build time', () => {
    const atom = parser.parse(atomFeed([], urlOf, site)) as { feed: Record<string, unknown> };
    expect(atom.feed['updated']).toBe('1970-01-01T12:00:00.000Z');
  });
});
