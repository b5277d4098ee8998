// The strip under the map: marker sizes with their counts, then the approximate-location ring;
// the ring goes to a second row when both do not fit on one.
import { formatNumber } from "@bilat/core";
import type { Shape, TextShape } from "../svg/figure.js";
import { textWidth } from "../text/font-metrics.js";
import type { CountryLocale } from "./country-name.js";
import type { MapInput } from "./map-input.js";
import { APPROXIMATE_MARKER, COLOURS, EXACT_MARKER, LEGEND_FONT } from "./map-style.js";

interface LegendItem {
  width: number;
  height: number;
  draw: (x: number, cy: number) => Shape[];
}

export interface MapLegend {
  height: number;
  draw: (top: number) => Shape[];
}

export function mapLegend(
  labels: MapInput["labels"],
  maxCount: number,
  radius: (count: number) => number,
  hasApproximate: boolean,
  locale: CountryLocale,
  width: number,
): MapLegend {
  const text = (x: number, cy: number, body: string): TextShape => ({
    kind: "text",
    role: "legend",
    x,
    y: cy + LEGEND_FONT * 0.35,
    text: body,
    size: LEGEND_FONT,
    anchor: "start",
    bold: false,
    paint: { fill: COLOURS.text },
  });
  const circle = (cx: number, cy: number, r: number, approximate: boolean): Shape => ({
    kind: "circle",
    role: "legend",
    cx,
    cy,
    r,
    paint: approximate ? APPROXIMATE_MARKER : EXACT_MARKER,
  });
  const items: LegendItem[] = [];

  const samples = [...new Set([1, Math.round(maxCount / 2), maxCount])].filter(
    (v) => v >= 1 && (v === 1 || v === maxCount || maxCount >= 6),
  );
  const titleWidth = textWidth(labels.events, LEGEND_FONT) + 8;
  const values = samples.map((count) => ({ r: radius(count), value: formatNumber(count, locale) }));
  items.push({
    width: values.reduce(
      (w, v) => w + 2 * v.r + 3 + textWidth(v.value, LEGEND_FONT) + 9,
      titleWidth,
    ),
    height: 2 * Math.max(...values.map((v) => v.r)) + 6,
    draw: (x0, cy) => {
      const out: Shape[] = [text(x0, cy, labels.events)];
      let x = x0 + titleWidth;
      for (const { r, value } of values) {
        out.push(circle(x + r, cy, r, false));
        x += 2 * r + 3;
        out.push(text(x, cy, value));
        x += textWidth(value, LEGEND_FONT) + 9;
      }
      return out;
    },
  });
  if (hasApproximate) {
    const r = 5;
    items.push({
      width: 2 * r + 4 + textWidth(labels.approximate, LEGEND_FONT),
      height: 2 * r + 4,
      draw: (x, cy) => [circle(x + r, cy, r, true), text(x + 2 * r + 4, cy, labels.approximate)],
    });
  }

  // Flow the items into rows, 16 apart, starting a row when the next would overflow.
  const rows: { items: LegendItem[]; height: number }[] = [];
  let used = 0;
  for (const item of items) {
    const row = rows[rows.length - 1];
    if (row && used + 16 + item.width <= width - 2) {
      row.items.push(item);
      row.height = Math.max(row.height, item.height);
      used += 16 + item.width;
    } else {
      rows.push({ items: [item], height: Math.max(14, item.height) });
      used = 2 + item.width;
    }
  }
  return {
    height: rows.reduce((h, row) => h + row.height, 4),
    draw: (top) => {
      const out: Shape[] = [];
      let y = top + 4;
      for (const row of rows) {
        let x = 2;
        for (const item of row.items) {
          out.push(...item.draw(x, y + row.height / 2));
          x += item.width + 16;
        }
        y += row.height;
      }
      return out;
    },
  };
}
