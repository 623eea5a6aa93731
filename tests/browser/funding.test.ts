/**
 * The funding and timeline pages in a real Chromium: charts draw exactly the figures of the tables
 * beside them, the programme views change them, the per-decision order can be switched, the CSV
 * downloads hold the same rows, and without JavaScript the tables remain.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { parse } from 'csv-parse/sync';
import { closePage, newPage, VIEWPORTS, watchPage, useBrowserAndSite } from '../helpers/browser.ts';
import { formatPence, parseAmount } from '../../src/lib/core/money.ts';

const site = useBrowserAndSite();

interface Drawn {
  labels: string[];
  datasets: { label: string; pence: number[] }[];
}

async function drawn(page: Page, id: string): Promise<Drawn> {
  const canvas = page.locator(`#${id}`);
  await expect.poll(() => canvas.getAttribute('data-drawn')).not.toBeNull();
  return JSON.parse((await canvas.getAttribute('data-drawn')) ?? '{}') as Drawn;
}

/** Pence from a table's cells marked data-pence, row by row. */
function tableCells(page: Page, selector: string): Promise<number[][]> {
  return page.locator(`${selector} tbody tr`).evaluateAll((rows) =>
    rows.map((row) => [...row.querySelectorAll('[data-pence]')].map((cell) => Number(cell.getAttribute('data-pence')))),
  );
}

function rowHeaders(page: Page, selector: string): Promise<string[]> {
  return page.locator(`${selector} tbody th[scope="row"]`).allTextContents();
}

async function open(path: string, options = {}): Promise<{ page: Page; problems: string[] }> {
  const page = await newPage(site.browser, { viewport: VIEWPORTS.desktop, ...options });
  const { problems } = watchPage(page, new URL(site.server.url).origin);
  await page.goto(new URL(path, site.server.url).href);
  return { page, problems };
}

