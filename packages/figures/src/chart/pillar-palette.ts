import type { Pillar } from "@bilat/core";

/**
 * Pillar colours from the Okabe–Ito palette: told apart with any common colour-vision deficiency,
 * and each at least 3:1 against white paper (WCAG 2.2, graphics), so black stands in for its
 * orange (2.2:1); no yellow or sky blue (they fade in print). The tests check both.
 */
export const PILLAR_COLOURS: Readonly<Record<Pillar, string>> = {
  security: "#D55E00",
  diplomatic: "#0072B2",
  economic: "#000000",
  environmental: "#009E73",
  humanitarian: "#CC79A7",
};
