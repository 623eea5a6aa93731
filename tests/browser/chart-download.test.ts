/**
 * The funding charts as an article needs them, in a real Chromium: every label inside the chart at
 * 360 px, an empty financial year drawn as an empty year, and each chart saved as a PNG image with
 * its title, source line and the page's address drawn in (the words are checked from what the page
 * records it drew, the pixels from the file itself), with motion on and off.
 */
import type { DrawnImage } from '../../src/client/chart-download.ts';
import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { closePage, newPage, watchPage, useBrowserAndSite } from '../helpers/browser.ts';
import { startStaticServer } from '../../scripts/lib/static-server.ts';
import { FULL_TEXT_DIST } from '../helpers/site.ts';

const site = useBrowserAndSite();

const CHARTS = ['chart-by-year', 'chart-cumulative', 'chart-per-decision'] as const;
const VIEWS = [
  ['funding/', 'all programmes'],
  ['funding/county-lines/', 'County Lines'],
  ['funding/operation-orochi/', 'Operation Orochi'],
] as const;

interface Seen {
  xTicks: (string | string[])[];
  legend: string[];
  moving: boolean;
  areas: { width: number; height: number; labels: { text: string; box: [number, number, number, number] }[] };
}


async function open(url: string, options: Parameters<typeof newPage>[1] = {}): Promise<{ page: Page; problems: string[] }> {
  const page = await newPage(site.browser, { viewport: { width: 1280, height: 900 }, acceptDownloads: true, ...options });
  const { problems } = watchPage(page, new URL(url).origin);
  await page.goto(url);
  return { page, problems };
}

/** What the chart says it painted, once it has come to rest. */
async function settled(page: Page, id: string): Promise<Seen> {
  const read = async () => JSON.parse((await page.locator(`#${id}`).getAttribute('data-seen')) ?? 'null') as Seen | null;
  await expect.poll(async () => (await read())?.moving, { timeout: 3_000, interval: 50 }).toBe(false);
  return (await read())!;
}

