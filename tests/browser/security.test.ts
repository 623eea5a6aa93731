/**
 * The Content-Security-Policy in a real browser, served with the site's own _headers as Netlify or
 * Cloudflare Pages would: no page raises a violation while it is used, and 50 known XSS payloads
 * never run, whether they arrive in a page's query string or in the decisions themselves (a site
 * is built from 50 decisions that carry one payload each in every field and in their text).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { startStaticServer, type RunningServer } from '../../scripts/lib/static-server.ts';
import { closePage, newPage, useBrowserAndSite, watchPage } from '../helpers/browser.ts';
import { DIST, htmlFiles, ROOT } from '../helpers/site.ts';

const PAYLOADS = readFileSync(path.join(ROOT, 'tests', 'fixtures', 'xss-payloads.txt'), 'utf8').split('\n').filter(Boolean);

const site = useBrowserAndSite();

interface Watched {
  page: Page;
  problems: string[];
  /** CSP violations, alerts and prompts the page's scripts caused, read in the page. */
  incidents: () => Promise<string[]>;
}

/** A page that records CSP violations and any attempt to open a dialog, from before its first script. */
async function watchedPage(origin: string): Promise<Watched> {
  const page = await newPage(site.browser);
  const { problems } = watchPage(page, origin);
  page.on('dialog', async (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    await dialog.dismiss();
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __incidents: string[] }).__incidents = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`CSP ${event.effectiveDirective} blocked ${event.blockedURI || 'inline code'} at ${event.sourceFile}:${event.lineNumber}`);
    });
    for (const name of ['alert', 'confirm', 'prompt', 'print'] as const) {
      window[name] = ((...args: unknown[]) => {
        seen.push(`${name}(${args.map(String).join(', ')})`);
      }) as never;
    }
  });
  const incidents = async () => {
    const found = await page.evaluate(() => {
      const w = window as unknown as { __incidents?: string[]; __xss?: unknown };
      return [...(w.__incidents ?? []), ...(w.__xss === undefined ? [] : [`window.__xss = ${String(w.__xss)}`])];
    });
    return found;
  };
  return { page, problems, incidents };
}

/** The redirect pages of typed addresses (src/pages/decisions/[typed].astro). */
const TYPED = /^decisions\/(?:pcd)?\d+\/index\.html$/i;

describe('the Content-Security-Policy', () => {
  test.each(htmlFiles(DIST))('%s raises no violation when loaded and used', async (file) => {
    const origin = new URL(site.server.url).origin;
    const { page, problems, incidents } = await watchedPage(origin);
    try {
      const response = await page.goto(new URL(file.replace(/index\.html$/, ''), site.server.url).href, { waitUntil: 'load' });
      expect(response?.headers()['content-security-policy']).toContain("default-src 'none'");
      // A typed address's redirect page (decisions/1092/) moves on to its decision at once: read the page it arrives at.
      if (TYPED.test(file)) await page.waitForURL(/\/decisions\/pcd-\d+\/$/);
      if (file === 'search/index.html') {
        // Exercise the full-text index: WebAssembly, its worker and its fetches.
        await page.locator('#q').fill('helicopter');
        await page.waitForFunction(() => document.getElementById('results')?.getAttribute('aria-busy') !== 'true' && (document.getElementById('result-count')?.textContent ?? '').includes('helicopter'));
        await page.waitForTimeout(400);
      }
      if (file.startsWith('funding/')) await page.waitForSelector('canvas[data-drawn]', { timeout: 10_000 });
      expect(await incidents()).toEqual([]);
      const expected = file === '404.html' ? /^(console error: Failed to load resource: .* 404|HTTP 404)/ : null;
      expect(problems.filter((p) => !expected?.test(p))).toEqual([]);
    } finally {
      await closePage(page);
    }
  });
});