describe('the funding page', () => {
  test('draws three charts with no console errors', async () => {
    const { page, problems } = await open('funding/');
    try {
      for (const id of ['chart-by-year', 'chart-cumulative', 'chart-per-decision']) {
        const canvas = page.locator(`#${id}`);
        expect(await canvas.isVisible()).toBe(true);
        expect((await drawn(page, id)).datasets.length).toBeGreaterThan(0);
        // Something was painted: the canvas is not a single flat colour.
        const colours = await canvas.evaluate((el: HTMLCanvasElement) => {
          const ctx = el.getContext('2d');
          const { data } = ctx!.getImageData(0, 0, el.width, el.height);
          const seen = new Set<number>();
          for (let i = 0; i < data.length; i += 4 * 97) seen.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
          return seen.size;
        });
        expect(colours).toBeGreaterThan(3);
      }
      expect(problems).toEqual([]);
    } finally {
      await closePage(page);
    }
  });

  test.each(['funding/', 'funding/county-lines/', 'funding/operation-orochi/'])(
    '%s: each chart draws exactly what its table shows',
    async (path) => {
      const { page } = await open(path);
      try {
        const byYear = await drawn(page, 'chart-by-year');
        expect(byYear.labels).toEqual(await rowHeaders(page, '#table-by-year'));
        const cells = await tableCells(page, '#table-by-year');
        byYear.datasets.forEach((dataset, series) => {
          expect(dataset.pence).toEqual(cells.map((row) => row[series]));
        });
        const cumulative = await drawn(page, 'chart-cumulative');
        expect(cumulative.labels).toEqual(await rowHeaders(page, '#table-cumulative'));
        expect(cumulative.datasets[0]?.pence).toEqual((await tableCells(page, '#table-cumulative')).map((r) => r[0]));
        const perDecision = await drawn(page, 'chart-per-decision');
        expect(perDecision.labels).toEqual(await rowHeaders(page, '#table-per-decision'));
        expect(perDecision.datasets[0]?.pence).toEqual((await tableCells(page, '#table-per-decision')).map((r) => r[0]));
      } finally {
        await closePage(page);
      }
    },
  );

  test('the programme links narrow every chart', async () => {
    const { page } = await open('funding/');
    try {
      const all = await drawn(page, 'chart-by-year');
      expect(all.datasets.map((d) => d.label)).toContain('Organised Crime Specific Grant');
      await page.getByRole('navigation', { name: 'Programme' }).getByRole('link', { name: 'Operation Orochi' }).click();
      await page.waitForURL(/\/funding\/operation-orochi\/$/);
      const orochi = await drawn(page, 'chart-by-year');
      // PCD 1092's ANPR grant is in support of Orochi, and labelled so.
      expect(orochi.datasets.map((d) => d.label)).toEqual(['Operation Orochi', 'Roads Policing ANPR, in support']);
      expect((await drawn(page, 'chart-per-decision')).labels).toEqual(['PCD 1216', 'PCD 990', 'PCD 785', 'PCD 1091', 'PCD 1092', 'PCD 1656']);
      expect(await page.locator('[aria-current="page"]', { hasText: 'Operation Orochi' }).count()).toBe(1);
    } finally {
      await closePage(page);
    }
  });

  test('orders the per-decision chart and its table by date and back by size, together', async () => {
    const { page } = await open('funding/');
    try {
      const button = page.getByRole('button', { name: 'Order by date' });
      const bySize = ['PCD 1216', 'PCD 990', 'NCLCC grants 2021/22', 'PCD 785', 'PCD 1091', 'NCLCC grant 2020/21', 'NCLCC and County Lines 2019/20', 'OCS grant agreement 2023–2027', 'PCD 1092', 'PCD 1532', 'PCD 1218', 'PCD 956', 'PCD 1656', 'PCD 911'];
      expect((await drawn(page, 'chart-per-decision')).labels).toEqual(bySize);
      await button.click();
      expect(await button.getAttribute('aria-pressed')).toBe('true');
      const byDate = await drawn(page, 'chart-per-decision');
      expect(byDate.labels).toEqual(['NCLCC and County Lines 2019/20', 'PCD 785', 'NCLCC grant 2020/21', 'PCD 911', 'PCD 990', 'NCLCC grants 2021/22', 'PCD 1091', 'PCD 956', 'PCD 1092', 'PCD 1216', 'PCD 1218', 'OCS grant agreement 2023–2027', 'PCD 1532', 'PCD 1656']);
      expect(await rowHeaders(page, '#table-per-decision')).toEqual(byDate.labels);
      expect(byDate.datasets[0]?.pence).toEqual((await tableCells(page, '#table-per-decision')).map((r) => r[0]));
      await button.press('Enter');
      expect(await button.getAttribute('aria-pressed')).toBe('false');
      expect(await rowHeaders(page, '#table-per-decision')).toEqual(bySize);
    } finally {
      await closePage(page);
    }
  });

  test('offers each table as a CSV file with the same figures', async () => {
    const { page } = await open('funding/');
    try {
      const href = await page.locator('a[href$="all-by-year.csv"]').getAttribute('href');
      const response = await page.request.get(new URL(href ?? '', page.url()).href);
      expect(response.headers()['content-type'] ?? '').toMatch(/csv|octet-stream|text/);
      const rows = parse(await response.text(), { columns: true }) as Record<string, string>[];
      const table = await tableCells(page, '#table-by-year');
      const fromTable = table.flat().filter((p) => p > 0).sort((a, b) => a - b);
      expect(rows.map((r) => Number(r['accepted_pence'])).sort((a, b) => a - b)).toEqual(fromTable);
    } finally {
      await closePage(page);
    }
  });

  test('without JavaScript shows the tables and no empty chart boxes', async () => {
    const { page } = await open('funding/', { javaScriptEnabled: false });
    try {
      expect(await page.locator('figure.chart').first().isVisible()).toBe(false);
      expect(await page.locator('#table-by-year').isVisible()).toBe(true);
      expect(await page.locator('.ledger').isVisible()).toBe(true);
    } finally {
      await closePage(page);
    }
  });

  test('does not animate when the reader prefers reduced motion', async () => {
    const { page } = await open('funding/', { reducedMotion: 'reduce' });
    try {
      await drawn(page, 'chart-by-year');
      const first = await page.locator('#chart-by-year').screenshot();
      const second = await page.locator('#chart-by-year').screenshot();
      expect(Buffer.compare(first, second)).toBe(0);
    } finally {
      await closePage(page);
    }
  });
});

