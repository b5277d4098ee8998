// The chart's legend: a colour square and a name per pillar, in as many columns as fit the width.
import type { Shape } from "../svg/figure.js";
import { textWidth } from "../text/font-metrics.js";

export const LEGEND_FONT = 8;
const SYMBOL = 8.4;
const SYMBOL_GAP = 4;
const COLUMN_GAP = 14;
// Room for a wider fallback font where Roboto is not installed (a code host's image viewer).
const FALLBACK_SLACK = 1.15;
const ROW_GAP = 4;

export interface LegendEntry {
  label: string;
  colour: string;
}

export interface ChartLegend {
  width: number;
  height: number;
  draw: (x: number, y: number) => Shape[];
}

/** Entries in rows, left to right, with the most columns that fit `width` (one at least). */
export function chartLegend(
  entries: readonly LegendEntry[],
  width: number,
  textColour: string,
): ChartLegend {
  const entryWidth = (e: LegendEntry) =>
    SYMBOL + SYMBOL_GAP + textWidth(e.label, LEGEND_FONT) * FALLBACK_SLACK;
  const columnWidths = (columns: number) =>
    Array.from({ length: columns }, (_, c) =>
      Math.max(0, ...entries.filter((_, i) => i % columns === c).map(entryWidth)),
    );
  const total = (widths: number[]) =>
    widths.reduce((a, b) => a + b, 0) + (widths.length - 1) * COLUMN_GAP;
  let columns = Math.max(1, entries.length);
  while (columns > 1 && total(columnWidths(columns)) > width) columns--;
  const widths = columnWidths(columns);
  const rows = Math.ceil(entries.length / columns);
  const rowHeight = Math.max(SYMBOL, LEGEND_FONT);
  return {
    width: entries.length === 0 ? 0 : total(widths),
    height: rows === 0 ? 0 : rows * rowHeight + (rows - 1) * ROW_GAP,
    draw: (x0, y0) =>
      entries.flatMap((entry, i): Shape[] => {
        const column = i % columns;
        const x = x0 + widths.slice(0, column).reduce((a, w) => a + w + COLUMN_GAP, 0);
        const y = y0 + Math.floor(i / columns) * (rowHeight + ROW_GAP);
        return [
          {
            kind: "rect",
            role: "legend",
            x,
            y,
            width: SYMBOL,
            height: SYMBOL,
            paint: { fill: entry.colour },
          },
          {
            kind: "text",
            role: "legend",
            x: x + SYMBOL + SYMBOL_GAP,
            y: y + SYMBOL / 2 + LEGEND_FONT * 0.35,
            text: entry.label,
            size: LEGEND_FONT,
            anchor: "start",
            bold: false,
            paint: { fill: textColour },
          },
        ];
      }),
  };
}
