/**
 * Draws the funding page's charts from the JSON the page embeds, which also fills its tables, so
 * chart and table cannot disagree. Registers only the chart.js parts it uses (bar charts, category
 * and linear scales, tooltip, legend) to keep the page's JavaScript small. Honours reduced motion.
 */
import { animator, BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip, type ChartConfiguration, type Plugin, type TooltipItem } from 'chart.js';
import type { FundingChartData } from '../lib/funding/funding.ts';
import { formatPence, formatPenceShort } from '../lib/core/money.ts';
import { enableChartDownloads } from './chart-download.ts';
import { drawnLabels } from './chart-labels.ts';

const TEXT = '#0b0c0c';
const GRID = '#d8d8d8';
const ACCEPTED = '#0072B2';
const RUNNING = '#5D5D5D';

/** Below this width (CSS pixels) a legend uses small colour boxes and may use a smaller font. */
const NARROW = 480;

function axis(stacked = false) {
  return {
    x: {
      stacked,
      // On a phone, labels may turn upright, so that each bar keeps its label where it can.
      ticks: { color: TEXT, maxRotation: 90 },
      grid: { display: false },
    },
    y: {
      stacked,
      beginAtZero: true,
      ticks: { color: TEXT, callback: (value: string | number) => formatPenceShort(Number(value) * 100) },
      grid: { color: GRID },
    },
  };
}

const tooltip = {
  callbacks: {
    label: (context: TooltipItem<'bar'>) =>
      `${context.dataset.label ?? ''}: ${formatPence(Math.round((context.parsed.y ?? 0) * 100))}`,
  },
};

/**
 * Pointing anywhere in a bar's column shows its tooltip: a grant of £193,000 beside one of £39.9m
 * is a bar one pixel high, which no reader could point at or tap.
 */
const COLUMN = { mode: 'index', intersect: false } as const;

/** How long a chart takes to grow when the reader has not asked for reduced motion. */
const GROW_MS = 400;

/**
 * Writes onto each canvas, after every frame it draws, the words a reader sees on it: the axis
 * tick labels, the legend, the tooltip showing, and whether it is still moving (`data-seen`, with
 * a count of frames in `data-frames`). So a test compares what is painted with the table beside
 * it, not the figures the chart was given.
 */
const readerView: Plugin = {
  id: 'readerView',
  afterInit(chart) {
    // The last frame is drawn while the animation still counts as running: say when it has ended.
    // chart.js types a plugin's chart more loosely than its animator's; it is the same object.
    animator.listen(chart as unknown as Parameters<typeof animator.listen>[0], 'complete', () => recordSeen(chart));
  },
  afterDraw(chart) {
    chart.canvas.dataset['frames'] = String(Number(chart.canvas.dataset['frames'] ?? 0) + 1);
    recordSeen(chart);
  },
};

/** Writes `data-seen` on the chart's canvas (see readerView). */
function recordSeen(chart: Chart): void {
  const { canvas, scales, legend, tooltip } = chart;
  const shown = chart.options.plugins?.legend?.display !== false;
  canvas.dataset['seen'] = JSON.stringify({
    xTicks: scales['x']?.ticks.map((tick) => tick.label) ?? [],
    yTicks: scales['y']?.ticks.map((tick) => tick.label) ?? [],
    legend: shown ? (legend?.legendItems ?? []).map((item) => item.text) : [],
    tooltip: tooltip && tooltip.opacity > 0 ? { title: tooltip.title, lines: tooltip.body.flatMap((part) => part.lines) } : null,
    moving: animator.running(chart),
    // Where each label is painted, so a test can check that none runs off the canvas.
    areas: { width: chart.width, height: chart.height, labels: drawnLabels(chart) },
    // The middle of each bar, in CSS pixels of the canvas: where a reader points to read it.
    bars: chart.data.datasets.map((_, index) =>
      chart.getDatasetMeta(index).data.map((bar) => {
        const { x, y, base } = bar.getProps(['x', 'y', 'base'], true) as { x: number; y: number; base: number };
        return [Math.round(x), Math.round((y + base) / 2)];
      }),
    ),
  });
}

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend, readerView);


/**
 * The legend's font: the charts' own size, or smaller (down to 10 px) where a programme's name
 * would otherwise run past the edge of a narrow chart; chart.js never wraps a legend item.
 */
function legendFont(chart: Chart): { size: number } {
  const narrow = chart.width < NARROW;
  const box = narrow ? 12 : 40;
  const padding = narrow ? 6 : 10;
  const family = String(Chart.defaults.font.family ?? 'sans-serif');
  const names = chart.data.datasets.map((d) => d.label ?? '');
  const { ctx } = chart;
  ctx.save();
  let size = Chart.defaults.font.size ?? 13;
  for (; size > 10; size -= 1) {
    ctx.font = `${size}px ${family}`;
    if (names.every((name) => box + size / 2 + ctx.measureText(name).width + 2 * padding <= chart.width)) break;
  }
  ctx.restore();
  return { size };
}

type LegendOptions = NonNullable<NonNullable<NonNullable<ChartConfiguration<'bar'>['options']>['plugins']>['legend']>;

/**
 * A legend under the chart that fits a phone's width. chart.js resolves these options as functions
 * of the chart (its legend plugin declares them scriptable), though its types do not say so.
 */
const LEGEND = {
  position: 'bottom',
  align: ({ chart }: { chart: Chart }) => (chart.width < NARROW ? 'start' : 'center'),
  labels: {
    boxWidth: ({ chart }: { chart: Chart }) => (chart.width < NARROW ? 12 : 40),
    padding: ({ chart }: { chart: Chart }) => (chart.width < NARROW ? 6 : 10),
    font: ({ chart }: { chart: Chart }) => legendFont(chart),
  },
} as unknown as LegendOptions;

