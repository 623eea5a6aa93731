/** Launching Debian's (or the configured) Chromium for the browser tests, and page checks they share. */
import { afterAll, beforeAll } from 'vitest';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { startStaticServer, type RunningServer } from '../../scripts/lib/static-server.ts';
import { DIST } from './site.ts';
import { AxeBuilder } from '@axe-core/playwright';
import { CHROMIUM_ARGS, ensureChromium } from '../../scripts/lib/chromium.ts';

export function launchBrowser(): Promise<Browser> {
  const executablePath = process.env['CHROMIUM_PATH'] || ensureChromium();
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}

export const VIEWPORTS = {
  desktop: { width: 1280, height: 900 },
  mobile: { width: 320, height: 640 },
} as const;

/** WCAG 2.2 A and AA, plus axe's best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];

/** axe-core violations on the page, one readable line per affected element. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  return results.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id} (${violation.impact ?? ''}): ${violation.help} at ${node.target.join(' ')}`),
  );
}

/** Records console errors, uncaught exceptions, failed responses and requests to other origins. */
export function watchPage(page: Page, origin: string): { problems: string[] } {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:')) problems.push(`request to another origin: ${url}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && !response.url().includes('no-such-page')) {
      problems.push(`HTTP ${response.status()}: ${response.url()}`);
    }
  });
  return { problems };
}

/** A page in its own context (axe-core needs one); close it with `closePage`. */
export async function newPage(browser: Browser, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext(options);
  // A missing element fails its test in 15 s instead of waiting for ever (Playwright's default has
  // no limit, and vitest's own timeout does not stop the wait, so the run never ended).
  context.setDefaultTimeout(15_000);
  return context.newPage();
}

export async function closePage(page: Page): Promise<void> {
  await page.context().close();
}

/** For a test file: one Chromium and the built site served at `base`, started before and stopped after. */
export function useBrowserAndSite(dir = DIST, base = '/'): { browser: Browser; server: RunningServer } {
  const shared = {} as { browser: Browser; server: RunningServer };
  beforeAll(async () => {
    shared.browser = await launchBrowser();
    shared.server = await startStaticServer(dir, base, { headers: true });
  });
  afterAll(async () => {
    await shared.browser?.close();
    await shared.server?.close();
  });
  return shared;
}
