// The map's colours, type sizes and marker styles, shared by the map and its legend.
import type { Paint } from "../svg/figure.js";

/** The map's colours (exported for the contrast tests). */
export const COLOURS = {
  sea: "#DCE8F0",
  land: "#EEEDE9",
  landBorder: "#B3B3B3",
  focus: "#F3E2BF",
  focusBorder: "#555555",
  frame: "#8C8C8C",
  marker: "#B2182B",
  halo: "#FFFFFF",
  text: "#1E1E1E",
  focusName: "#3C3C3C",
  /** Dark enough to read on land, sea and the pair's fill (4.5:1, WCAG 2.2 text). */
  neighbourName: "#5E5E5E",
} as const;

export const LAND: Paint = {
  fill: COLOURS.land,
  stroke: COLOURS.landBorder,
  "stroke-width": 0.5,
  "stroke-linejoin": "round",
};

export const FOCUS: Paint = {
  fill: COLOURS.focus,
  stroke: COLOURS.focusBorder,
  "stroke-width": 0.9,
  "stroke-linejoin": "round",
};

/** A place whose location is known. Attribute numbers keep one decimal. */
export const EXACT_MARKER: Paint = {
  fill: COLOURS.marker,
  "fill-opacity": 0.9,
  stroke: COLOURS.halo,
  "stroke-width": 0.8,
};

/** Hollow and dashed: the place is somewhere about here. A pale fill keeps it visible on land. */
export const APPROXIMATE_MARKER: Paint = {
  fill: COLOURS.halo,
  "fill-opacity": 0.6,
  stroke: COLOURS.marker,
  "stroke-width": 1.2,
  "stroke-dasharray": "2.2 1.6",
};

export const POINT_FONT = 8;
export const FOCUS_FONTS = [10, 9, 8];
export const NEIGHBOUR_FONTS = [7.5, 6.5];
export const LEGEND_FONT = 8;
export const SCALE_FONT = 7;
export const MIN_RADIUS = 2.5;
export const MAX_RADIUS = 9;
