// What a caller gives the map, and what the layout gives back.
import type { Figure } from "../svg/figure.js";
import type { CountryLocale } from "./country-name.js";
import type { Bounds } from "./world-atlas.js";

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

export interface MapLayout extends Figure {
  /** Lon/lat box of the map rectangle. */
  view: Bounds;
  /** Height of the map rectangle; the legend strip, if any, lies below. */
  mapHeight: number;
  /** Points left off the map, in input order: too far from the pair or without usable coordinates. */
  omitted: MapPoint[];
  /** Points drawn without a name because no free spot was left for it. */
  unlabelled: MapPoint[];
}
