// Events over time by pillar, laid out as data: one bar per period from the first to the last
// (empty periods included, so that gaps show), stacked by pillar, a count axis with gridlines,
// period labels thinned to fit, and a legend of the pillars shown.
import type { ChartLocale } from "@bilat/core";
import { formatLocale } from "d3-format";
import { scaleBand, scaleLinear } from "d3-scale";
import type { Figure, Shape, TextShape } from "../svg/figure.js";
import { textWidth } from "../text/font-metrics.js";
import { chartLegend } from "./chart-legend.js";
import { allPeriods, periodLabels } from "./chart-periods.js";
import { PILLAR_COLOURS } from "./pillar-palette.js";

export interface ChartBucket {
  /** "2025-02" (a month) or "2025" (a year); one chart uses one kind. */
  period: string;
  pillar: string;
  count: number;
}

export interface ChartInput {
  buckets: ChartBucket[];
  pillarLabels: Record<string, string>;
  pillarColours: Record<string, string>;
  /** Number and date formatting: the language module's `chart` (d3's locale files). */
  locale: ChartLocale;
  width: number;
  height: number;
  title?: string;
}

const COLOURS = { text: "#333333", title: "#1E1E1E", axis: "#8C8C8C", grid: "#E2E2E2" };
const FALLBACK_COLOUR = "#8C8C8C";
const FONT = 8;
const TITLE_FONT = 10;
const PAD = { left: 2, right: 6, top: 4, bottom: 2 };
const LABEL_PAD = 3;
const LEGEND_OFFSET = 8;
const LINE = FONT * 1.15;

/** Lays out the stacked bar chart in `width` × `height` points, legend and title included. */
export function layoutChart(input: ChartInput): Figure {
  const { width, height } = input;
  if (!(width > 0 && height > 0 && Number.isFinite(width) && Number.isFinite(height))) {
    throw new RangeError(`chart size must be positive, got ${width}×${height}`);
  }
  const counted = input.buckets.filter((b) => Number.isFinite(b.count) && b.count > 0);
  const periods = allPeriods(input.buckets.map((b) => b.period));
  const pillars = pillarOrder(counted, input.pillarColours);
  // Own keys only: a pillar named like an Object.prototype member must not pick that up.
  const own = (table: Record<string, string>, key: string) =>
    Object.hasOwn(table, key) ? String(table[key]) : undefined;
  const label = (p: string) => own(input.pillarLabels, p) ?? p;
  const colour = (p: string) => own(input.pillarColours, p) ?? fallbackColour(p);

  const shapes: Shape[] = [
    { kind: "rect", role: "background", x: 0, y: 0, width, height, paint: { fill: "white" } },
  ];
  const text = (
    role: TextShape["role"],
    x: number,
    y: number,
    body: string,
    anchor: TextShape["anchor"],
  ): TextShape => ({
    kind: "text",
    role,
    x,
    y,
    text: body,
    size: FONT,
    anchor,
    bold: false,
    paint: { fill: COLOURS.text },
  });
  let top = PAD.top;
  if (input.title) {
    top += TITLE_FONT * 0.76;
    shapes.push({
      ...text("title", PAD.left, top, input.title, "start"),
      size: TITLE_FONT,
      bold: true,
      paint: { fill: COLOURS.title },
    });
    top += TITLE_FONT * 0.24 + 8;
  }

  // Totals per period, then a count axis nice to five ticks, whole numbers only.
  const totals = new Map<string, number>();
  for (const b of counted) totals.set(b.period, (totals.get(b.period) ?? 0) + b.count);
  const y = scaleLinear()
    .domain([0, Math.max(1, ...totals.values())])
    .nice(5);
  const ticks = y.ticks(5).filter((t) => Number.isInteger(t));
  const tickLabels = ticks.map(formatLocale(input.locale.number).format(",d"));
  const plotLeft = PAD.left + Math.max(0, ...tickLabels.map((t) => textWidth(t, FONT))) + LABEL_PAD;
  const plotRight = width - PAD.right;

  const legend = chartLegend(
    pillars.map((p) => ({ label: label(p), colour: colour(p) })),
    plotRight - plotLeft,
    COLOURS.text,
  );
  const x = scaleBand()
    .domain(periods)
    .range([plotLeft, plotRight])
    .paddingInner(0.2)
    .paddingOuter(0.1);
  const xLabels = periodLabels(periods, x.step(), input.locale.time.shortMonths, FONT);
  const lines = Math.max(1, ...xLabels.map((l) => l.length));
  const axisBlock = LABEL_PAD + FONT * 0.76 + (lines - 1) * LINE + FONT * 0.24;
  const legendBlock = legend.height > 0 ? LEGEND_OFFSET + legend.height : 0;
  const plotBottom = height - PAD.bottom - legendBlock - axisBlock;
  if (plotBottom - top < 20) throw new RangeError(`chart height ${height} leaves no room for bars`);
  y.range([plotBottom, top + FONT * 0.4]);

  ticks.forEach((t, i) => {
    const at = y(t);
    shapes.push({
      kind: "line",
      role: "grid",
      x1: plotLeft,
      y1: at,
      x2: plotRight,
      y2: at,
      paint: { stroke: COLOURS.grid, "stroke-width": 0.6 },
    });
    shapes.push(
      text("y-label", plotLeft - LABEL_PAD, at + FONT * 0.35, tickLabels[i] ?? "", "end"),
    );
  });
  // First pillar at the bottom of each bar, as listed first in the legend.
  const rank = new Map(pillars.map((p, i) => [p, i]));
  const stacked = [...counted].sort(
    (a, b) =>
      a.period.localeCompare(b.period) || (rank.get(a.pillar) ?? 0) - (rank.get(b.pillar) ?? 0),
  );
  const base = new Map<string, number>();
  for (const b of stacked) {
    const x0 = x(b.period) ?? plotLeft;
    const from = base.get(b.period) ?? 0;
    base.set(b.period, from + b.count);
    shapes.push({
      kind: "rect",
      role: "bar",
      x: x0,
      y: y(from + b.count),
      width: x.bandwidth(),
      height: y(from) - y(from + b.count),
      paint: { fill: colour(b.pillar), stroke: "white", "stroke-width": 0.5 },
    });
  }
  shapes.push({
    kind: "line",
    role: "axis",
    x1: plotLeft,
    y1: plotBottom,
    x2: plotRight,
    y2: plotBottom,
    paint: { stroke: COLOURS.axis, "stroke-width": 0.6 },
  });
  periods.forEach((p, i) => {
    const centre = (x(p) ?? 0) + x.bandwidth() / 2;
    (xLabels[i] ?? []).forEach((line, j) => {
      shapes.push(
        text("x-label", centre, plotBottom + LABEL_PAD + FONT * 0.76 + j * LINE, line, "middle"),
      );
    });
  });
  shapes.push(...legend.draw(plotLeft, plotBottom + axisBlock + LEGEND_OFFSET));
  return { width, height, shapes };
}

/** Pillars with events, in the order of `pillarColours`, then any others alphabetically. */
function pillarOrder(counted: readonly ChartBucket[], colours: Record<string, string>): string[] {
  const present = new Set(counted.map((b) => b.pillar));
  const known = Object.keys(colours).filter((p) => present.has(p));
  const others = [...present].filter((p) => !Object.hasOwn(colours, p)).sort();
  return [...known, ...others];
}

function fallbackColour(pillar: string): string {
  return Object.hasOwn(PILLAR_COLOURS, pillar)
    ? PILLAR_COLOURS[pillar as keyof typeof PILLAR_COLOURS]
    : FALLBACK_COLOUR;
}
