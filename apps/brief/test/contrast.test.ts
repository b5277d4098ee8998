import { TLP_COLOURS } from "@bilat/core";
import { MAP_COLOURS, PILLAR_COLOURS } from "@bilat/figures";
import {
  type Color,
  differenceCiede2000,
  filterDeficiencyDeuter,
  filterDeficiencyProt,
  parse,
  wcagContrast,
} from "culori";
import { describe, expect, it } from "vitest";
import { COLOURS } from "../src/styles.js";

/** WCAG 2.2 AA: 4.5:1 for text, 3:1 for the graphics a reader needs (bars, markers). */
const TEXT = 4.5;
const GRAPHICS = 3;
const WHITE = "#FFFFFF";

describe("contrast (WCAG 2.2 AA)", () => {
  it.each([
    ["ink", COLOURS.ink],
    ["accent", COLOURS.accent],
    ["muted", COLOURS.muted],
    ["disputed", COLOURS.disputed],
  ])("%s text reads on the paper and on the judgment panels", (_, colour) => {
    expect(wcagContrast(colour, WHITE)).toBeGreaterThanOrEqual(TEXT);
    expect(wcagContrast(colour, COLOURS.panel)).toBeGreaterThanOrEqual(TEXT);
  });

  it.each(Object.entries(TLP_COLOURS))("%s reads on its black box", (_, colour) => {
    expect(wcagContrast(colour, COLOURS.tlpBackground)).toBeGreaterThanOrEqual(TEXT);
  });

  it.each(Object.entries(PILLAR_COLOURS))(
    "the %s pillar's bars stand out on white",
    (_, colour) => {
      expect(wcagContrast(colour, WHITE)).toBeGreaterThanOrEqual(GRAPHICS);
    },
  );

  it.each([MAP_COLOURS.land, MAP_COLOURS.focus, MAP_COLOURS.sea])(
    "map markers and names stand out on %s",
    (ground) => {
      expect(wcagContrast(MAP_COLOURS.marker, ground)).toBeGreaterThanOrEqual(GRAPHICS);
      for (const text of [MAP_COLOURS.text, MAP_COLOURS.focusName, MAP_COLOURS.neighbourName])
        expect(wcagContrast(text, ground)).toBeGreaterThanOrEqual(TEXT);
    },
  );
});

describe("the pillar palette for colour-blind readers", () => {
  const difference = differenceCiede2000();
  /** Colour differences (CIEDE2000) of every pair of pillar colours, as a reader sees them. */
  const smallestDifference = (see: (colour: Color) => Color) => {
    const colours = Object.values(PILLAR_COLOURS).map((c) => see(parse(c) as Color));
    let smallest = Number.POSITIVE_INFINITY;
    for (const [i, a] of colours.entries())
      for (const b of colours.slice(i + 1)) smallest = Math.min(smallest, difference(a, b));
    return smallest;
  };

  it.each([
    ["normal vision", (c: Color) => c],
    ["deuteranopia", filterDeficiencyDeuter(1)],
    ["protanopia", filterDeficiencyProt(1)],
  ])("keeps every two pillars apart with %s", (_, see) => {
    // A difference of 10 is plainly visible side by side (2.3 is the threshold of notice).
    expect(smallestDifference(see)).toBeGreaterThan(10);
  });
});
