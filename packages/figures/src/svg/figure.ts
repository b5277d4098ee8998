// A laid-out figure as data: placed shapes and labels in drawing order, in points. Layouts
// produce it, tests read it, and `writeSvg` turns it into markup.
import type { Anchor } from "../text/label-space.js";

/** SVG presentation attributes (fill, stroke, stroke-width...), written in the given order. */
export type Paint = Readonly<Record<string, string | number | undefined>>;

/** What a shape stands for, so that tests and readers can find it without parsing markup. */
export type Role =
  | "background"
  | "frame"
  | "land"
  | "focus"
  | "marker"
  | "place-name"
  | "country-name"
  | "scale-bar"
  | "title"
  | "legend"
  | "bar"
  | "grid"
  | "axis"
  | "x-label"
  | "y-label";

interface Placed {
  role: Role;
  paint: Paint;
}

export interface RectShape extends Placed {
  kind: "rect";
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PathShape extends Placed {
  kind: "path";
  d: string;
  /** For paths of countries: the ISO 3166-1 alpha-3 code, "" for shapes without one. */
  country?: string;
}

export interface CircleShape extends Placed {
  kind: "circle";
  cx: number;
  cy: number;
  r: number;
  /** For markers: the id of the place drawn. */
  place?: string;
}

export interface LineShape extends Placed {
  kind: "line";
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface TextShape extends Placed {
  kind: "text";
  x: number;
  /** Baseline. */
  y: number;
  text: string;
  size: number;
  anchor: Anchor;
  bold: boolean;
  /** Colour of an outline drawn under the text so that it reads over shapes, if any. */
  halo?: string;
}

export type Shape = RectShape | PathShape | CircleShape | LineShape | TextShape;

export interface Figure {
  width: number;
  height: number;
  shapes: Shape[];
}

/** Type in a figure: Roboto where it is installed (the PDF embeds it), else any sans-serif. */
export const FONT_FAMILY = "Roboto, Helvetica, Arial, sans-serif";
