// Country outlines of the 1:50m world atlas (Natural Earth via world-atlas, public domain), read
// once per process and kept as a topology: shapes are converted only when a map needs them.
import { createRequire } from "node:module";
import type { Feature, Geometry } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import { numericToAlpha3 } from "./country-name.js";

/** [[west, south], [east, north]] in degrees. */
export type Bounds = [[number, number], [number, number]];

export interface Country {
  /** Position in the atlas. */
  index: number;
  /** ISO 3166-1 numeric code as world-atlas spells it ("686"), or "" for the few unnamed shapes. */
  numeric: string;
  /** ISO 3166-1 alpha-3, or "" when the shape has no ISO code (Kosovo, Somaliland...). */
  alpha3: string;
  /** Lon/lat box of its outline; a shape split at 180° (Russia, Fiji) spans every longitude. */
  bounds: Bounds;
  /** Indexes of the atlas arcs its outline is made of. */
  arcs: number[];
}

export interface WorldAtlas {
  topology: Topology<{ countries: GeometryCollection }>;
  countries: Country[];
}

// JSON is read through require: an import of a 3.7 MB file would make tsc infer a type for all of it.
const require = createRequire(import.meta.url);
let atlas: WorldAtlas | undefined;
let arcUsers: number[][] | undefined;
const decoded: [number, number][][] = [];
const features = new Map<number, Feature<Geometry>>();

/** The atlas and the box of each country, from its arcs (no spherical geometry, so it is cheap). */
export function worldAtlas(): WorldAtlas {
  if (atlas) return atlas;
  const topology = require("world-atlas/countries-50m.json") as WorldAtlas["topology"];
  const arcBounds = topology.arcs.map((arc) => decodedBounds(arc, topology));
  const countries = topology.objects.countries.geometries.map((geometry, index): Country => {
    const arcs = [...new Set(arcIndexes(geometry as { arcs?: unknown }))];
    const bounds: Bounds = [
      [180, 90],
      [-180, -90],
    ];
    for (const i of arcs) {
      const b = arcBounds[i];
      if (!b) continue;
      bounds[0] = [Math.min(bounds[0][0], b[0][0]), Math.min(bounds[0][1], b[0][1])];
      bounds[1] = [Math.max(bounds[1][0], b[1][0]), Math.max(bounds[1][1], b[1][1])];
    }
    const numeric = geometry.id === undefined ? "" : String(geometry.id);
    return { index, numeric, alpha3: numericToAlpha3(numeric), bounds, arcs };
  });
  atlas = { topology, countries };
  return atlas;
}

/** The full-resolution outline of one country, converted once. */
export function countryFeature(country: Country): Feature<Geometry> {
  let found = features.get(country.index);
  if (!found) {
    const { topology } = worldAtlas();
    const geometry = topology.objects.countries.geometries[country.index];
    if (!geometry) throw new RangeError(`no country at atlas position ${country.index}`);
    found = feature(topology, geometry) as Feature<Geometry>;
    features.set(country.index, found);
  }
  return found;
}

/** Countries sharing a land border with `country`: in a topology, they share an arc. */
export function borderingCountries(country: Country): Country[] {
  const { countries } = worldAtlas();
  if (!arcUsers) {
    arcUsers = [];
    for (const c of countries) for (const i of c.arcs) (arcUsers[i] ??= []).push(c.index);
  }
  const users = arcUsers;
  const found = new Set(country.arcs.flatMap((i) => users[i] ?? []));
  found.delete(country.index);
  return [...found].sort((a, b) => a - b).map((i) => countries[i] as Country);
}

/**
 * One atlas arc in lon/lat (the file stores arcs quantized and delta-encoded), decoded when a
 * map first needs it: a view uses a few hundred of the atlas's arcs.
 */
export function lonLatArc(index: number): [number, number][] {
  let found = decoded[index];
  if (found) return found;
  const { topology } = worldAtlas();
  const t = topology.transform;
  let x = 0;
  let y = 0;
  found = (topology.arcs[index] ?? []).map(([dx = 0, dy = 0]): [number, number] => {
    if (!t) return [dx, dy];
    x += dx;
    y += dy;
    return [x * t.scale[0] + t.translate[0], y * t.scale[1] + t.translate[1]];
  });
  decoded[index] = found;
  return found;
}

/** Arc indexes of a Polygon or MultiPolygon, a reversed arc (~i) counted as arc i. */
function arcIndexes(geometry: { arcs?: unknown }): number[] {
  const flat = (value: unknown): number[] =>
    Array.isArray(value) ? value.flatMap(flat) : typeof value === "number" ? [value] : [];
  return flat(geometry.arcs).map((i) => (i < 0 ? ~i : i));
}

/** Lon/lat box of one arc of a quantized, delta-encoded topology. */
function decodedBounds(arc: number[][], topology: WorldAtlas["topology"]): Bounds {
  const t = topology.transform;
  let x = 0;
  let y = 0;
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [dx = 0, dy = 0] of arc) {
    x += dx;
    y += dy;
    const lon = t ? x * t.scale[0] + t.translate[0] : dx;
    const lat = t ? y * t.scale[1] + t.translate[1] : dy;
    w = Math.min(w, lon);
    e = Math.max(e, lon);
    s = Math.min(s, lat);
    n = Math.max(n, lat);
  }
  return [
    [w, s],
    [e, n],
  ];
}
