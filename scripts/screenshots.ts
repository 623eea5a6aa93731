/**
 * Takes full-page screenshots of the built site at desktop and phone widths, for people to look
 * at: `npm run screenshots -- [dist] [base]` writes PNGs to tmp/screenshots/.
 */
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { ensureChromium, CHROMIUM_ARGS } from './lib/chromium.ts';
import { startStaticServer } from './lib/static-server.ts';

const [dir = 'dist', base = '/'] = process.argv.slice(2);
const pages = (process.env['PAGES'] ?? '/,decisions/,decisions/pcd-1092/,decisions/pcd-785/,decisions/ocs-grant-2023-2027/,no-such-page/')
  .split(',')
  .map((p) => p.replace(/^\//, ''));
const widths = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'mobile', width: 320, height: 720 },
];

mkdirSync('tmp/screenshots', { recursive: true });
const server = await startStaticServer(dir, base);
const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
try {
  for (const size of widths) {
    const page = await browser.newPage({ viewport: { width: size.width, height: size.height } });
    for (const p of pages) {
      await page.goto(new URL(p, server.url).href);
      // The search page draws its results after the load event, and the full-text hits after those.
      if (await page.locator('#results').count()) {
        await page.waitForFunction(() => document.getElementById('results')?.getAttribute('aria-busy') === 'false' && document.getElementById('result-count')?.textContent !== 'Loading the search…', null, { timeout: 15_000 });
      }
      const name = (p.replace(/\/$/, '').replace(/\//g, '_') || 'home') + `-${size.name}.png`;
      await page.screenshot({ path: `tmp/screenshots/${name}`, fullPage: process.env['FULL'] !== '0' });
      console.log(`tmp/screenshots/${name}`);
    }
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
