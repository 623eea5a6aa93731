/**
 * "Download this chart as PNG": draws the chart again at a fixed size for an article (so the image
 * is the same from a phone or a desktop, with every label), and composes it on a white canvas
 * under its title, over its source line and the page's address. The words come from the page
 * (ChartSection.astro writes them from src/lib/funding/chart-image.ts); what was drawn is written
 * on the button as `data-image` (title lines, source lines, address, size, file name), so a test
 * can check the text in the image without reading pixels.
 */
import { Chart, type ChartConfiguration } from 'chart.js';
import { wrapLines } from '../lib/funding/chart-text.ts';

const WIDTH = 1200;
const PAD = 40;
const CHART_HEIGHT = 600;
const CHART_FONT = 17;
const TEXT = '#0b0c0c';
const MUTED = '#3b3b3b';

/** What the button records of the image it made (`data-image`). */
export interface DrawnImage {
  title: string[];
  source: string[];
  address: string[];
  width: number;
  height: number;
  fileName: string;
}

interface Block {
  lines: string[];
  font: string;
  lineHeight: number;
  colour: string;
}

/** Lines of `text` in `font`, shrinking the font (down to `min` px) until no word is wider than a line. */
function block(ctx: CanvasRenderingContext2D, text: string, weight: string, size: number, min: number, family: string, colour: string): Block {
  for (let px = size; ; px -= 1) {
    const font = `${weight} ${px}px ${family}`;
    ctx.font = font;
    const { lines, fits } = wrapLines(text, WIDTH - 2 * PAD, (t) => ctx.measureText(t).width);
    if (fits || px <= min) return { lines, font, lineHeight: Math.round(px * 1.35), colour };
  }
}

/** The chart drawn again, off screen, at the image's size, without animation or tooltip. */
function redraw(config: ChartConfiguration<'bar'>, live: Chart): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = WIDTH - 2 * PAD;
  canvas.height = CHART_HEIGHT;
  // Larger words than on screen: the image is printed or shown at a column's width.
  const size = Chart.defaults.font.size ?? 13;
  Chart.defaults.font.size = CHART_FONT;
  let chart: Chart<'bar'> | undefined;
  try {
    chart = new Chart(canvas, {
      type: 'bar',
      data: {
        labels: [...(live.data.labels ?? [])],
        datasets: live.data.datasets.map((d) => ({ ...d, data: [...d.data] })) as ChartConfiguration<'bar'>['data']['datasets'],
      },
      options: { ...config.options, responsive: false, animation: false, devicePixelRatio: 1, events: [] },
    });
    chart.draw();
    // A copy of the pixels, since destroying the chart clears its canvas.
    const copy = document.createElement('canvas');
    copy.width = canvas.width;
    copy.height = canvas.height;
    copy.getContext('2d')?.drawImage(canvas, 0, 0);
    return copy;
  } finally {
    Chart.defaults.font.size = size;
    chart?.destroy();
  }
}

/** Composes the image of one chart; returns the canvas and what was drawn on it. */
export function composeChartImage(config: ChartConfiguration<'bar'>, live: Chart, words: { title: string; source: string; address: string; fileName: string }): { canvas: HTMLCanvasElement; drawn: DrawnImage } {
  const family = String(Chart.defaults.font.family ?? 'sans-serif');
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('This browser cannot draw on a canvas');
  const title = block(ctx, words.title, 'bold', 30, 18, family, TEXT);
  const source = block(ctx, words.source, 'normal', 18, 12, family, MUTED);
  const address = block(ctx, words.address, 'normal', 18, 10, family, MUTED);
  const chart = redraw(config, live);
  const height = (b: Block) => b.lines.length * b.lineHeight;
  canvas.width = WIDTH;
  canvas.height = PAD + height(title) + 16 + CHART_HEIGHT + 24 + height(source) + 4 + height(address) + PAD;
  // Resizing the canvas reset its state: the white ground, then each block in its own font.
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.textBaseline = 'top';
  let y = PAD;
  const write = (b: Block) => {
    ctx.font = b.font;
    ctx.fillStyle = b.colour;
    for (const line of b.lines) {
      ctx.fillText(line, PAD, y);
      y += b.lineHeight;
    }
  };
  write(title);
  y += 16;
  ctx.drawImage(chart, PAD, y);
  y += CHART_HEIGHT + 24;
  write(source);
  y += 4;
  write(address);
  return {
    canvas,
    drawn: { title: title.lines, source: source.lines, address: address.lines, width: canvas.width, height: canvas.height, fileName: words.fileName },
  };
}

/** Saves a canvas as a PNG file under `fileName`, through a link the browser downloads. */
function save(canvas: HTMLCanvasElement, fileName: string): Promise<void> {
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => {
      if (!blob) return reject(new Error('The browser made no image'));
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = fileName;
      document.body.append(link);
      link.click();
      link.remove();
      // The download has started by the next turn; the address is no longer needed after it.
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      resolve();
    }, 'image/png');
  });
}

/**
 * Shows each chart's download button (hidden without JavaScript, like the chart) and makes it
 * save the chart's image. `configs` are the configurations the charts were made from.
 */
export function enableChartDownloads(root: Document, charts: readonly Chart[], configs: ReadonlyMap<HTMLCanvasElement, ChartConfiguration<'bar'>>): void {
  for (const chart of charts) {
    const button = root.querySelector<HTMLButtonElement>(`button[data-chart="${chart.canvas.id}"]`);
    const config = configs.get(chart.canvas);
    if (!button || !config) continue;
    const status = button.parentElement?.querySelector<HTMLElement>('.chart-download__status');
    button.closest<HTMLElement>('.chart-download')?.removeAttribute('hidden');
    button.addEventListener('click', () => {
      const { imageTitle = '', imageSource = '', imageAddress = '', imageFile = 'chart.png' } = button.dataset;
      try {
        const { canvas, drawn } = composeChartImage(config, chart, { title: imageTitle, source: imageSource, address: imageAddress, fileName: imageFile });
        button.dataset['image'] = JSON.stringify(drawn);
        save(canvas, drawn.fileName).catch(fail);
        if (status) status.textContent = '';
      } catch (error) {
        fail(error);
      }
    });
    function fail(error: unknown): void {
      if (status) status.textContent = `The image could not be made (${error instanceof Error ? error.message : String(error)}). The table below has the same figures, also as CSV.`;
    }
  }
}
