// Names of the pair (always drawn) and of the neighbours in view (when there is room). A name
// must sit inside its own country and outside any other shape: this keeps names off borders and
// off overlapping claims (Natural Earth's Morocco overlaps Western Sahara, for instance).
import type { TextShape } from "../svg/figure.js";
import { textWidth } from "../text/font-metrics.js";
import type { Box, LabelSpace } from "../text/label-space.js";
import { type BasemapCountry, covers } from "./basemap.js";
import { type CountryLocale, countryName } from "./country-name.js";
import { COLOURS, FOCUS_FONTS, NEIGHBOUR_FONTS } from "./map-style.js";
import { haloText, type Spot, spot } from "./place-labels.js";
import { borderingCountries } from "./world-atlas.js";

export interface CountryNamer {
  focus: () => TextShape[];
  neighbours: () => TextShape[];
  /** Names of the pair that had to go over markers, drawn last. */
  overMarkers: () => TextShape[];
  /**
   * 0: the pair's names sit clear inside their outlines; 1: one straddles a border; 2: one is
   * drawn over markers; 3: one is drawn over other names.
   */
  crowding: () => number;
}

export function countryNamer(
  focus: readonly BasemapCountry[],
  neighbours: readonly BasemapCountry[],
  locale: CountryLocale,
  space: LabelSpace,
): CountryNamer {
  const shapes = [...focus, ...neighbours];
  const within = (c: BasemapCountry, box: Box) =>
    boxSamples(box).every(
      ([x, y]) => covers(c, x, y) && !shapes.some((s) => s !== c && covers(s, x, y)),
    );

  const out: TextShape[] = [];
  const over: TextShape[] = [];
  let crowding = 0;
  const plain = (
    name: string,
    at: Spot,
    size: number,
    colour: string,
    bold: boolean,
  ): TextShape => ({
    kind: "text",
    role: "country-name",
    x: at.x,
    y: at.y,
    text: name,
    size,
    anchor: "middle",
    bold,
    paint: { fill: colour },
  });
  const place = (c: BasemapCountry, sizes: number[], colour: string, required: boolean) => {
    const name = countryName(c.country.alpha3, locale).toLocaleUpperCase(locale);
    const [cx, cy] = c.centroid;
    if (!Number.isFinite(cx) || !Number.isFinite(cy)) return;
    // Smaller type before giving up: a small country still gets its name inside its outline.
    for (const size of sizes) {
      const w = textWidth(name, size, required);
      // A sliver of a neighbour at the edge is not worth a name.
      if (!required && c.area < 8 * w * size) continue;
      // Cheap collision test first: the inside test projects back and walks the outlines.
      const chosen = space.claim(labelGrid(cx, cy + size * 0.35, w, size), (s) => within(c, s.box));
      if (chosen) return void out.push(plain(name, chosen, size, colour, required));
    }
    if (!required) return;
    // The pair is always named, by the first of these that works, in ever smaller type:
    // straddling its border (centre inside); above markers with an outline, inside, then
    // straddling; at the centroid whatever it covers.
    const grids = sizes.map((size) => ({
      size,
      candidates: labelGrid(cx, cy + size * 0.35, textWidth(name, size, true), size),
    }));
    const centreInside = (s: Spot) =>
      covers(c, (s.box.x0 + s.box.x1) / 2, (s.box.y0 + s.box.y1) / 2);
    crowding = Math.max(crowding, 1);
    for (const { size, candidates } of grids) {
      const free = space.claim(candidates, centreInside);
      if (free) return void out.push(plain(name, free, size, colour, required));
    }
    const overMarkers = (test: (s: Spot) => boolean) => {
      for (const { size, candidates } of grids) {
        const found = candidates.find((s) => space.isFree(s.box, true) && test(s));
        if (found) return { size, spot: found };
      }
      return undefined;
    };
    crowding = Math.max(crowding, 2);
    let chosen = overMarkers((s) => within(c, s.box)) ?? overMarkers(centreInside);
    if (!chosen) {
      crowding = 3;
      const first = grids[0];
      const spot0 = first?.candidates[0];
      if (!first || !spot0) return;
      chosen = { size: first.size, spot: spot0 };
    }
    space.occupy(chosen.spot.box);
    over.push(haloText("country-name", name, chosen.spot, chosen.size, colour, true));
  };
  return {
    focus: () => {
      for (const c of focus) place(c, FOCUS_FONTS, COLOURS.focusName, true);
      return out.splice(0);
    },
    neighbours: () => {
      // Only countries bordering the pair are named (larger first): enough to orient the
      // reader, and it keeps names off the far, sometimes disputed, shapes at the edges.
      const bordering = new Set(focus.flatMap((c) => borderingCountries(c.country)));
      const byArea = neighbours
        .filter((c) => c.country.alpha3 !== "" && bordering.has(c.country))
        .sort((a, b) => b.area - a.area || (a.country.alpha3 < b.country.alpha3 ? -1 : 1));
      for (const c of byArea) place(c, NEIGHBOUR_FONTS, COLOURS.neighbourName, false);
      return out.splice(0);
    },
    overMarkers: () => over,
    crowding: () => crowding,
  };
}

/** Spots around a centroid, nearest first, for a centred one-line name. */
function labelGrid(cx: number, baseline: number, w: number, size: number): Spot[] {
  const offsets: [number, number][] = [];
  for (let dy = -12; dy <= 12; dy++) {
    for (let dx = -4; dx <= 4; dx++) offsets.push([dx * w * 0.2, dy * size * 0.6]);
  }
  offsets.sort((a, b) => Math.hypot(...a) - Math.hypot(...b) || a[1] - b[1] || a[0] - b[0]);
  return offsets.map(([dx, dy]) => spot(cx + dx, baseline + dy, w, size, "middle"));
}

/** Corners, edge midpoints and centre of a box, pulled in a little so a name may touch a border. */
function boxSamples(box: Box): [number, number][] {
  const x0 = box.x0 + 1;
  const x1 = box.x1 - 1;
  const y0 = box.y0 + 1;
  const y1 = box.y1 - 1;
  const xm = (x0 + x1) / 2;
  const ym = (y0 + y1) / 2;
  return [
    [x0, y0],
    [xm, y0],
    [x1, y0],
    [x0, y1],
    [xm, y1],
    [x1, y1],
    [x0, ym],
    [xm, ym],
    [x1, ym],
  ];
}