/** What a reader sees on a chart, as the chart writes it after each frame (src/client/funding-charts.ts). */
interface Seen {
  xTicks: (string | string[])[];
  yTicks: string[];
  legend: string[];
  tooltip: { title: string[]; lines: string[] } | null;
  moving: boolean;
  bars: [number, number][][];
}

async function seen(page: Page, id: string): Promise<Seen> {
  return JSON.parse((await page.locator(`#${id}`).getAttribute('data-seen')) ?? 'null') as Seen;
}

async function frames(page: Page, id: string): Promise<number> {
  return Number(await page.locator(`#${id}`).getAttribute('data-frames'));
}

/** Waits until the chart has stopped moving, and says how long that took from the first look. */
async function settled(page: Page, id: string): Promise<Seen> {
  await expect.poll(async () => (await seen(page, id))?.moving, { timeout: 2_000, interval: 50 }).toBe(false);
  return seen(page, id);
}

const CHARTS = [
  { id: 'chart-by-year', table: '#table-by-year', stacked: true },
  { id: 'chart-cumulative', table: '#table-cumulative', stacked: false },
  { id: 'chart-per-decision', table: '#table-per-decision', stacked: false },
] as const;

const MOTION = [
  ['motion on', 'no-preference'],
  ['reduced motion', 'reduce'],
] as const;

describe.each(MOTION)('what a reader sees on the charts, with %s', (_, reducedMotion) => {
  test.each(['funding/', 'funding/county-lines/', 'funding/operation-orochi/'])(
    '%s: axis, legend and every tooltip say what the table says, with no page error',
    async (path) => {
      const { page, problems } = await open(path, { reducedMotion });
      try {
        for (const chart of CHARTS) {
          const view = await settled(page, chart.id);
          const labels = await rowHeaders(page, chart.table);
          const cells = await tableCells(page, chart.table);
          const series = chart.stacked ? cells[0]?.length ?? 0 : 1;
          expect(view.xTicks.map((t) => (Array.isArray(t) ? t.join(' ') : t))).toEqual(labels);

          // The axis reaches the tallest bar, and not ten or a hundred times past it.
          const tallest = Math.max(...cells.map((row) => row.slice(0, series).reduce((a, b) => a + b, 0)));
          const ticks = view.yTicks.map((label) => parseAmount(label));
          expect(ticks.every((t) => t !== null), `tick labels ${view.yTicks.join(', ')}`).toBe(true);
          const top = Math.max(...(ticks as number[]));
          expect(top).toBeGreaterThanOrEqual(tallest);
          expect(top).toBeLessThanOrEqual(tallest * 2);

          if (chart.stacked) {
            const headers = await page.locator(`${chart.table} thead th`).allTextContents();
            expect(view.legend).toEqual(headers.slice(1, 1 + series).map((h) => h.trim()));
          }

          // Every bar, hovered, names its row and its exact sum (a year's stacked bar, every sum of that year).
          await page.locator(`#${chart.id}`).scrollIntoViewIfNeeded();
          const box = (await page.locator(`#${chart.id}`).boundingBox())!;
          for (let d = 0; d < series; d += 1) {
            for (const [row, [x, y]] of (view.bars[d] ?? []).entries()) {
              const pence = cells[row]?.[d] ?? 0;
              if (pence === 0) continue;
              await page.mouse.move(box.x + x, box.y + y);
              await expect.poll(async () => (await seen(page, chart.id)).tooltip?.title.join(' ')).toBe(labels[row]);
              const lines = (await seen(page, chart.id)).tooltip?.lines ?? [];
              const names = chart.stacked ? view.legend : [null];
              const expected = (cells[row] ?? []).slice(0, series).flatMap((p, i) => (p === 0 ? [] : [`${names[i] ?? ''}: ${formatPence(p)}`]));
              if (chart.stacked) expect(lines).toEqual(expected);
              else expect(lines.some((line) => line.endsWith(`: ${formatPence(pence)}`)), `${lines.join(' | ')} for ${formatPence(pence)}`).toBe(true);
            }
          }
          await page.mouse.move(0, 0);
        }
        expect(problems).toEqual([]);
      } finally {
        await closePage(page);
      }
    },
  );

  test('a tap on a bar shows its tooltip, and then the order buttons still move chart and table together', async () => {
    const { page, problems } = await open('funding/', { reducedMotion, hasTouch: true });
    try {
      for (const chart of CHARTS) {
        const view = await settled(page, chart.id);
        const [x, y] = view.bars[view.bars.length - 1]?.[0] ?? [0, 0];
        await page.locator(`#${chart.id}`).scrollIntoViewIfNeeded();
        const moved = (await page.locator(`#${chart.id}`).boundingBox())!;
        await page.touchscreen.tap(moved.x + x, moved.y + y);
        await expect.poll(async () => (await seen(page, chart.id)).tooltip).not.toBeNull();
      }
      await page.getByRole('button', { name: 'Order by date' }).click();
      const labels = await rowHeaders(page, '#table-per-decision');
      await expect
        .poll(async () => (await seen(page, 'chart-per-decision')).xTicks.map((t) => (Array.isArray(t) ? t.join(' ') : t)))
        .toEqual(labels);
      expect(problems).toEqual([]);
    } finally {
      await closePage(page);
    }
  });
});

