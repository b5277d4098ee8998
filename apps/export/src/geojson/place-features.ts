import { dateBounds, isApproximate, type Language, localize, precisionOf } from "@bilat/core";
import type { Feature, FeatureCollection, Point } from "geojson";
import type { ScopedRecords } from "../export-scope.js";

export interface PlaceProperties {
  id: string;
  name: string;
  kind: string;
  countries: string[];
  admin1: string | null;
  geo_precision: 1 | 2 | 3;
  /** True when the point stands for an area (ACLED geo precision 2 or 3). */
  approximate: boolean;
  event_count: number;
  events: {
    id: string;
    date_start: string;
    date_end: string;
    date_precision: string;
    type: string;
    title: string;
    pillars: string[];
  }[];
}

// GeoJSON (RFC 7946 §11.2) advises six decimal places at most: about 10 cm.
const round = (n: number) => Math.round(n * 1e6) / 1e6;

/** The places as RFC 7946 Point features, [longitude, latitude], each with the events held there. */
export function placeFeatures(
  scoped: ScopedRecords,
  lang: Language,
): FeatureCollection<Point, PlaceProperties> {
  const features = scoped.places.map((place): Feature<Point, PlaceProperties> => {
    const events = scoped.events
      .filter((e) => e.places.includes(place.id))
      .map((e) => {
        const { start, end } = dateBounds(e.date);
        return {
          id: e.id,
          date_start: start,
          date_end: end,
          date_precision: precisionOf(e.date),
          type: e.type,
          title: localize(e.title, lang),
          pillars: [...e.pillars],
        };
      });
    return {
      type: "Feature",
      id: place.id,
      geometry: { type: "Point", coordinates: [round(place.lon), round(place.lat)] },
      properties: {
        id: place.id,
        name: localize(place.name, lang),
        kind: place.kind,
        countries: [...place.countries],
        admin1: place.admin1 ?? null,
        geo_precision: place.geoPrecision,
        approximate: isApproximate(place),
        event_count: events.length,
        events,
      },
    };
  });
  return { type: "FeatureCollection", features };
}
