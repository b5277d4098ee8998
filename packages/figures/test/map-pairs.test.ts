// Maps of pairs other than the shipped one, on the real atlas: neighbours, far apart, islands.
import { describe, expect, it } from "vitest";
import { basemapFor } from "../src/map/basemap.js";
import { focusCountries } from "../src/map/focus-parts.js";
import { layoutMap } from "../src/map/layout-map.js";
import type { MapInput, MapPoint } from "../src/map/map-input.js";
import { fitView } from "../src/map/map-view.js";
import type { Bounds } from "../src/map/world-atlas.js";

const place = (id: string, lon: number, lat: number): MapPoint => ({
  id,
  label: id,
  lon,
  lat,
  approximate: false,
  count: 1,
});

function pairMap(focus: string[], points: MapPoint[]) {
  const input: MapInput = {
    focus,
    points,
    width: 483,
    height: 290,
    labels: { approximate: "Approximate location", events: "Events" },
  };
  return layoutMap(input);
}

/** Whether a lon/lat box lies wholly inside the view (which may cross 180°). */
function contains(view: Bounds, [[w, s], [e, n]]: Bounds): boolean {
  const [[vw, vs], [ve, vn]] = view;
  const lon = (x: number) => (vw <= ve ? x >= vw && x <= ve : x >= vw || x <= ve);
  return lon(w) && lon(e) && s >= vs && n <= vn;
}

/** Whether two lon/lat boxes (the view possibly across 180°) share any point. */
function meets(view: Bounds, [[w, s], [e, n]]: Bounds): boolean {
  const [[vw, vs], [ve, vn]] = view;
  const lonMeet = vw <= ve ? w <= ve && e >= vw : e >= vw || w <= ve;
  return lonMeet && s <= vn && n >= vs;
}

const FRENCH_GUIANA: Bounds = [
  [-54.6, 2.1],
  [-51.6, 5.8],
];
const REUNION: Bounds = [
  [55.2, -21.4],
  [55.9, -20.9],
];
const MAINLAND_FRANCE: Bounds = [
  [-4.8, 42.3],
  [8.2, 51.1],
];

describe("maps for any pair", () => {
  it("fits Senegal–France to the two countries, not to France's far-off territories", () => {
    const map = pairMap(
      ["SEN", "FRA"],
      [place("Dakar", -17.45, 14.69), place("Paris", 2.35, 48.86), place("Cayenne", -52.33, 4.94)],
    );
    expect(meets(map.view, FRENCH_GUIANA)).toBe(false);
    expect(meets(map.view, REUNION)).toBe(false);
    expect(contains(map.view, MAINLAND_FRANCE)).toBe(true);
    const senegal = focusCountries(["SEN"])[0]!.nearBounds;
    expect(contains(map.view, senegal)).toBe(true);
    // A place in French Guiana is far from the pair's map: listed, not drawn.
    expect(map.omitted.map((p) => p.id)).toEqual(["Cayenne"]);
    const markers = map.shapes.filter((s) => s.kind === "circle" && s.role === "marker");
    expect(markers.map((m) => (m.kind === "circle" ? m.place : ""))).toEqual(["Dakar", "Paris"]);
  });

  it("keeps France's parts near the pair: Corsica, and Mayotte next to Madagascar", () => {
    const [france] = focusCountries(["FRA", "SEN"]);
    const [[w, s], [e, n]] = france!.nearBounds;
    expect([w, s, e, n].map(Math.round)).toEqual([-5, 41, 10, 51]);
    const withMadagascar = focusCountries(["FRA", "MDG"])[0]!.nearBounds;
    // Mayotte (45.1° E, 12.8° S) is 300 km from Madagascar; Réunion lies further.
    expect(withMadagascar[0][1]).toBeLessThan(-12.5);
    expect(withMadagascar[1][0]).toBeLessThan(50);
  });

  it("shows the whole of two neighbours, Senegal and Mali", () => {
    const map = pairMap(["SEN", "MLI"], [place("Bamako", -8, 12.64)]);
    for (const f of focusCountries(["SEN", "MLI"])) {
      expect(contains(map.view, f.country.bounds)).toBe(true);
    }
    const focus = map.shapes.filter((s) => s.kind === "path" && s.role === "focus");
    expect(focus.map((p) => (p.kind === "path" ? p.country : ""))).toEqual(["SEN", "MLI"]);
  });

  it("shows every island of Cape Verde next to Senegal", () => {
    const map = pairMap(
      ["CPV", "SEN"],
      [place("Praia", -23.51, 14.93), place("Dakar", -17.45, 14.69)],
    );
    const [capeVerde] = focusCountries(["CPV"]);
    expect(contains(map.view, capeVerde!.country.bounds)).toBe(true);
    expect(map.omitted).toEqual([]);
  });

  it("fits an island pair across 180°, Fiji and Tonga, without spanning the world", () => {
    const map = pairMap(
      ["FJI", "TON"],
      [place("Suva", 178.44, -18.14), place("Nukualofa", -175.2, -21.13)],
    );
    const [[w], [e]] = map.view;
    expect(w).toBeGreaterThan(e);
    expect(360 - (w - e)).toBeLessThan(40);
    expect(map.omitted).toEqual([]);
    const countries = map.shapes.flatMap((s) =>
      s.kind === "path" && s.role === "focus" ? [s.country] : [],
    );
    expect(new Set(countries)).toEqual(new Set(["FJI", "TON"]));
  });

  it("prepares a view's basemap once per process, holding only the land in view", () => {
    const focus = focusCountries(["SEN", "MLI"]);
    const first = basemapFor(fitView(focus, [], 483, 260));
    expect(basemapFor(fitView(focus, [], 483, 260))).toBe(first);
    expect(basemapFor(fitView(focus, [], 483, 250))).not.toBe(first);
    const codes = first.countries.map((c) => c.country.alpha3);
    expect(codes).toEqual(expect.arrayContaining(["SEN", "MLI", "MRT", "GIN", "GMB"]));
    expect(codes).not.toContain("AUS");
    expect(codes).not.toContain("FRA");
  });
});
