import type { Pillar } from "@bilat/core";

/**
 * Pillar colours from the Okabe–Ito palette: told apart with any common colour-vision deficiency,
 * dark enough to hold on white paper, and no yellow (it fades in print). Neighbours in the stack
 * (security over diplomatic over economic...) alternate light and dark.
 */
export const PILLAR_COLOURS: Readonly<Record<Pillar, string>> = {
  security: "#D55E00",
  diplomatic: "#0072B2",
  economic: "#E69F00",
  environmental: "#009E73",
  humanitarian: "#CC79A7",
};
