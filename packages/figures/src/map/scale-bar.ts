// A scale bar in the lower left, measured at its own latitude (Mercator's scale varies).
import { formatNumber } from "@bilat/core";
import { geoDistance } from "d3-geo";
import type { LineShape, Shape } from "../svg/figure.js";
import { textWidth } from "../text/font-metrics.js";
import type { LabelSpace } from "../text/label-space.js";
import type { CountryLocale } from "./country-name.js";
import { COLOURS, SCALE_FONT } from "./map-style.js";
import { EARTH_RADIUS_KM } from "./map-view.js";
import { haloText } from "./place-labels.js";

const NICE_KM = [10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000];

export function scaleBar(
  invert: (p: [number, number]) => [number, number] | null,
  width: number,
  mapHeight: number,
  locale: CountryLocale,
  space: LabelSpace,
): Shape[] {
  const x = 10;
  const y = mapHeight - 10;
  const a = invert([x, y]);
  const b = invert([x + 100, y]);
  if (!a || !b) return [];
  const kmPer100 = geoDistance(a, b) * EARTH_RADIUS_KM;
  const maxLength = Math.min(120, width * 0.22);
  const km = [...NICE_KM].reverse().find((k) => (k / kmPer100) * 100 <= maxLength);
  if (!km) return [];
  const length = (km / kmPer100) * 100;
  const label = `${formatNumber(km, locale)}\u00a0km`;
  space.occupy({
    x0: x - 2,
    y0: y - SCALE_FONT - 6,
    x1: x + Math.max(length, textWidth(label, SCALE_FONT)) + 4,
    y1: y + 3,
  });
  const line = (
    x1: number,
    y1: number,
    x2: number,
    y2: number,
    stroke: string,
    w: number,
  ): LineShape => ({
    kind: "line",
    role: "scale-bar",
    x1,
    y1,
    x2,
    y2,
    paint: { stroke, "stroke-width": w, "stroke-linecap": "square" },
  });
  return [
    line(x, y, x + length, y, COLOURS.halo, 3.2),
    line(x, y, x + length, y, COLOURS.text, 1),
    line(x, y - 3, x, y, COLOURS.text, 1),
    line(x + length, y - 3, x + length, y, COLOURS.text, 1),
    { ...haloText("scale-bar", label, { x, y: y - 5, anchor: "start" }, SCALE_FONT, COLOURS.text) },
  ];
}
