import { z } from "zod";
import { CitationSchema } from "./citation.js";
import { CountryCodeSchema, IdSchema } from "./id.js";
import { LocalizedTextSchema } from "./localized-text.js";
import { OutsideInformationListSchema } from "./outside-information.js";

export const PLACE_KINDS = [
  "capital",
  "city",
  "town",
  "village",
  "region",
  "river",
  "border-post",
  "border-area",
  "military-zone",
  "site",
  "country",
] as const;

/** ACLED geo precision: 1 the named place itself, 2 near it, 3 only the wider region. */
export const GeoPrecisionSchema = z
  .union([z.literal(1), z.literal(2), z.literal(3)], {
    error: "geo-precision",
  })
  .meta({ description: "ACLED geo precision: 1 the place, 2 near it, 3 the wider region." });
export type GeoPrecision = 1 | 2 | 3;

/** A city, region, river or border post, with coordinates and how precise they are. */
export const PlaceSchema = z
  .strictObject({
    id: IdSchema,
    kind: z.enum(PLACE_KINDS),
    name: LocalizedTextSchema,
    countries: z
      .array(CountryCodeSchema)
      .min(1)
      .meta({ description: "Country or countries the place lies in." }),
    admin1: z.string().optional().meta({ description: "First-level region, e.g. Kayes." }),
    lat: z.number().min(-90).max(90).meta({ description: "Latitude, WGS 84 decimal degrees." }),
    lon: z.number().min(-180).max(180).meta({ description: "Longitude, WGS 84 decimal degrees." }),
    geoPrecision: GeoPrecisionSchema,
    note: LocalizedTextSchema.optional().meta({ description: "How the coordinates were chosen." }),
    citations: z.array(CitationSchema).optional(),
    outsideInformation: OutsideInformationListSchema,
  })
  .meta({ title: "bilat place", description: "A place with coordinates and geo precision." });
export type Place = z.infer<typeof PlaceSchema>;

/** Coordinates of precision 2 or 3 stand for an area, and outputs show them as approximate. */
export function isApproximate(place: Place): boolean {
  return place.geoPrecision > 1;
}