describe('the charts come to rest', () => {
  test('with motion on, each chart stops moving within two seconds and then draws no more frames', async () => {
    const { page } = await open('funding/', { reducedMotion: 'no-preference' });
    try {
      for (const chart of CHARTS) {
        await settled(page, chart.id);
        const before = await frames(page, chart.id);
        await page.waitForTimeout(500);
        expect(await frames(page, chart.id)).toBe(before);
      }
    } finally {
      await closePage(page);
    }
  });

  test('with reduced motion, the first frame each chart paints is its last', async () => {
    const { page } = await open('funding/', { reducedMotion: 'reduce' });
    try {
      for (const chart of CHARTS) {
        await expect.poll(() => frames(page, chart.id)).toBeGreaterThan(0);
        expect((await seen(page, chart.id)).moving).toBe(false);
        const before = await frames(page, chart.id);
        await page.waitForTimeout(300);
        expect(await frames(page, chart.id)).toBe(before);
      }
    } finally {
      await closePage(page);
    }
  });
});

describe('the timeline', () => {
  test('follows the Operation Orochi thread on its own page, each decision marked with what its record rests on', async () => {
    const { page, problems } = await open('timeline/');
    try {
      await page.getByRole('navigation', { name: 'Programme' }).getByRole('link', { name: 'Operation Orochi' }).click();
      await page.waitForURL(/\/timeline\/operation-orochi\/$/);
      const titles = await page.locator('.timeline__title').allTextContents();
      expect(titles.map((t) => t.replace(/\s+/g, ' ').trim().split(':')[0])).toEqual(['PCD 785', 'PCD 1091', 'PCD 990', 'PCD 1092', 'PCD 1216', 'PCD 1656', 'PCD 726']);
      const badges = await page.locator('.timeline__title').evaluateAll((titles) => titles.map((t) => t.querySelector('.badge')?.textContent ?? ''));
      expect(badges).toEqual(['', 'from the public register', 'from the public register', '', 'from the public register', 'from the public register', 'known only from a citation']);
      expect(problems).toEqual([]);
    } finally {
      await closePage(page);
    }
  });
});
