/**
 * No broken internal link or #fragment anywhere in the built site, at the domain root and under a
 * sub-path. linkinator crawls each build served as a static host would serve it.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { LinkChecker } from 'linkinator';
import { startStaticServer, type RunningServer } from '../../scripts/lib/static-server.ts';
import { contentFiles, DIST, SUBPATH_BASE, SUBPATH_DIST } from '../helpers/site.ts';

/** Crawls a served site; returns the broken links, described, and the URLs checked. */
async function crawl(url: string): Promise<{ broken: string[]; checked: string[] }> {
  const result = await new LinkChecker().check({
    path: url,
    recurse: true,
    checkFragments: true,
    // Only this site is checked: the tests run without internet, and canonical URLs name the real host.
    linksToSkip: async (link) => !link.startsWith(url),
  });
  return {
    broken: result.links
      .filter((link) => link.state === 'BROKEN')
      .map((link) => `${link.url} (from ${link.parent ?? '?'}: ${link.status ?? ''} ${link.failureDetails?.map(String).join('; ') ?? ''})`),
    checked: result.links.filter((link) => link.state === 'OK').map((link) => link.url),
  };
}

describe('the link check', () => {
  test('reports a link to a fragment that does not exist', async () => {
    const copy = mkdtempSync(path.join(os.tmpdir(), 'broken-site-'));
    cpSync(DIST, copy, { recursive: true });
    const page = path.join(copy, 'decisions', 'pcd-1092', 'index.html');
    writeFileSync(page, readFileSync(page, 'utf8').replace('href="#sum-1"', 'href="#sum-99"'));
    const server = await startStaticServer(copy, '/');
    try {
      const { broken } = await crawl(server.url);
      expect(broken).toHaveLength(1);
      expect(broken[0]).toContain('#sum-99');
    } finally {
      await server.close();
      rmSync(copy, { recursive: true, force: true });
    }
  });
});

describe.each([
  ['domain root', DIST, '/'],
  ['sub-path', SUBPATH_DIST, SUBPATH_BASE],
])('links in the %s build', (_, dir, base) => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startStaticServer(dir, base);
  });
  afterAll(() => server.close());

  test('every internal link and fragment resolves', async () => {
    const { broken, checked } = await crawl(server.url);
    expect(broken).toEqual([]);
    // The crawl reached every decision page.
    for (const { id } of contentFiles()) expect(checked).toContain(`${server.url}decisions/${id}/`);
  });
});
