import { localize, localizeOptional, type Place } from "@bilat/core";
import { alpha2Of } from "../country-names.js";
import { evidenceProperties } from "./external-references.js";
import { commonProperties, type StixContext, type StixObject } from "./stix-context.js";
import { stixId } from "./stix-id.js";

/**
 * ACLED geo precision as STIX `precision` (metres): 1 the place itself (a town, ~1 km), 2 near it
 * (~25 km), 3 the wider region (~100 km). bilat's choice, stated in the README.
 */
export const PRECISION_METRES = { 1: 1_000, 2: 25_000, 3: 100_000 } as const;

/** A place as a STIX `location` with its coordinates and how far to trust them. */
export function placeObject(context: StixContext, place: Place): StixObject {
  const country = place.countries[0];
  return {
    type: "location",
    id: stixId("location", `${context.scoped.dataset.info.id}/${place.id}`),
    ...commonProperties(context),
    name: localize(place.name, context.lang),
    ...(place.note === undefined
      ? {}
      : { description: localizeOptional(place.note, context.lang) }),
    latitude: place.lat,
    longitude: place.lon,
    precision: PRECISION_METRES[place.geoPrecision],
    ...(country === undefined ? {} : { country: alpha2Of(country) ?? country }),
    ...(place.admin1 === undefined ? {} : { administrative_area: place.admin1 }),
    ...evidenceProperties(context, place.citations ?? []),
    x_bilat_id: place.id,
    x_bilat_kind: place.kind,
    x_bilat_geo_precision: place.geoPrecision,
  };
}
