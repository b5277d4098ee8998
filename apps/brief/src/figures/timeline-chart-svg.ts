// Events over time by pillar: a stacked bar chart laid out by vega-lite, drawn by vega to SVG
// without a browser or canvas, for pdfmake to embed.

import type { ChartLocale } from "@bilat/core";
import { parse, View } from "vega";
import { type Config, compile, type TopLevelSpec } from "vega-lite";
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

const FONT = "Roboto, Helvetica, Arial, sans-serif";
const FALLBACK_COLOUR = "#8C8C8C";
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const YEAR = /^\d{4}$/;
// Room a month label needs (widest: "févr." at 8 pt) and the y axis takes, in points.
const LABEL_ROOM = 26;
const Y_AXIS_ROOM = 30;
const LEGEND_FONT_SIZE = 8;
const LEGEND_SYMBOL = 8.4; // side of a square of area 70 (symbolSize)
const LEGEND_COLUMN_PADDING = 6;

/**
 * SVG of a stacked bar chart, one bar per period from the first to the last (empty periods
 * included, so gaps show), stacked by pillar in the order of `pillarColours`.
 */
export async function renderTimelineChartSvg(input: ChartInput): Promise<string> {
  const { width, height } = input;
  if (!(width > 0 && height > 0 && Number.isFinite(width) && Number.isFinite(height))) {
    throw new RangeError(`chart size must be positive, got ${width}×${height}`);
  }
  const periods = allPeriods(input.buckets.map((b) => b.period));
  const pillars = pillarOrder(input);
  // Own keys only: a pillar named like an Object.prototype member must not pick that up.
  const label = (pillar: string) =>
    Object.hasOwn(input.pillarLabels, pillar) ? String(input.pillarLabels[pillar]) : pillar;
  const rank = new Map(pillars.map((p, i) => [p, i]));
  const values = input.buckets
    .filter((b) => Number.isFinite(b.count) && b.count > 0)
    .map((b) => ({
      period: b.period,
      pillar: label(b.pillar),
      rank: rank.get(b.pillar) ?? 0,
      count: b.count,
    }));

  const spec: TopLevelSpec = {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    width,
    height,
    autosize: { type: "fit", contains: "padding" },
    padding: { left: 2, right: 6, top: 4, bottom: 2 },
    background: "white",
    ...(input.title ? { title: input.title } : {}),
    data: { values },
    mark: { type: "bar", stroke: "white", strokeWidth: 0.5 },
    encoding: {
      x: {
        field: "period",
        type: "ordinal",
        scale: { domain: periods, paddingInner: 0.2, paddingOuter: 0.1 },
        axis: {
          title: null,
          labelAngle: 0,
          labelExpr: periodLabelExpr(periods, width),
          ticks: false,
        },
      },
      y: {
        aggregate: "sum",
        field: "count",
        type: "quantitative",
        // Nice to the same count as the ticks, so the top bar ends under a labelled gridline.
        scale: { zero: true, nice: 5 },
        axis: { title: null, format: ",d", tickMinStep: 1, tickCount: 5 },
      },
      color: {
        field: "pillar",
        type: "nominal",
        scale: {
          domain: pillars.map(label),
          range: pillars.map((p) =>
            Object.hasOwn(input.pillarColours, p)
              ? String(input.pillarColours[p])
              : fallbackColour(p),
          ),
        },
        legend: {
          title: null,
          orient: "bottom",
          direction: "horizontal",
          columns: legendColumns(pillars.map(label), width),
        },
      },
      // First pillar at the bottom of each bar, as listed first in the legend.
      order: { field: "rank", type: "quantitative", sort: "ascending" },
    },
    config: chartConfig(input.locale),
  };

  const view = new View(parse(compile(spec).spec), { renderer: "none" });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/** Every month (or year) from the earliest to the latest period given. */
function allPeriods(given: string[]): string[] {
  if (given.length === 0) return [];
  const monthly = given.every((p) => MONTH.test(p));
  if (!monthly && !given.every((p) => YEAR.test(p))) {
    const bad = given.find((p) => !MONTH.test(p) && !YEAR.test(p)) ?? given[0];
    throw new RangeError(
      bad !== undefined && (MONTH.test(bad) || YEAR.test(bad))
        ? "chart periods mix months and years"
        : `chart period ${JSON.stringify(bad)} is neither YYYY-MM nor YYYY`,
    );
  }
  // Months counted from year 0 (or years) make the range a simple integer loop.
  const index = (p: string) =>
    monthly ? Number(p.slice(0, 4)) * 12 + Number(p.slice(5, 7)) - 1 : Number(p);
  const indexes = given.map(index);
  const first = Math.min(...indexes);
  const last = Math.max(...indexes);
  const out: string[] = [];
  for (let i = first; i <= last; i++) {
    out.push(
      monthly ? `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}` : String(i),
    );
  }
  return out;
}

/** Pillars with events, in the order of `pillarColours`, then any others alphabetically. */
function pillarOrder(input: ChartInput): string[] {
  const present = new Set(
    input.buckets.filter((b) => Number.isFinite(b.count) && b.count > 0).map((b) => b.pillar),
  );
  const known = Object.keys(input.pillarColours).filter((p) => present.has(p));
  const others = [...present].filter((p) => !Object.hasOwn(input.pillarColours, p)).sort();
  return [...known, ...others];
}

/**
 * As many legend columns as fit the width, so that a narrow chart wraps its legend instead of
 * cutting it off. Widths follow vega's own estimate without a canvas (0.8 em a character), which
 * is what its layout uses.
 */
function legendColumns(labels: string[], width: number): number {
  const entry = (text: string) =>
    LEGEND_SYMBOL + 4 + Math.floor(0.8 * text.length * LEGEND_FONT_SIZE);
  for (let columns = labels.length; columns > 1; columns--) {
    let total = (columns - 1) * LEGEND_COLUMN_PADDING;
    for (let c = 0; c < columns; c++) {
      total += Math.max(0, ...labels.filter((_, i) => i % columns === c).map(entry));
    }
    if (total <= width - 8) return columns;
  }
  return 1;
}

function fallbackColour(pillar: string): string {
  return Object.hasOwn(PILLAR_COLOURS, pillar)
    ? PILLAR_COLOURS[pillar as keyof typeof PILLAR_COLOURS]
    : FALLBACK_COLOUR;
}

/**
 * Period labels, thinned so that they never collide: every month when there is room, else every
 * 2nd, 3rd, 4th or 6th month on calendar boundaries, named through vega's time format (so in the
 * chart's language), the year on a second line under January and under the first label; past
 * that, the year alone every 1, 2, 5 or 10 years. Yearly buckets thin the same way.
 */
function periodLabelExpr(periods: string[], width: number): string {
  const first = periods[0];
  if (first === undefined) return "datum.value";
  const band = (width - Y_AXIS_ROOM) / periods.length;
  const fits = (step: number) => band * step >= LABEL_ROOM;
  const only = (shown: string[], label: string) =>
    `indexof(${JSON.stringify(shown)}, datum.value) < 0 ? '' : ${label}`;
  if (YEAR.test(first)) {
    const step = [1, 2, 5, 10, 20, 50].find(fits) ?? 100;
    return step === 1
      ? "datum.value"
      : only(
          periods.filter((p) => Number(p) % step === 0),
          "datum.value",
        );
  }
  // Months counted from year 0, so that steps fall on calendar boundaries.
  const index = (p: string) => Number(p.slice(0, 4)) * 12 + Number(p.slice(5, 7)) - 1;
  const step = [1, 2, 3, 4, 6, 12, 24, 60, 120].find(fits) ?? 240;
  const shown = periods.filter((p) => index(p) % step === 0);
  const year = "slice(datum.value, 0, 4)";
  if (step >= 12) return only(shown, year);
  const withYear = shown.filter((p, i) => i === 0 || index(p) % 12 === 0);
  const date = "utc(toNumber(slice(datum.value, 0, 4)), toNumber(slice(datum.value, 5, 7)) - 1, 1)";
  const name = `utcFormat(${date}, '%b')`;
  return only(
    shown,
    `indexof(${JSON.stringify(withYear)}, datum.value) < 0 ? ${name} : [${name}, ${year}]`,
  );
}

function chartConfig(locale: ChartLocale): Config {
  const text = { font: FONT, fontSize: 8, color: "#333333" };
  return {
    locale,
    font: FONT,
    view: { stroke: null },
    axis: {
      labelFont: text.font,
      labelFontSize: text.fontSize,
      labelColor: text.color,
      domainColor: "#8C8C8C",
      tickColor: "#8C8C8C",
      gridColor: "#E2E2E2",
      gridWidth: 0.6,
      domainWidth: 0.6,
      labelPadding: 3,
    },
    axisX: { grid: false },
    axisY: { domain: false, ticks: false },
    legend: {
      labelFont: text.font,
      labelFontSize: LEGEND_FONT_SIZE,
      labelColor: text.color,
      symbolType: "square",
      symbolSize: 70,
      symbolStrokeWidth: 0,
      columnPadding: LEGEND_COLUMN_PADDING,
      rowPadding: 4,
      padding: 0,
      offset: 8,
    },
    title: {
      font: FONT,
      fontSize: 10,
      fontWeight: "bold",
      anchor: "start",
      color: "#1E1E1E",
      offset: 8,
    },
  };
}
