// Locator map of the places involved, as a plain SVG that pdfmake (svg-to-pdfkit) can draw:
// only rect, path, circle, line and text, with explicit sizes and colours (no CSS, no clip paths).

import { formatNumber } from "@bilat/core";
import { geoBounds, geoContains, geoDistance, geoMercator, geoPath } from "d3-geo";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import { type Anchor, type Box, LabelSpace, textBox, textWidth } from "./label-placement.js";
import { attrs, escapeXml, num } from "./svg-markup.js";
import {
  alpha3ToNumeric,
  type Country,
  type CountryLocale,
  countryName,
  worldCountries,
} from "./world-countries.js";

export interface MapPoint {
  id: string;
  label: string;
  lon: number;
  lat: number;
  /** The place is only roughly known (geo precision 2 or 3): drawn as a dashed ring. */
  approximate: boolean;
  /** Events at this place; sets the marker's area. */
  count: number;
}

export interface MapInput {
  /** ISO 3166-1 alpha-3 codes of the pair, e.g. ["SEN", "MLI"]. */
  focus: string[];
  points: MapPoint[];
  width: number;
  height: number;
  /** Legend texts, localised by the caller. */
  labels: { approximate: string; events: string };
  /** Language of the country names drawn on the map; English when absent. */
  locale?: CountryLocale;
}

export interface MapRender {
  svg: string;
  /** Points left off the map, in input order: too far from the pair or without usable coordinates. */
  omitted: MapPoint[];
  /** Points drawn without a name because no free spot was left for it. */
  unlabelled: MapPoint[];
}

/** A point further than this from the pair's bounding box is left off (and listed by the caller). */
export const MAX_DISTANCE_KM = 1500;

const EARTH_RADIUS_KM = 6371.0088;
const FONT = "Roboto, Helvetica, Arial, sans-serif";
/** The map's colours (exported for the contrast tests). */
export const MAP_COLOURS = {
  sea: "#DCE8F0",
  land: "#EEEDE9",
  landBorder: "#B3B3B3",
  focus: "#F3E2BF",
  focusBorder: "#555555",
  frame: "#8C8C8C",
  marker: "#B2182B",
  halo: "#FFFFFF",
  text: "#1E1E1E",
  focusName: "#3C3C3C",
  /** Dark enough to read on land, sea and the pair's fill (4.5:1, WCAG 2.2 text). */
  neighbourName: "#5E5E5E",
};
// Marker styles, shared by the map and its legend. Attribute numbers keep one decimal.
const EXACT_MARKER = {
  fill: MAP_COLOURS.marker,
  "fill-opacity": 0.9,
  stroke: MAP_COLOURS.halo,
  "stroke-width": 0.8,
};
// Hollow and dashed: the place is somewhere about here. A pale fill keeps it visible on land.
const APPROXIMATE_MARKER = {
  fill: MAP_COLOURS.halo,
  "fill-opacity": 0.6,
  stroke: MAP_COLOURS.marker,
  "stroke-width": 1.2,
  "stroke-dasharray": "2.2 1.6",
};
const POINT_FONT = 8;
const FOCUS_FONT = 10;
const NEIGHBOUR_FONT = 7.5;
const LEGEND_FONT = 8;
const MIN_RADIUS = 2.5;
const MAX_RADIUS = 9;

