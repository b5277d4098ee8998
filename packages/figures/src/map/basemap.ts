// The land under a map: only the countries in its view, simplified to what the view can show
// (topojson-simplify, so that neighbours keep a common border) and clipped to its rectangle
// (d3-geo). Prepared once per view and process, so its cost follows the view, not the data.
import { geoPath, geoStream } from "d3-geo";
import { polygonContains } from "d3-polygon";
import type { Feature, Geometry } from "geojson";
import { feature } from "topojson-client";
import { presimplify, simplify } from "topojson-simplify";
import type { Topology } from "topojson-specification";
import { type MapView, viewKey } from "./map-view.js";
import { type Bounds, type Country, lonLatArc, worldAtlas } from "./world-atlas.js";

export interface BasemapCountry {
  country: Country;
  /** SVG path of its outline, clipped to the map. */
  d: string;
  /** Box of that path, in map points. */
  box: [[number, number], [number, number]];
  /** Area of that path, in square points. */
  area: number;
  centroid: [number, number];
  /** Rings of the clipped outline in map points, for telling which country a spot lies in. */
  rings: [number, number][][];
}

export interface Basemap {
  /** Countries that show in the view, in atlas order. */
  countries: BasemapCountry[];
}

/** Outlines are snapped to a grid this fine, in points... */
const GRID_PT = 0.25;
/** ...then points that change them by less than this area (in square points) are dropped. */
const MIN_AREA_PT2 = 0.3;
/** Views kept per process: enough for a batch of briefs over a few pairs. */
const CACHE_SIZE = 32;

const cache = new Map<string, Basemap>();
// quantize and presimplify walk every arc: arcs out of view stand in as this.
const PLACEHOLDER = [
  [0, 0],
  [0, 0],
];

/** The basemap of a view, from this process's cache when the same view was drawn before. */
export function basemapFor(view: MapView): Basemap {
  const key = viewKey(view);
  const hit = cache.get(key);
  if (hit) return hit;
  const basemap = prepare(view);
  cache.set(key, basemap);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  return basemap;
}

function prepare(view: MapView): Basemap {
  const { topology, countries } = worldAtlas();
  const inView = countries.filter((c) => boundsMeet(c.bounds, grown(view.bounds, 1)));
  const used = new Set(inView.flatMap((c) => c.arcs));
  // Degrees to points at the view's edge furthest from the equator (Mercator enlarges there),
  // so that the coarsening below stays under GRID_PT everywhere in view.
  const [[, south], [, north]] = view.bounds;
  const furthest = Math.min(85, Math.max(Math.abs(south), Math.abs(north)));
  const pointsPerDegree =
    (view.projection.scale() * Math.PI) / 180 / Math.cos((furthest * Math.PI) / 180);
  // Snapping to a grid finer than the view shows drops most points at once (a border is one arc
  // for both its countries, so it stays shared); Visvalingam's weights (topojson-simplify) then
  // remove the points that change no visible area.
  const grid = GRID_PT / pointsPerDegree;
  const arcs = topology.arcs.map((_, i) => (used.has(i) ? snap(lonLatArc(i), grid) : PLACEHOLDER));
  type Input = Parameters<typeof presimplify>[0];
  const snapped = { type: "Topology", objects: topology.objects, arcs } as unknown as Input;
  const reduced = simplify(
    presimplify(snapped),
    MIN_AREA_PT2 / pointsPerDegree ** 2,
  ) as unknown as Topology;
  const path = geoPath(view.projection).digits(1);
  const geometries = topology.objects.countries.geometries;
  const out: BasemapCountry[] = [];
  for (const country of inView) {
    const geometry = geometries[country.index];
    if (!geometry) continue;
    const outline = feature(reduced, geometry) as Feature<Geometry>;
    const d = path(outline);
    if (!d) continue;
    out.push({
      country,
      d,
      box: path.bounds(outline),
      area: path.area(outline),
      centroid: path.centroid(outline),
      rings: projectedRings(outline, view),
    });
  }
  return { countries: out };
}

/** The outline as drawn: projected and clipped to the map, ring by ring. */
function projectedRings(outline: Feature<Geometry>, view: MapView): [number, number][][] {
  const rings: [number, number][][] = [];
  let ring: [number, number][] = [];
  geoStream(
    outline,
    view.projection.stream({
      point: (x, y) => void ring.push([x, y]),
      lineStart: () => void (ring = []),
      lineEnd: () => void (ring.length > 2 && rings.push(ring)),
      polygonStart: () => {},
      polygonEnd: () => {},
      sphere: () => {},
    }),
  );
  return rings;
}

/** Whether a point of the map lies inside a country as drawn (even-odd, so holes are out). */
export function covers(country: BasemapCountry, x: number, y: number): boolean {
  const [[x0, y0], [x1, y1]] = country.box;
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  let inside = false;
  for (const ring of country.rings) if (polygonContains(ring, [x, y])) inside = !inside;
  return inside;
}

/** An arc with its points on a grid of `step` degrees, repeats dropped, both ends kept. */
function snap(arc: [number, number][], step: number): [number, number][] {
  const out: [number, number][] = [];
  let last = "";
  arc.forEach(([lon, lat], i) => {
    const x = Math.round(lon / step);
    const y = Math.round(lat / step);
    const key = `${x} ${y}`;
    if (key !== last || i === arc.length - 1) out.push([x * step, y * step]);
    last = key;
  });
  if (out.length < 2) out.push(out[0] ?? [0, 0]);
  return out;
}

function grown([[w, s], [e, n]]: Bounds, by: number): Bounds {
  return [
    [w - by, s - by],
    [e + by, n + by],
  ];
}

function boundsMeet([[w, s], [e, n]]: Bounds, [[vw, vs], [ve, vn]]: Bounds): boolean {
  // A view across 180° is rare: test latitudes alone and let the clip do the rest.
  const lonMeet = vw > ve || (w <= ve && e >= vw);
  return lonMeet && s <= vn && n >= vs;
}
