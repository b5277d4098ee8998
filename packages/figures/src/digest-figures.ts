// The map and the chart of a period summary, as both outputs show them: what goes in each figure
// and the notes under it (places off the map, events too coarsely dated to place) live here once.
import { type Digest, fill, languageModule } from "@bilat/core";
import { layoutChart } from "./chart/layout-chart.js";
import { PILLAR_COLOURS } from "./chart/pillar-palette.js";
import { layoutMap } from "./map/layout-map.js";
import type { MapLayout } from "./map/map-input.js";
import type { Figure } from "./svg/figure.js";
import { type FigureFonts, writeSvg } from "./svg/write-svg.js";

export interface Size {
  width: number;
  height: number;
}

export interface DigestFigure<L extends Figure = Figure> {
  layout: L;
  /** The figure as SVG, enlarged by the scale asked for. */
  svg: string;
  /** A line to print under the figure, when something is not in it. */
  note: string | undefined;
}

/** The places of the summary on a map of the pair; undefined when no place is named. */
export function placesMap(
  digest: Digest,
  size: Size,
  scale = 1,
  fonts: FigureFonts = "generic",
): DigestFigure<MapLayout> | undefined {
  if (digest.places.length === 0) return undefined;
  const { labels } = digest;
  const layout = layoutMap({
    focus: digest.meta.dyad.map((d) => d.code),
    points: digest.places.map((p) => ({
      id: p.id,
      label: p.name,
      lon: p.lon,
      lat: p.lat,
      approximate: p.approximate,
      count: p.events,
    })),
    ...size,
    labels: { approximate: labels.phrases.approximateLocation, events: labels.fields.events },
    locale: digest.lang,
  });
  const note =
    layout.omitted.length === 0
      ? undefined
      : fill(labels.phrases.notShownOnMap, {
          places: layout.omitted.map((p) => p.label).join(", "),
        });
  return { layout, svg: writeSvg(layout, scale, fonts), note };
}

/** Events over time by pillar; undefined when no event can be placed on the time axis. */
export function eventsChart(
  digest: Digest,
  size: Size,
  scale = 1,
  fonts: FigureFonts = "generic",
): DigestFigure | undefined {
  const { timeline } = digest;
  if (timeline.buckets.length === 0) return undefined;
  const layout = layoutChart({
    buckets: timeline.buckets,
    pillarLabels: Object.fromEntries(digest.meta.pillars.map((p) => [p.pillar, p.label])),
    pillarColours: PILLAR_COLOURS,
    locale: languageModule(digest.lang).chart,
    ...size,
  });
  return { layout, svg: writeSvg(layout, scale, fonts), note: timeline.unplacedNote };
}