/** Draw the focus countries, their neighbours and the places; far places are returned, not drawn. */
export function renderMapSvg(input: MapInput): MapRender {
  const { width, height } = input;
  if (!(width > 0 && height > 0 && Number.isFinite(width) && Number.isFinite(height))) {
    throw new RangeError(`map size must be positive, got ${width}×${height}`);
  }
  const locale = input.locale ?? "en";
  const countries = worldCountries();
  const focus = focusCountries(input.focus, countries);
  const focusBounds = geoBounds(collection(focus.map((c) => c.feature)));

  const omitted: MapPoint[] = [];
  const shown: MapPoint[] = [];
  for (const p of input.points) {
    if (usable(p) && distanceToBoundsKm(p, focusBounds) <= MAX_DISTANCE_KM) shown.push(p);
    else omitted.push(p);
  }
  // Big markers first so that small ones stay visible on top; id breaks ties for stable output.
  shown.sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  const maxCount = Math.max(1, ...shown.map((p) => p.count));
  const radius = (count: number) =>
    Math.max(MIN_RADIUS, MAX_RADIUS * Math.sqrt(Math.max(0, count) / maxCount));
  const hasApproximate = shown.some((p) => p.approximate);
  const legend =
    shown.length > 0
      ? legendLayout(input.labels, maxCount, radius, hasApproximate, locale, width)
      : undefined;
  const mapHeight = height - (legend?.height ?? 0);
  if (mapHeight < 60) throw new RangeError(`map height ${height} leaves no room under the legend`);

  const pad = Math.max(14, 0.06 * Math.min(width, mapHeight));
  const projection = geoMercator().fitExtent(
    [
      [pad, pad],
      [width - pad, mapHeight - pad],
    ],
    collection([...focus.map((c) => c.feature), ...shown.map((p) => pointFeature(p))]),
  );
  projection.clipExtent([
    [0, 0],
    [width, mapHeight],
  ]);
  const path = geoPath(projection).digits(1);

  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg"${attrs({ width, height, viewBox: `0 0 ${num(width)} ${num(height)}` })}>`,
  );
  out.push(`<rect${attrs({ x: 0, y: 0, width, height: mapHeight, fill: MAP_COLOURS.sea })}/>`);

  const focusIds = new Set(focus);
  const neighbours: Country[] = [];
  const view = viewBounds(projection.invert?.bind(projection), width, mapHeight);
  for (const country of countries) {
    if (focusIds.has(country)) continue;
    // Projecting and clipping every shape of the world is most of the cost: skip far ones.
    if (view && !boundsMeet(country.bounds, view)) continue;
    const d = path(country.feature);
    if (!d) continue;
    neighbours.push(country);
    out.push(
      `<path${attrs({ d, fill: MAP_COLOURS.land, stroke: MAP_COLOURS.landBorder, "stroke-width": 0.5, "stroke-linejoin": "round" })}/>`,
    );
  }
  for (const country of focus) {
    const d = path(country.feature);
    if (!d) continue;
    out.push(
      `<path${attrs({ d, fill: MAP_COLOURS.focus, stroke: MAP_COLOURS.focusBorder, "stroke-width": 0.9, "stroke-linejoin": "round" })}/>`,
    );
  }

  const space = new LabelSpace({ x0: 4, y0: 4, x1: width - 4, y1: mapHeight - 4 });
  const markers: Marker[] = shown.map((p) => {
    const [x, y] = projection([p.lon, p.lat]) ?? [0, 0];
    const r = radius(p.count);
    // Markers are obstacles for every label, their own included. The square is a little
    // smaller than the circle so that labels may sit in its corners, diagonally.
    const half = r * 0.75;
    space.occupy({ x0: x - half, y0: y - half, x1: x + half, y1: y + half }, true);
    return { point: p, x, y, r };
  });
  const invert: Invert = (p) => projection.invert?.(p) ?? null;
  out.push(...scaleBar(invert, width, mapHeight, locale, space));

  // Places are named first and the pair fits around them; when that leaves the pair no room
  // inside its outlines, the pair is named first instead and the places make do.
  const label = (pairFirst: boolean) => {
    const attempt = space.clone();
    const names = countryNamer(focus, neighbours, path, invert, locale, attempt);
    const focusNames = pairFirst ? names.focus() : [];
    const points = pointLabels(markers, attempt);
    if (!pairFirst) focusNames.push(...names.focus());
    return { names, focusNames, ...points };
  };
  let labels = label(false);
  if (labels.names.crowding() > 0) {
    const pairFirst = label(true);
    const worse = pairFirst.names.crowding() - labels.names.crowding();
    if (worse < 0 || (worse === 0 && pairFirst.unlabelled.length < labels.unlabelled.length)) {
      labels = pairFirst;
    }
  }
  const { names, focusNames, unlabelled } = labels;
  out.push(...names.neighbours(), ...focusNames);

  for (const m of markers) {
    out.push(
      m.point.approximate
        ? `<circle${attrs({ cx: m.x, cy: m.y, r: m.r, ...APPROXIMATE_MARKER })}/>`
        : `<circle${attrs({ cx: m.x, cy: m.y, r: m.r, ...EXACT_MARKER })}/>`,
    );
  }
  out.push(...names.overMarkers(), ...labels.svg);
  out.push(
    `<rect${attrs({ x: 0.3, y: 0.3, width: width - 0.6, height: mapHeight - 0.6, fill: "none", stroke: MAP_COLOURS.frame, "stroke-width": 0.6 })}/>`,
  );
  if (legend) out.push(...legend.draw(mapHeight));
  out.push("</svg>");
  return { svg: out.join(""), omitted, unlabelled };
}

