/**
 * Addresses people type for a decision, in a real Chromium, in the root and the sub-path builds:
 * /decisions/1092, /decisions/pcd1092/, /decisions/PCD1092 (with or without the slash) arrive at
 * the decision by their redirect pages; /decisions/PCD-1092 and other forms get the 404 page,
 * which names the decision and links to it; a reference the site lacks gets a search link; and
 * without JavaScript the 404 page still links to search.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, closePage, newPage, useBrowserAndSite, VIEWPORTS, watchPage } from '../helpers/browser.ts';
import { startStaticServer, type RunningServer } from '../../scripts/lib/static-server.ts';
import { SUBPATH_BASE, SUBPATH_DIST } from '../helpers/site.ts';

const site = useBrowserAndSite();
let subpath: RunningServer;

beforeAll(async () => {
  subpath = await startStaticServer(SUBPATH_DIST, SUBPATH_BASE, { headers: true });
});

afterAll(async () => {
  await subpath?.close();
});

const roots = [
  ['domain root', () => site.server.url],
  ['sub-path', () => subpath.url],
] as const;

async function open(url: string, options: Parameters<typeof newPage>[1] = {}): Promise<{ page: Page; problems: string[]; status: number | undefined }> {
  const page = await newPage(site.browser, { viewport: VIEWPORTS.desktop, ...options });
  const { problems } = watchPage(page, new URL(url).origin);
  const response = await page.goto(url);
  return { page, problems, status: response?.status() };
}

/** Problems but the 404 status of the page that was asked for. */
const unexpected = (problems: string[]) => problems.filter((p) => !/(HTTP 404|Failed to load resource: .* 404)/.test(p));

describe.each(roots)('in the %s build', (_, root) => {
  test.each(['decisions/1092/', 'decisions/1092', 'decisions/pcd1092/', 'decisions/pcd1092', 'decisions/PCD1092/', 'decisions/PCD1092', 'decisions/990'])(
    '%s arrives at the decision',
    async (typed) => {
      const base = new URL(root()).pathname;
      const number = /\d+/.exec(typed)![0];
      const { page, problems } = await open(new URL(typed, root()).href);
      try {
        await page.waitForURL((url) => url.pathname === `${base}decisions/pcd-${number}/`);
        expect(await page.locator('h1').count()).toBe(1);
        expect(await page.locator('.eyebrow').first().textContent()).toBe(`PCD ${number}`);
        expect(problems).toEqual([]);
      } finally {
        await closePage(page);
      }
    },
  );

  test.each(['decisions/PCD-1092/', 'decisions/PCD-1092', 'decisions/Pcd-1092/', 'decisions/PCD%201092/', 'decision/1092/', 'PCD-1092'])(
    '%s gets the 404 page, which names the decision and links to it',
    async (typed) => {
      const { page, problems, status } = await open(new URL(typed, root()).href);
      try {
        expect(status).toBe(404);
        const suggestion = page.locator('#typed-suggestion');
        await expect.poll(() => suggestion.isVisible()).toBe(true);
        const link = suggestion.getByRole('link', { name: /^PCD 1092: / });
        await link.click();
        await page.waitForURL((url) => url.pathname === `${new URL(root()).pathname}decisions/pcd-1092/`);
        expect(unexpected(problems)).toEqual([]);
      } finally {
        await closePage(page);
      }
    },
  );

  test('a reference the site does not hold is offered as a search', async () => {
    const { page, status } = await open(new URL('decisions/PCD-9999', root()).href);
    try {
      expect(status).toBe(404);
      const link = page.locator('#typed-suggestion').getByRole('link', { name: 'Search for PCD 9999' });
      await link.click();
      await page.waitForURL((url) => url.pathname === `${new URL(root()).pathname}search/` && url.searchParams.get('q') === 'PCD 9999');
    } finally {
      await closePage(page);
    }
  });
});

test('an address that names no decision gets the plain 404 page, with no suggestion', async () => {
  const { page, status } = await open(new URL('decisions/no-such-page/', site.server.url).href);
  try {
    expect(status).toBe(404);
    await page.waitForLoadState('load');
    expect(await page.locator('#typed-suggestion').isVisible()).toBe(false);
  } finally {
    await closePage(page);
  }
});

test('without JavaScript, the 404 page links to search and the redirect pages still lead to the decision', async () => {
  const { page } = await open(new URL('decisions/PCD-1092/', site.server.url).href, { javaScriptEnabled: false });
  try {
    expect(await page.locator('#typed-suggestion').isVisible()).toBe(false);
    expect(await page.getByRole('link', { name: 'Search the decisions' }).getAttribute('href')).toBe('/search/');
    await page.goto(new URL('decisions/1092', site.server.url).href);
    await page.waitForURL((url) => url.pathname === '/decisions/pcd-1092/');
  } finally {
    await closePage(page);
  }
});

test.each([VIEWPORTS.mobile, VIEWPORTS.desktop])('the 404 page with its suggestion passes axe at %o', async (viewport) => {
  const { page } = await open(new URL('decisions/PCD-1092/', site.server.url).href, { viewport });
  try {
    await expect.poll(() => page.locator('#typed-suggestion').isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
  } finally {
    await closePage(page);
  }
});