/** Pounds for the axis; the data stay exact pence, and every label is formatted from pence. */
const pounds = (pence: readonly number[]) => pence.map((p) => p / 100);

export function drawFundingCharts(root: Document): Chart[] {
  const source = root.getElementById('funding-data');
  if (!source?.textContent) return [];
  const data = JSON.parse(source.textContent) as FundingChartData;
  const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  // Only the duration is changed: replacing chart.js's whole animation defaults left the tooltip's
  // animations without their easing function, and hovering a bar threw "this._fn is not a function".
  if (reduceMotion) Chart.defaults.animation = false;
  else if (Chart.defaults.animation) Chart.defaults.animation.duration = GROW_MS;
  Chart.defaults.font.family = getComputedStyle(root.body).fontFamily;
  Chart.defaults.font.size = 13;
  Chart.defaults.color = TEXT;
  Chart.defaults.maintainAspectRatio = false;

  const charts: Chart[] = [];
  // What each chart was made from, to draw it again for its downloadable image.
  const configs = new Map<HTMLCanvasElement, ChartConfiguration<'bar'>>();
  const make = (element: HTMLCanvasElement, config: ChartConfiguration<'bar'>) => {
    configs.set(element, config);
    return new Chart(element, config);
  };
  // Charts are hidden in the HTML so that, without JavaScript, the page shows its tables only.
  const canvas = (id: string) => {
    const element = root.getElementById(id) as HTMLCanvasElement | null;
    element?.closest('figure')?.removeAttribute('hidden');
    return element;
  };

  const byYear = canvas('chart-by-year');
  if (byYear) {
    charts.push(
      make(byYear, {
        type: 'bar',
        data: {
          labels: data.byPeriod.periods,
          datasets: data.byPeriod.series.map((s) => ({
            label: s.name,
            data: pounds(s.pence),
            backgroundColor: s.colour,
            borderColor: '#ffffff',
            borderWidth: 1,
          })),
        },
        options: {
          scales: axis(true),
          interaction: COLUMN,
          // A year's bar shows every programme in it: a small grant stacked on a large one is too
          // thin to point at alone.
          plugins: { tooltip: { ...tooltip, mode: 'index', filter: (item) => (item.parsed.y ?? 0) !== 0 }, legend: LEGEND },
        },
      }),
    );
  }

  const cumulative = canvas('chart-cumulative');
  if (cumulative) {
    charts.push(
      make(cumulative, {
        type: 'bar',
        data: {
          labels: data.cumulative.labels,
          datasets: [{ label: 'Running total accepted', data: pounds(data.cumulative.pence), backgroundColor: RUNNING }],
        },
        options: { scales: axis(), interaction: COLUMN, plugins: { tooltip, legend: { display: false } } },
      }),
    );
  }

  const perDecision = canvas('chart-per-decision');
  if (perDecision) {
    const chart = make(perDecision, {
      type: 'bar',
      data: {
        labels: [...data.perDecision.labels],
        datasets: [{ label: 'Accepted', data: pounds(data.perDecision.pence), backgroundColor: ACCEPTED }],
      },
      options: { scales: axis(), interaction: COLUMN, plugins: { tooltip, legend: { display: false } } },
    });
    charts.push(chart);
    enablePerDecisionSort(root, data, chart);
  }
  for (const chart of charts) recordDrawnValues(chart);
  enableChartDownloads(root, charts, configs);
  return charts;
}

/**
 * Writes what a chart draws, in pence, onto its canvas (`data-drawn`), so that anyone — and the
 * tests — can check it against the table beside it.
 */
function recordDrawnValues(chart: Chart): void {
  chart.canvas.dataset['drawn'] = JSON.stringify({
    labels: chart.data.labels,
    datasets: chart.data.datasets.map((d) => ({ label: d.label, pence: (d.data as number[]).map((v) => Math.round(v * 100)) })),
  });
}

/** Lets the reader order the per-decision chart and its table by size or by date, together. */
function enablePerDecisionSort(root: Document, data: FundingChartData, chart: Chart): void {
  const button = root.getElementById('per-decision-sort') as HTMLButtonElement | null;
  const body = root.querySelector<HTMLTableSectionElement>('#table-per-decision tbody');
  const caption = root.getElementById('per-decision-caption');
  if (!button || !body) return;
  button.closest<HTMLElement>('.chart-controls')?.removeAttribute('hidden');
  const bySize = data.perDecision.decisionIds.map((_, i) => i);
  const byDate = [...bySize].sort((a, b) => (data.perDecision.dates[a] ?? '').localeCompare(data.perDecision.dates[b] ?? ''));
  button.addEventListener('click', () => {
    const toDate = button.getAttribute('aria-pressed') !== 'true';
    const order = toDate ? byDate : bySize;
    button.setAttribute('aria-pressed', String(toDate));
    chart.data.labels = order.map((i) => data.perDecision.labels[i] ?? '');
    const dataset = chart.data.datasets[0];
    if (dataset) dataset.data = order.map((i) => (data.perDecision.pence[i] ?? 0) / 100);
    chart.update();
    recordDrawnValues(chart);
    const rows = new Map([...body.rows].map((row) => [row.dataset['id'], row]));
    body.append(...order.flatMap((i) => rows.get(data.perDecision.decisionIds[i]) ?? []));
    if (caption) caption.textContent = `Accepted funding per decision, ${toDate ? 'oldest first' : 'largest first'}`;
  });
}
