/**
 * Where a chart has painted its words: each axis tick label and legend item, as a box in the
 * chart's CSS pixels, computed the way chart.js draws them (a tick label is drawn at a point,
 * turned by its rotation; a legend item is its colour box and its text). The funding charts
 * write these onto their canvas, so a test can check at 360 px that no label runs off the edge.
 */
import type { Chart, Scale } from 'chart.js';

export interface DrawnLabel {
  text: string;
  /** left, top, right, bottom */
  box: [number, number, number, number];
}

/** A tick label as chart.js lays it out (Scale#getLabelItems, which its types do not declare). */
interface LabelItem {
  label: string | string[];
  font: { string: string; lineHeight: number };
  textOffset: number;
  options: { translation: [number, number]; rotation: number; textAlign: string; textBaseline: string };
}

const round = (n: number) => Math.round(n * 10) / 10;

function tickLabels(chart: Chart, scale: Scale): DrawnLabel[] {
  const items = (scale as unknown as { getLabelItems(): LabelItem[] }).getLabelItems();
  const { ctx } = chart;
  ctx.save();
  const labels = items.map((item): DrawnLabel => {
    const lines = Array.isArray(item.label) ? item.label : [item.label];
    ctx.font = item.font.string;
    const width = Math.max(...lines.map((line) => ctx.measureText(line).width));
    const lineHeight = item.font.lineHeight;
    const { translation, rotation, textAlign, textBaseline } = item.options;
    const left = textAlign === 'right' || textAlign === 'end' ? -width : textAlign === 'center' ? -width / 2 : 0;
    const first = item.textOffset;
    const top = textBaseline === 'top' ? first : textBaseline === 'bottom' ? first - lineHeight : first - lineHeight / 2;
    const bottom = top + lines.length * lineHeight;
    const corners = [
      [left, top],
      [left + width, top],
      [left, bottom],
      [left + width, bottom],
    ].map(([x = 0, y = 0]) => [
      translation[0] + x * Math.cos(rotation) - y * Math.sin(rotation),
      translation[1] + x * Math.sin(rotation) + y * Math.cos(rotation),
    ]);
    const xs = corners.map((c) => c[0] ?? 0);
    const ys = corners.map((c) => c[1] ?? 0);
    return { text: lines.join(' '), box: [round(Math.min(...xs)), round(Math.min(...ys)), round(Math.max(...xs)), round(Math.max(...ys))] };
  });
  ctx.restore();
  return labels;
}

function legendLabels(chart: Chart): DrawnLabel[] {
  const legend = chart.legend as (Chart['legend'] & { legendHitBoxes?: { left: number; top: number; width: number; height: number }[] }) | undefined;
  if (!legend || chart.options.plugins?.legend?.display === false) return [];
  return (legend.legendItems ?? []).map((item, i) => {
    const box = legend.legendHitBoxes?.[i] ?? { left: 0, top: 0, width: 0, height: 0 };
    return { text: item.text, box: [round(box.left), round(box.top), round(box.left + box.width), round(box.top + box.height)] };
  });
}

/** Every tick label and legend item the chart has painted, with its box. */
export function drawnLabels(chart: Chart): DrawnLabel[] {
  return [...Object.values(chart.scales).flatMap((scale) => tickLabels(chart, scale)), ...legendLabels(chart)];
}