/** Width and height from a PNG's IHDR chunk, after checking its signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe.each([
  ['motion on', 'no-preference'],
  ['reduced motion', 'reduce'],
] as const)('saving a chart as an image, with %s', (_, reducedMotion) => {
  test.each(VIEWS)('%s: each chart downloads as a PNG with its title, source and address drawn in', async (path, scope) => {
    const { page, problems } = await open(new URL(path, site.server.url).href, { reducedMotion });
    try {
      const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
      for (const id of CHARTS) {
        await settled(page, id);
        const heading = (await page.locator(`#${id}`).locator('xpath=ancestor::section[1]').locator('h2').textContent())?.trim() ?? '';
        const title = `${heading}: ${scope}`;
        // A real button, named after its chart.
        const button = page.getByRole('button', { name: `Download this chart as PNG (${title})`, exact: true });
        expect(await button.isVisible()).toBe(true);
        const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
        const drawn = JSON.parse((await button.getAttribute('data-image')) ?? 'null') as DrawnImage;

        expect(download.suggestedFilename()).toBe(drawn.fileName);
        const view = path.split('/')[1] || 'all';
        expect(drawn.fileName).toMatch(new RegExp(`^mopac-funding-${view}-${id.replace('chart-', '')}-\\d{4}-\\d{2}-\\d{2}\\.png$`));

        expect(drawn.title.join(' ')).toBe(title);
        expect(drawn.source.join(' ')).toMatch(/^Source: MOPAC decisions\b.*MOPAC Funding Decisions/);
        expect(drawn.address.join('')).toBe(canonical);

        const bytes = await readFile((await download.path())!);
        expect(pngSize(bytes)).toEqual({ width: drawn.width, height: drawn.height });
        expect(drawn.width).toBe(1200);
        expect(drawn.height).toBeGreaterThan(700);
        expect(drawn.height).toBeLessThan(1200);
        expect(bytes.length).toBeGreaterThan(15_000);
        expect(bytes.length).toBeLessThan(1_000_000);

        // The image itself: a white ground, and the chart's bars in its own colours.
        const colours = await page.evaluate(async (base64) => {
          const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
          const bitmap = await createImageBitmap(new Blob([data], { type: 'image/png' }));
          const canvas = document.createElement('canvas');
          canvas.width = bitmap.width;
          canvas.height = bitmap.height;
          const ctx = canvas.getContext('2d')!;
          ctx.drawImage(bitmap, 0, 0);
          const pixels = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
          const hex = (i: number) => `#${[pixels[i], pixels[i + 1], pixels[i + 2]].map((v) => (v ?? 0).toString(16).padStart(2, '0')).join('')}`;
          const seen = new Set<string>();
          for (let i = 0; i < pixels.length; i += 4) seen.add(hex(i));
          return { corner: hex(0), seen: [...seen] };
        }, bytes.toString('base64'));
        expect(colours.corner).toBe('#ffffff');
        const barColours = await page.locator(`#${id}`).evaluate((canvas) => {
          const drawnData = JSON.parse(canvas.getAttribute('data-drawn') ?? '{}') as { datasets: unknown[] };
          return drawnData.datasets.length;
        });
        expect(barColours).toBeGreaterThan(0);
        const expectedColours = await page.evaluate((chartId) => {
          // The colours the page's chart fills its bars with (chart.js keeps them on its datasets).
          const source = JSON.parse(document.getElementById('funding-data')?.textContent ?? '{}') as { byPeriod: { series: { colour: string; pence: number[] }[] } };
          return chartId === 'chart-by-year' ? source.byPeriod.series.filter((s) => s.pence.some((p) => p > 0)).map((s) => s.colour.toLowerCase()) : [chartId === 'chart-cumulative' ? '#5d5d5d' : '#0072b2'];
        }, id);
        for (const colour of expectedColours) expect(colours.seen, `${id} draws ${colour}`).toContain(colour);
      }
      expect(problems).toEqual([]);
    } finally {
      await closePage(page);
    }
  });
});

test('the download button works from the keyboard, and the chart image is the same from a phone', async () => {
  const { page, problems } = await open(new URL('funding/', site.server.url).href, { viewport: { width: 360, height: 800 } });
  try {
    await settled(page, 'chart-by-year');
    const button = page.locator('button[data-chart="chart-by-year"]');
    await button.focus();
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    const { width, height } = pngSize(await readFile((await download.path())!));
    // Drawn again at the image's own size, not squeezed from the phone's 328 px.
    expect(width).toBe(1200);
    expect(height).toBeGreaterThan(700);
    expect(problems).toEqual([]);
  } finally {
    await closePage(page);
  }
});

describe.each([320, 360, 1280])('the charts at %i px', (width) => {
  test.each(VIEWS)('%s: every tick label and legend item is painted inside its chart', async (path) => {
    const { page, problems } = await open(new URL(path, site.server.url).href, { viewport: { width, height: 900 }, reducedMotion: 'reduce' });
    try {
      for (const id of CHARTS) {
        const seen = await settled(page, id);
        const box = (await page.locator(`#${id}`).boundingBox())!;
        // The chart's own size is the canvas on the page.
        expect(Math.abs(seen.areas.width - box.width)).toBeLessThan(1);
        expect(Math.abs(seen.areas.height - box.height)).toBeLessThan(1);
        expect(seen.areas.labels.length).toBeGreaterThan(2);
        const outside = seen.areas.labels.filter(
          ({ box: [left, top, right, bottom] }) => left < -0.5 || top < -0.5 || right > seen.areas.width + 0.5 || bottom > seen.areas.height + 0.5,
        );
        expect(outside, `${id} at ${width} px`).toEqual([]);
        // Every legend item is there, each once.
        const legendTexts = seen.areas.labels.filter((l) => seen.legend.includes(l.text)).map((l) => l.text);
        expect(new Set(legendTexts)).toEqual(new Set(seen.legend));
        // And the canvas itself fits the page.
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(width);
      }
      expect(problems).toEqual([]);
    } finally {
      await closePage(page);
    }
  });
});

test('a financial year in which nothing was accepted is drawn as an empty year, not skipped', async () => {
  // The site of the five decisions published in full has no accepted sum in 2022/23.
  const server = await startStaticServer(FULL_TEXT_DIST, '/', { headers: true });
  try {
    const { page } = await open(new URL('funding/', server.url).href);
    try {
      const seen = await settled(page, 'chart-by-year');
      const rows = await page.locator('#table-by-year tbody tr').evaluateAll((trs) =>
        trs.map((tr) => ({
          year: tr.querySelector('th')?.textContent?.trim() ?? '',
          pence: [...tr.querySelectorAll('[data-pence]')].reduce((sum, cell) => sum + Number(cell.getAttribute('data-pence')), 0),
        })),
      );
      const empty = rows.filter((r) => r.pence === 0).map((r) => r.year);
      expect(empty).toContain('2022/23');
      expect(seen.xTicks).toEqual(rows.map((r) => r.year));
    } finally {
      await closePage(page);
    }
  } finally {
    await server.close();
  }
});