interface Marker {
  point: MapPoint;
  x: number;
  y: number;
  r: number;
}

/** A name beside each marker where one fits; the places left without are returned. */
function pointLabels(
  markers: Marker[],
  space: LabelSpace,
): { svg: string[]; unlabelled: MapPoint[] } {
  const svg: string[] = [];
  const unlabelled: MapPoint[] = [];
  for (const m of markers) {
    const text = m.point.label;
    const spot = space.claim(pointLabelCandidates(m.x, m.y, m.r, textWidth(text, POINT_FONT)));
    if (spot) svg.push(haloText(text, spot.x, spot.y, spot.anchor, POINT_FONT, MAP_COLOURS.text));
    else unlabelled.push(m.point);
  }
  return { svg, unlabelled };
}

function focusCountries(codes: string[], countries: Country[]): Country[] {
  if (codes.length === 0) throw new RangeError("a map needs at least one focus country");
  return [...new Set(codes.map((c) => c.toUpperCase()))].map((code) => {
    const numeric = alpha3ToNumeric(code);
    const found = numeric && countries.find((c) => c.numeric === numeric);
    if (!found) throw new RangeError(`no outline for country code ${JSON.stringify(code)}`);
    return found;
  });
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
function distanceToBoundsKm(
  p: MapPoint,
  [[west, south], [east, north]]: [[number, number], [number, number]],
): number {
  const lat = Math.min(north, Math.max(south, p.lat));
  const inLon = west <= east ? p.lon >= west && p.lon <= east : p.lon >= west || p.lon <= east;
  const gap = (a: number, b: number) => Math.abs(((a - b + 540) % 360) - 180);
  const lon = inLon ? p.lon : gap(p.lon, west) < gap(p.lon, east) ? west : east;
  return geoDistance([p.lon, p.lat], [lon, lat]) * EARTH_RADIUS_KM;
}

type Bounds = [[number, number], [number, number]];

/** Lon/lat bounds of the map rectangle (exact for Mercator, whose meridians are straight). */
function viewBounds(
  invert: ((p: [number, number]) => [number, number] | null) | undefined,
  width: number,
  height: number,
): Bounds | undefined {
  const nw = invert?.([0, 0]);
  const se = invert?.([width, height]);
  if (!nw || !se || nw[0] > se[0]) return undefined;
  return [
    [nw[0], se[1]],
    [se[0], nw[1]],
  ];
}

function boundsMeet([[w, s], [e, n]]: Bounds, [[vw, vs], [ve, vn]]: Bounds): boolean {
  if (w > e) return true; // crosses 180°: rare, just draw it
  return w <= ve && e >= vw && s <= vn && n >= vs;
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

interface Spot {
  x: number;
  y: number;
  anchor: Anchor;
  box: Box;
}

function spot(x: number, y: number, w: number, size: number, anchor: Anchor): Spot {
  return { x, y, anchor, box: textBox(x, y, w, size, anchor) };
}

/** Right, left, then the diagonals, then above and below: the usual cartographic order. */
function pointLabelCandidates(x: number, y: number, r: number, w: number): Spot[] {
  // Clear of the marker's square (0.75 r) by more than the space's margin (2).
  const gap = 2.5;
  const d = r * 0.75 + gap;
  const mid = y + POINT_FONT * 0.3;
  return [
    spot(x + r + gap, mid, w, POINT_FONT, "start"),
    spot(x - r - gap, mid, w, POINT_FONT, "end"),
    spot(x + d, y - d, w, POINT_FONT, "start"),
    spot(x + d, y + d + POINT_FONT * 0.7, w, POINT_FONT, "start"),
    spot(x - d, y - d, w, POINT_FONT, "end"),
    spot(x - d, y + d + POINT_FONT * 0.7, w, POINT_FONT, "end"),
    spot(x, y - r - gap - POINT_FONT * 0.25, w, POINT_FONT, "middle"),
    spot(x, y + r + gap + POINT_FONT * 0.76, w, POINT_FONT, "middle"),
  ];
}

/** Text with a white outline underneath, drawn as two texts (svg-to-pdfkit has no paint-order). */
function haloText(
  text: string,
  x: number,
  y: number,
  anchor: Anchor,
  size: number,
  fill: string,
  bold = false,
): string {
  const common = {
    x,
    y,
    "font-family": FONT,
    "font-size": size,
    "font-weight": bold ? "bold" : undefined,
    "text-anchor": anchor,
  };
  const body = escapeXml(text);
  return (
    `<text${attrs({ ...common, fill: "none", stroke: MAP_COLOURS.halo, "stroke-width": 2.4, "stroke-linejoin": "round" })}>${body}</text>` +
    `<text${attrs({ ...common, fill })}>${body}</text>`
  );
}

type Path = ReturnType<typeof geoPath>;
type Invert = (p: [number, number]) => [number, number] | null;

/**
 * Names of the pair (always drawn) and of the neighbours in view (when there is room). A name
 * must sit inside its own country and outside any other shape: this keeps names off borders and
 * off overlapping claims (Natural Earth's Morocco overlaps Western Sahara, for instance).
 */
function countryNamer(
  focus: Country[],
  neighbours: Country[],
  path: Path,
  invert: Invert,
  locale: CountryLocale,
  space: LabelSpace,
): {
  focus: () => string[];
  neighbours: () => string[];
  overMarkers: () => string[];
  crowding: () => number;
} {
  const shapes = [...focus, ...neighbours].map((country) => ({
    country,
    bounds: path.bounds(country.feature),
  }));
  const covers = (country: Country, x: number, y: number) => {
    const lonLat = invert([x, y]);
    return lonLat !== null && geoContains(country.feature, lonLat);
  };
  const within = (country: Country, box: Box) =>
    boxSamples(box).every(
      ([x, y]) =>
        covers(country, x, y) &&
        !shapes.some(
          (s) =>
            s.country !== country &&
            x >= s.bounds[0][0] &&
            x <= s.bounds[1][0] &&
            y >= s.bounds[0][1] &&
            y <= s.bounds[1][1] &&
            covers(s.country, x, y),
        ),
    );

  const out: string[] = [];
  // No letter-spacing: svg-to-pdfkit then places each glyph apart and PDF readers split words.
  const draw = (name: string, at: Spot, size: number, colour: string, bold: boolean) =>
    out.push(
      `<text${attrs({ x: at.x, y: at.y, "font-family": FONT, "font-size": size, "font-weight": bold ? "bold" : undefined, "text-anchor": "middle", fill: colour })}>${escapeXml(name)}</text>`,
    );
  const place = (country: Country, sizes: number[], colour: string, required: boolean) => {
    const name = countryName(country.alpha3, locale).toLocaleUpperCase(locale);
    const [cx, cy] = path.centroid(country.feature);
    if (!Number.isFinite(cx) || !Number.isFinite(cy)) return;
    // Smaller type before giving up: a small country still gets its name inside its outline.
    for (const size of sizes) {
      const w = textWidth(name, size, required);
      // A sliver of a neighbour at the edge is not worth a name.
      if (!required && path.area(country.feature) < 8 * w * size) continue;
      const candidates = labelGrid(cx, cy + size * 0.35, w, size);
      // Cheap collision test first: the inside test projects back and walks the outlines.
      const chosen = space.claim(candidates, (c) => within(country, c.box));
      if (chosen) return draw(name, chosen, size, colour, required);
    }
    if (!required) return;
    // The pair is always named, by the first of these that works, in ever smaller type:
    // straddling its border (centre inside); above markers with an outline, inside, then
    // straddling; at the centroid whatever it covers.
    const grids = sizes.map((size) => ({
      size,
      candidates: labelGrid(cx, cy + size * 0.35, textWidth(name, size, true), size),
    }));
    const centreInside = (c: Spot) =>
      covers(country, (c.box.x0 + c.box.x1) / 2, (c.box.y0 + c.box.y1) / 2);
    crowding = Math.max(crowding, 1);
    for (const { size, candidates } of grids) {
      const free = space.claim(candidates, centreInside);
      if (free) return draw(name, free, size, colour, required);
    }
    const overMarkers = (test: (c: Spot) => boolean) => {
      for (const { size, candidates } of grids) {
        const found = candidates.find((c) => space.isFree(c.box, true) && test(c));
        if (found) return { size, spot: found };
      }
      return undefined;
    };
    crowding = Math.max(crowding, 2);
    let chosen = overMarkers((c) => within(country, c.box)) ?? overMarkers(centreInside);
    if (!chosen) {
      crowding = 3;
      const first = grids[0];
      const spot0 = first?.candidates[0];
      if (!first || !spot0) return;
      chosen = { size: first.size, spot: spot0 };
    }
    space.occupy(chosen.spot.box);
    over.push(haloText(name, chosen.spot.x, chosen.spot.y, "middle", chosen.size, colour, true));
  };
  const over: string[] = [];
  let crowding = 0;
  return {
    focus: () => {
      for (const country of focus) place(country, [FOCUS_FONT, 9, 8], MAP_COLOURS.focusName, true);
      return out.splice(0);
    },
    neighbours: () => {
      // Only countries bordering the pair are named (larger first): enough to orient the
      // reader, and it keeps names off the far, sometimes disputed, shapes at the edges.
      const all = worldCountries();
      const bordering = new Set(focus.flatMap((c) => c.bordering.map((i) => all[i])));
      const byArea = neighbours
        .filter((c) => c.alpha3 !== "" && bordering.has(c))
        .map((country) => ({ country, area: path.area(country.feature) }))
        .sort((a, b) => b.area - a.area || (a.country.alpha3 < b.country.alpha3 ? -1 : 1));
      for (const n of byArea)
        place(n.country, [NEIGHBOUR_FONT, 6.5], MAP_COLOURS.neighbourName, false);
      return out.splice(0);
    },
    overMarkers: () => over,
    /**
     * 0: the pair's names sit clear inside their outlines; 1: one straddles a border; 2: one
     * is drawn over markers; 3: one is drawn over other names.
     */
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

const NICE_KM = [10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000];

/** A scale bar in the lower left, measured at its own latitude (Mercator scale varies). */
function scaleBar(
  invert: Invert,
  width: number,
  mapHeight: number,
  locale: CountryLocale,
  space: LabelSpace,
): string[] {
  const x = 10;
  const y = mapHeight - 10;
  const a = invert([x, y]);
  const b = invert([x + 100, y]);
  if (!a || !b) return [];
  const kmPer100 = geoDistance(a, b) * EARTH_RADIUS_KM;
  const maxLength = Math.min(120, width * 0.22);
  const km = [...NICE_KM].reverse().find((k) => (k / kmPer100) * 100 <= maxLength);
  if (!km) return [];
  const length = (km / kmPer100) * 100;
  const label = `${formatNumber(km, locale)}\u00a0km`;
  const size = 7;
  space.occupy({
    x0: x - 2,
    y0: y - size - 6,
    x1: x + Math.max(length, textWidth(label, size)) + 4,
    y1: y + 3,
  });
  const line = (x1: number, y1: number, x2: number, y2: number, stroke: string, w: number) =>
    `<line${attrs({ x1, y1, x2, y2, stroke, "stroke-width": w, "stroke-linecap": "square" })}/>`;
  return [
    line(x, y, x + length, y, MAP_COLOURS.halo, 3.2),
    line(x, y, x + length, y, MAP_COLOURS.text, 1),
    line(x, y - 3, x, y, MAP_COLOURS.text, 1),
    line(x + length, y - 3, x + length, y, MAP_COLOURS.text, 1),
    haloText(label, x, y - 5, "start", size, MAP_COLOURS.text),
  ];
}

interface LegendItem {
  width: number;
  height: number;
  draw: (x: number, cy: number) => string[];
}

/**
 * The strip under the map: marker sizes with their counts, then the approximate-location ring;
 * the ring goes to a second row when both do not fit on one.
 */
function legendLayout(
  labels: MapInput["labels"],
  maxCount: number,
  radius: (count: number) => number,
  hasApproximate: boolean,
  locale: CountryLocale,
  width: number,
): { height: number; draw: (top: number) => string[] } {
  const text = (x: number, cy: number, body: string) =>
    `<text${attrs({ x, y: cy + LEGEND_FONT * 0.35, "font-family": FONT, "font-size": LEGEND_FONT, fill: MAP_COLOURS.text })}>${escapeXml(body)}</text>`;
  const items: LegendItem[] = [];

  const samples = [...new Set([1, Math.round(maxCount / 2), maxCount])].filter(
    (v) => v >= 1 && (v === 1 || v === maxCount || maxCount >= 6),
  );
  const titleWidth = textWidth(labels.events, LEGEND_FONT) + 8;
  const values = samples.map((count) => ({ r: radius(count), value: formatNumber(count, locale) }));
  items.push({
    width: values.reduce(
      (w, v) => w + 2 * v.r + 3 + textWidth(v.value, LEGEND_FONT) + 9,
      titleWidth,
    ),
    height: 2 * Math.max(...values.map((v) => v.r)) + 6,
    draw: (x0, cy) => {
      const out = [text(x0, cy, labels.events)];
      let x = x0 + titleWidth;
      for (const { r, value } of values) {
        out.push(`<circle${attrs({ cx: x + r, cy, r, ...EXACT_MARKER })}/>`);
        x += 2 * r + 3;
        out.push(text(x, cy, value));
        x += textWidth(value, LEGEND_FONT) + 9;
      }
      return out;
    },
  });
  if (hasApproximate) {
    const r = 5;
    items.push({
      width: 2 * r + 4 + textWidth(labels.approximate, LEGEND_FONT),
      height: 2 * r + 4,
      draw: (x, cy) => [
        `<circle${attrs({ cx: x + r, cy, r, ...APPROXIMATE_MARKER })}/>`,
        text(x + 2 * r + 4, cy, labels.approximate),
      ],
    });
  }

  // Flow the items into rows, 16 apart, starting a row when the next would overflow.
  const rows: { items: LegendItem[]; height: number }[] = [];
  let used = 0;
  for (const item of items) {
    const row = rows[rows.length - 1];
    if (row && used + 16 + item.width <= width - 2) {
      row.items.push(item);
      row.height = Math.max(row.height, item.height);
      used += 16 + item.width;
    } else {
      rows.push({ items: [item], height: Math.max(14, item.height) });
      used = 2 + item.width;
    }
  }
  return {
    height: rows.reduce((h, row) => h + row.height, 4),
    draw: (top) => {
      const out: string[] = [];
      let y = top + 4;
      for (const row of rows) {
        let x = 2;
        for (const item of row.items) {
          out.push(...item.draw(x, y + row.height / 2));
          x += item.width + 16;
        }
        y += row.height;
      }
      return out;
    },
  };
}