describe('XSS payloads in query strings and fragments', () => {
  test.each(['', 'decisions/', 'decisions/pcd-1092/', 'funding/', 'timeline/', 'search/'])('/%s runs none of 50 payloads', async (pagePath) => {
    const { page, problems, incidents } = await watchedPage(new URL(site.server.url).origin);
    try {
      for (const payload of PAYLOADS) {
        const params = new URLSearchParams({ q: payload, sort: payload, year: payload, programme: payload, view: payload });
        await page.goto(`${new URL(pagePath, site.server.url).href}?${params}#${encodeURIComponent(payload)}`, { waitUntil: 'load' });
      }
      await page.waitForTimeout(200);
      expect(await incidents()).toEqual([]);
      expect(problems.filter((p) => p.startsWith('dialog') || p.startsWith('uncaught'))).toEqual([]);
    } finally {
      await closePage(page);
    }
  });
});

describe('XSS payloads in the decisions themselves', () => {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'payload-site-'));
  const dist = path.join(scratch, 'dist');
  let server: RunningServer;

  beforeAll(async () => {
    const dir = path.join(scratch, 'decisions');
    mkdirSync(dir, { recursive: true });
    PAYLOADS.forEach((payload, i) => {
      const n = 8000 + i;
      const quote = `The DMPC accepts grant funding of £1,000 for 2021/22.`;
      const yaml = [
        '---',
        `reference: PCD ${n}`,
        `title: ${JSON.stringify(`Payload ${i} ${payload}`)}`,
        `shortTitle: ${JSON.stringify(payload.slice(0, 40))}`,
        `summary: ${JSON.stringify(`A summary carrying ${payload}`)}`,
        'decisionTypes: [grant-acceptance]',
        'signed:',
        `  date: "2021-06-${String((i % 28) + 1).padStart(2, '0')}"`,
        `  asWritten: ${(i % 28) + 1}/6/2021`,
        `recipient: ${JSON.stringify(`Recipient ${payload}`)}`,
        'funders: [Home Office]',
        'programmes: [county-lines]',
        'amounts:',
        '  - pence: 100000',
        '    role: accepted',
        '    principal: true',
        '    asWritten: £1,000',
        `    quote: ${JSON.stringify(quote)}`,
        `    note: ${JSON.stringify(payload)}`,
        'partTwo:',
        '  status: "no"',
        'source:',
        `  file: ${JSON.stringify(`${payload}.txt`)}`,
        '---',
        '',
        '## Financial Comments',
        '',
        quote,
        '',
        payload,
        '',
        `A sentence with the payload inline: ${payload} and after it.`,
        '',
      ].join('\n');
      writeFileSync(path.join(dir, `pcd-${n}.md`), yaml);
    });
    const result = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'build.ts')], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, DECISIONS_DIR: dir, ASTRO_CACHE_DIR: path.join(scratch, 'cache'), SITE_OUT_DIR: dist, ASTRO_TELEMETRY_DISABLED: '1' },
    });
    if (result.status !== 0) throw new Error(`the payload site did not build:\n${result.stdout.slice(-3000)}\n${result.stderr.slice(-3000)}`);
    server = await startStaticServer(dist, '/', { headers: true });
  }, 180_000);

  afterAll(async () => {
    await server?.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  test('no page of a site built from them runs any of them, and each decision shows its payload as text', async () => {
    const files = htmlFiles(dist);
    expect(files.length).toBeGreaterThan(PAYLOADS.length);
    const { page, problems, incidents } = await watchedPage(new URL(server.url).origin);
    try {
      for (const file of files) {
        await page.goto(new URL(file.replace(/index\.html$/, ''), server.url).href, { waitUntil: 'load' });
        if (TYPED.test(file)) await page.waitForURL(/\/decisions\/pcd-\d+\/$/);
        const match = /^decisions\/pcd-(\d+)\/index\.html$/.exec(file);
        if (match) {
          const i = Number(match[1]) - 8000;
          expect(await page.locator('h1').textContent()).toBe(`Payload ${i} ${PAYLOADS[i]}`);
        }
        const found = await incidents();
        expect(found, `on ${file}`).toEqual([]);
      }
      // The search page lists every title through textContent; search for them all.
      await page.goto(new URL('search/?q=payload', server.url).href);
      await page.waitForFunction(() => (document.getElementById('result-count')?.textContent ?? '').includes('payload'));
      await page.waitForTimeout(500);
      expect(await incidents()).toEqual([]);
      expect(problems.filter((p) => !/404/.test(p))).toEqual([]);
    } finally {
      await closePage(page);
    }
  }, 300_000);
});
