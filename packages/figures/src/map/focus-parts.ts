// The pair's countries, each reduced to its parts near the pair: a far-off territory (French
// Guiana or Réunion for France) must not stretch the map from Dakar to the Indian Ocean.
import { geoArea, geoBounds } from "d3-geo";
import type { Feature, Geometry, MultiPolygon, Polygon, Position } from "geojson";
import { alpha3ToNumeric } from "./country-name.js";
import { type Bounds, type Country, countryFeature, worldAtlas } from "./world-atlas.js";

/** A part is near the pair when it lies this close to a part already kept. */
export const NEAR_KM = 500;

const KM_PER_DEGREE = 111.195;

export interface FocusCountry {
  country: Country;
  /** The whole outline, as drawn. */
  feature: Feature<Geometry>;
  /** The parts near the pair, which the map is fitted to. */
  near: Feature<MultiPolygon>;
  /** Lon/lat box of `near`. */
  nearBounds: Bounds;
}

/** The pair's countries by alpha-3 code, duplicates dropped, in the given order. */
export function focusCountries(codes: readonly string[]): FocusCountry[] {
  if (codes.length === 0) throw new RangeError("a map needs at least one focus country");
  const { countries } = worldAtlas();
  const found = [...new Set(codes.map((c) => c.toUpperCase()))].map((code) => {
    const numeric = alpha3ToNumeric(code);
    const country = numeric && countries.find((c) => c.numeric === numeric);
    if (!country) throw new RangeError(`no outline for country code ${JSON.stringify(code)}`);
    return country;
  });
  const parts = found.map((country) => polygons(countryFeature(country)));
  const kept = nearParts(parts);
  return found.map((country, i) => {
    const near: Feature<MultiPolygon> = {
      type: "Feature",
      properties: {},
      geometry: { type: "MultiPolygon", coordinates: (kept[i] ?? []).map((p) => p.rings) },
    };
    return { country, feature: countryFeature(country), near, nearBounds: geoBounds(near) };
  });
}

interface Part {
  rings: Position[][];
  bounds: Bounds;
  area: number;
}

function polygons(feature: Feature<Geometry>): Part[] {
  const g = feature.geometry;
  const list =
    g.type === "Polygon" ? [g.coordinates] : g.type === "MultiPolygon" ? g.coordinates : [];
  return list.map((rings) => {
    const polygon: Polygon = { type: "Polygon", coordinates: rings };
    return { rings, bounds: geoBounds(polygon), area: geoArea(polygon) };
  });
}

/**
 * The parts within NEAR_KM of either country's largest part: an archipelago's islands around its
 * main one, a territory next to the partner (Mayotte for France–Madagascar), but not a chain of
 * islands leading far away (Svalbard by way of Bear Island).
 */
function nearParts(countries: Part[][]): Part[][] {
  const cores = countries.flatMap((parts) => {
    const largest = parts.reduce<Part | undefined>(
      (a, b) => (a && a.area >= b.area ? a : b),
      undefined,
    );
    return largest ? [largest] : [];
  });
  // Input order, so that the outline and the output stay stable.
  return countries.map((parts) =>
    parts.filter((p) => cores.some((core) => boxGapKm(core.bounds, p.bounds) <= NEAR_KM)),
  );
}

/** Rough distance between two lon/lat boxes (0 when they meet), enough to tell near from far. */
export function boxGapKm(a: Bounds, b: Bounds): number {
  const span = (x: Bounds): [number, number] =>
    x[0][0] <= x[1][0] ? [x[0][0], x[1][0]] : [-180, 180];
  const [aw, ae] = span(a);
  const [bw, be] = span(b);
  const lonGap = Math.max(0, aw - be, bw - ae);
  const dLon = Math.min(lonGap, 360 - (Math.max(ae, be) - Math.min(aw, bw)));
  const dLat = Math.max(0, a[0][1] - b[1][1], b[0][1] - a[1][1]);
  // Longitude degrees shrink towards the poles: measure them at the latitude nearest the equator.
  const lat = Math.min(...[a[0][1], a[1][1], b[0][1], b[1][1]].map(Math.abs));
  return Math.hypot(dLat, Math.max(0, dLon) * Math.cos((lat * Math.PI) / 180)) * KM_PER_DEGREE;
}
