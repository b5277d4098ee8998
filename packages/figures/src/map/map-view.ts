// Which places the map shows, and the view fitted to the pair's near parts and those places.
import { type GeoProjection, geoCentroid, geoDistance, geoMercator } from "d3-geo";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import type { FocusCountry } from "./focus-parts.js";
import type { MapPoint } from "./map-input.js";
import type { Bounds } from "./world-atlas.js";

/** A point further than this from the pair's near parts is left off (and listed by the caller). */
export const MAX_DISTANCE_KM = 1500;

export const EARTH_RADIUS_KM = 6371.0088;

export interface MapView {
  projection: GeoProjection;
  width: number;
  /** Height of the map rectangle, the legend strip excluded. */
  height: number;
  /** Lon/lat box of the map rectangle. */
  bounds: Bounds;
}

/**
 * The places to show, and the others, each in input order: a place shows when it lies in the
 * view of the pair alone, or within MAX_DISTANCE_KM of one of the two countries' near parts.
 */
export function splitPlaces(
  points: readonly MapPoint[],
  focus: readonly FocusCountry[],
  pairView: Bounds,
): { shown: MapPoint[]; omitted: MapPoint[] } {
  const shown: MapPoint[] = [];
  const omitted: MapPoint[] = [];
  for (const p of points) {
    const near =
      usable(p) &&
      (inBounds(p, pairView) ||
        focus.some((f) => distanceToBoundsKm(p, f.nearBounds) <= MAX_DISTANCE_KM));
    (near ? shown : omitted).push(p);
  }
  return { shown, omitted };
}

/** Mercator fitted to the near parts and the shown places, with a margin, clipped to the map. */
export function fitView(
  focus: readonly FocusCountry[],
  shown: readonly MapPoint[],
  width: number,
  height: number,
): MapView {
  const pad = Math.max(14, 0.06 * Math.min(width, height));
  const content = collection([...focus.map((f) => f.near), ...shown.map(pointFeature)]);
  // Centred on the content's meridian, so that a pair across 180° (Fiji, Tonga) is not fitted
  // from both edges of the world.
  const [middle = 0] = geoCentroid(content);
  const projection = geoMercator()
    .rotate([-(Number.isFinite(middle) ? middle : 0), 0])
    .fitExtent(
      [
        [pad, pad],
        [width - pad, height - pad],
      ],
      content,
    );
  projection.clipExtent([
    [0, 0],
    [width, height],
  ]);
  const nw = projection.invert?.([0, 0]) ?? [-180, 85];
  const se = projection.invert?.([width, height]) ?? [180, -85];
  // Exact for Mercator, whose meridians and parallels are straight.
  return {
    projection,
    width,
    height,
    bounds: [
      [nw[0], se[1]],
      [se[0], nw[1]],
    ],
  };
}

/** A key naming the view, the same for the same projection and size. */
export function viewKey(view: MapView): string {
  const [tx, ty] = view.projection.translate();
  const [lambda] = view.projection.rotate();
  const round = (x: number) => x.toPrecision(12);
  return [view.projection.scale(), tx, ty, lambda, view.width, view.height].map(round).join(" ");
}

function usable(p: MapPoint): boolean {
  return (
    Number.isFinite(p.lon) &&
    Number.isFinite(p.lat) &&
    Math.abs(p.lon) <= 180 &&
    Math.abs(p.lat) <= 90 &&
    Number.isFinite(p.count)
  );
}

/** Great-circle distance to the nearest edge of a lon/lat box (0 inside); boxes may cross 180°. */
function distanceToBoundsKm(p: MapPoint, [[west, south], [east, north]]: Bounds): number {
  const lat = Math.min(north, Math.max(south, p.lat));
  const inLon = west <= east ? p.lon >= west && p.lon <= east : p.lon >= west || p.lon <= east;
  const gap = (a: number, b: number) => Math.abs(((a - b + 540) % 360) - 180);
  const lon = inLon ? p.lon : gap(p.lon, west) < gap(p.lon, east) ? west : east;
  return geoDistance([p.lon, p.lat], [lon, lat]) * EARTH_RADIUS_KM;
}

function inBounds(p: MapPoint, [[west, south], [east, north]]: Bounds): boolean {
  const inLon = west <= east ? p.lon >= west && p.lon <= east : p.lon >= west || p.lon <= east;
  return inLon && p.lat >= south && p.lat <= north;
}

function collection(features: Feature<Geometry>[]): FeatureCollection<Geometry> {
  return { type: "FeatureCollection", features };
}

function pointFeature(p: MapPoint): Feature<Geometry> {
  return {
    type: "Feature",
    properties: {},
    geometry: { type: "Point", coordinates: [p.lon, p.lat] },
  };
}
