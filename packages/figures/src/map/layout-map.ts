// Locator map of the places involved, laid out as data: the pair and its neighbours, a marker per
// place sized by its events, names placed where they fit, a scale bar and a legend strip.
import type { CircleShape, Shape } from "../svg/figure.js";
import { LabelSpace } from "../text/label-space.js";
import { basemapFor } from "./basemap.js";
import { countryNamer } from "./country-names.js";
import { focusCountries } from "./focus-parts.js";
import type { MapInput, MapLayout } from "./map-input.js";
import { mapLegend } from "./map-legend.js";
import {
  APPROXIMATE_MARKER,
  COLOURS,
  EXACT_MARKER,
  FOCUS,
  LAND,
  MAX_RADIUS,
  MIN_RADIUS,
} from "./map-style.js";
import { fitView, splitPlaces } from "./map-view.js";
import { type Marker, placeLabels } from "./place-labels.js";
import { scaleBar } from "./scale-bar.js";

/** Lays out the focus countries, their neighbours and the places; far places are returned. */
export function layoutMap(input: MapInput): MapLayout {
  const { width, height } = input;
  if (!(width > 0 && height > 0 && Number.isFinite(width) && Number.isFinite(height))) {
    throw new RangeError(`map size must be positive, got ${width}×${height}`);
  }
  const locale = input.locale ?? "en";
  const focus = focusCountries(input.focus);
  const { shown, omitted } = splitPlaces(
    input.points,
    focus,
    fitView(focus, [], width, height).bounds,
  );
  // Big markers first so that small ones stay visible on top; id breaks ties for stable output.
  shown.sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  const maxCount = Math.max(1, ...shown.map((p) => p.count));
  const radius = (count: number) =>
    Math.max(MIN_RADIUS, MAX_RADIUS * Math.sqrt(Math.max(0, count) / maxCount));
  const legend =
    shown.length > 0
      ? mapLegend(
          input.labels,
          maxCount,
          radius,
          shown.some((p) => p.approximate),
          locale,
          width,
        )
      : undefined;
  const mapHeight = height - (legend?.height ?? 0);
  if (mapHeight < 60) throw new RangeError(`map height ${height} leaves no room under the legend`);

  const view = fitView(focus, shown, width, mapHeight);
  const { projection } = view;
  const basemap = basemapFor(view);
  const focusIds = new Set(focus.map((f) => f.country.index));
  const focusLand = focus.flatMap((f) => basemap.countries.filter((c) => c.country === f.country));
  const neighbours = basemap.countries.filter((c) => !focusIds.has(c.country.index));

  const shapes: Shape[] = [
    {
      kind: "rect",
      role: "background",
      x: 0,
      y: 0,
      width,
      height: mapHeight,
      paint: { fill: COLOURS.sea },
    },
    ...neighbours.map(
      (c): Shape => ({
        kind: "path",
        role: "land",
        d: c.d,
        country: c.country.alpha3,
        paint: LAND,
      }),
    ),
    ...focusLand.map(
      (c): Shape => ({
        kind: "path",
        role: "focus",
        d: c.d,
        country: c.country.alpha3,
        paint: FOCUS,
      }),
    ),
  ];

  const space = new LabelSpace({ x0: 4, y0: 4, x1: width - 4, y1: mapHeight - 4 });
  const markers: Marker[] = shown.map((point) => {
    const [x, y] = projection([point.lon, point.lat]) ?? [0, 0];
    const r = radius(point.count);
    // Markers are obstacles for every label, their own included. The square is a little
    // smaller than the circle so that labels may sit in its corners, diagonally.
    const half = r * 0.75;
    space.occupy({ x0: x - half, y0: y - half, x1: x + half, y1: y + half }, true);
    return { point, x, y, r };
  });
  const invert = (p: [number, number]) => projection.invert?.(p) ?? null;
  shapes.push(...scaleBar(invert, width, mapHeight, locale, space));

  // Places are named first and the pair fits around them; when that leaves the pair no room
  // inside its outlines, the pair is named first instead and the places make do.
  const label = (pairFirst: boolean) => {
    const attempt = space.clone();
    const names = countryNamer(focusLand, neighbours, locale, attempt);
    const focusNames = pairFirst ? names.focus() : [];
    const points = placeLabels(markers, attempt);
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
  shapes.push(...labels.names.neighbours(), ...labels.focusNames);
  shapes.push(...markers.map(markerShape));
  shapes.push(...labels.names.overMarkers(), ...labels.shapes);
  shapes.push({
    kind: "rect",
    role: "frame",
    x: 0.3,
    y: 0.3,
    width: width - 0.6,
    height: mapHeight - 0.6,
    paint: { fill: "none", stroke: COLOURS.frame, "stroke-width": 0.6 },
  });
  if (legend) shapes.push(...legend.draw(mapHeight));
  return {
    width,
    height,
    shapes,
    view: view.bounds,
    mapHeight,
    omitted,
    unlabelled: labels.unlabelled,
  };
}

function markerShape(m: Marker): CircleShape {
  return {
    kind: "circle",
    role: "marker",
    cx: m.x,
    cy: m.y,
    r: m.r,
    place: m.point.id,
    paint: m.point.approximate ? APPROXIMATE_MARKER : EXACT_MARKER,
  };
}
