// Names of the places beside their markers, in the usual cartographic order of spots.
import type { TextShape } from "../svg/figure.js";
import { textWidth } from "../text/font-metrics.js";
import { type Anchor, type Box, type LabelSpace, textBox } from "../text/label-space.js";
import type { MapPoint } from "./map-input.js";
import { COLOURS, POINT_FONT } from "./map-style.js";

export interface Marker {
  point: MapPoint;
  x: number;
  y: number;
  r: number;
}

export interface Spot {
  x: number;
  y: number;
  anchor: Anchor;
  box: Box;
}

export function spot(x: number, y: number, w: number, size: number, anchor: Anchor): Spot {
  return { x, y, anchor, box: textBox(x, y, w, size, anchor) };
}

/** A text over the map, with a white outline so that it reads over land, borders and markers. */
export function haloText(
  role: TextShape["role"],
  text: string,
  at: { x: number; y: number; anchor: Anchor },
  size: number,
  fill: string,
  bold = false,
): TextShape {
  return {
    kind: "text",
    role,
    x: at.x,
    y: at.y,
    text,
    size,
    anchor: at.anchor,
    bold,
    halo: COLOURS.halo,
    paint: { fill },
  };
}

/** A name beside each marker where one fits; the places left without are returned. */
export function placeLabels(
  markers: readonly Marker[],
  space: LabelSpace,
): { shapes: TextShape[]; unlabelled: MapPoint[] } {
  const shapes: TextShape[] = [];
  const unlabelled: MapPoint[] = [];
  for (const m of markers) {
    const text = m.point.label;
    const found = space.claim(candidates(m.x, m.y, m.r, textWidth(text, POINT_FONT)));
    if (found) shapes.push(haloText("place-name", text, found, POINT_FONT, COLOURS.text));
    else unlabelled.push(m.point);
  }
  return { shapes, unlabelled };
}

/** Right, left, then the diagonals, then above and below. */
function candidates(x: number, y: number, r: number, w: number): Spot[] {
  // Clear of the marker's square (0.75 r) by more than the space's margin (2).
  const gap = 2.5;
  const d = r * 0.75 + gap;
  const mid = y + POINT_FONT * 0.3;
  return [
    spot(x + r + gap, mid, w, POINT_FONT, "start"),
    spot(x - r - gap, mid, w, POINT_FONT, "end"),
    spot(x + d, y - d, w, POINT_FONT, "start"),
    spot(x + d, y + d + POINT_FONT * 0.7, w, POINT_FONT, "start"),
    spot(x - d, y - d, w, POINT_FONT, "end"),
    spot(x - d, y + d + POINT_FONT * 0.7, w, POINT_FONT, "end"),
    spot(x, y - r - gap - POINT_FONT * 0.25, w, POINT_FONT, "middle"),
    spot(x, y + r + gap + POINT_FONT * 0.76, w, POINT_FONT, "middle"),
  ];
}
