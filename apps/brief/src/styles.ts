import type { StyleDictionary } from "pdfmake/interfaces.js";
import { FONT_FAMILY } from "./fonts.js";

/**
 * A sober palette: dark ink, one navy accent, greys for structure, a muted red for doubt. Text
 * colours reach 4.5:1 on the paper and panels they are set on (WCAG 2.2 AA; tested).
 */
export const COLOURS = {
  ink: "#1B1F24",
  accent: "#1F3A5F",
  muted: "#5B6670",
  rule: "#C9D1D9",
  panel: "#EEF2F6",
  panelEdge: "#1F3A5F",
  disputed: "#9B2C1F",
  tlpBackground: "#000000",
} as const;

/** A4 portrait, in points; margins leave room for the TLP marking above and below the text. */
export const PAGE = {
  size: "A4",
  width: 595.28,
  height: 841.89,
  margins: [56, 70, 56, 64] as [number, number, number, number],
} as const;

/** Width of the text column. */
export const CONTENT_WIDTH = PAGE.width - PAGE.margins[0] - PAGE.margins[2];

/** Sizes in points, so that the hierarchy reads at a glance. */
export const SIZES = {
  body: 9.5,
  small: 8,
  caption: 7.5,
  h1: 12.5,
  h2: 10.5,
  title: 22,
  figure: 14,
  /** FIRST TLP 2.0 asks for 12 pt or larger. */
  tlp: 12,
} as const;

export const DEFAULT_STYLE = {
  font: FONT_FAMILY,
  fontSize: SIZES.body,
  lineHeight: 1.22,
  color: COLOURS.ink,
};

export const STYLES: StyleDictionary = {
  kicker: {
    fontSize: SIZES.small,
    bold: true,
    color: COLOURS.accent,
    characterSpacing: 1.2,
  },
  title: { fontSize: SIZES.title, bold: true, color: COLOURS.accent, lineHeight: 1.1 },
  subtitle: { fontSize: 11.5, color: COLOURS.muted, lineHeight: 1.2 },
  h1: {
    fontSize: SIZES.h1,
    bold: true,
    color: COLOURS.accent,
    margin: [0, 16, 0, 2],
  },
  h2: { fontSize: SIZES.h2, bold: true, color: COLOURS.ink, margin: [0, 10, 0, 3] },
  caption: { fontSize: SIZES.caption, color: COLOURS.muted, characterSpacing: 0.4 },
  small: { fontSize: SIZES.small, color: COLOURS.muted },
  lead: { italics: true, color: COLOURS.ink, margin: [0, 0, 0, 6] },
  cite: { fontSize: SIZES.caption, color: COLOURS.accent },
  date: { fontSize: SIZES.small, bold: true, color: COLOURS.muted },
  disputed: { fontSize: SIZES.caption, bold: true, color: COLOURS.disputed },
  outside: { fontSize: SIZES.caption, italics: true, color: COLOURS.muted },
  figureValue: { fontSize: SIZES.figure, bold: true, color: COLOURS.accent, lineHeight: 1.05 },
  header: { fontSize: SIZES.small, color: COLOURS.muted },
  tlp: { fontSize: SIZES.tlp, bold: true, characterSpacing: 0.5 },
};
