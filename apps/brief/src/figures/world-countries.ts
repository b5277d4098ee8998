// Country outlines (Natural Earth via world-atlas, public domain) and their names in each language.
import { createRequire } from "node:module";
import { type Language, languageModule } from "@bilat/core";
import { geoBounds } from "d3-geo";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import countries from "i18n-iso-countries";
import { feature, neighbors } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";

export interface Country {
  /** ISO 3166-1 numeric code as world-atlas spells it ("686"), or "" for the few unnamed shapes. */
  numeric: string;
  /** ISO 3166-1 alpha-3, or "" when the shape has no ISO code (Kosovo, Somaliland...). */
  alpha3: string;
  feature: Feature<Geometry>;
  /** Positions (in worldCountries()) of the countries sharing a land border with this one. */
  bordering: number[];
  /** [[west, south], [east, north]] in degrees; west > east when the shape crosses 180°. */
  bounds: [[number, number], [number, number]];
}

/** The language of the country names: any registered language. */
export type CountryLocale = Language;

// JSON is read through require: an import of a 3.7 MB file would make tsc infer a type for all of it.
const require = createRequire(import.meta.url);
let cache: Country[] | undefined;

/** All country shapes of the 1:50m atlas, parsed once per process. */
export function worldCountries(): Country[] {
  if (cache) return cache;
  const topology = require("world-atlas/countries-50m.json") as Topology<{
    countries: GeometryCollection;
  }>;
  const collection = feature(topology, topology.objects.countries) as FeatureCollection<Geometry>;
  const adjacency = neighbors(topology.objects.countries.geometries);
  cache = collection.features.map((f, i) => {
    const numeric = f.id === undefined ? "" : String(f.id);
    const alpha3 = (numeric && countries.numericToAlpha3(numeric)) || "";
    return { numeric, alpha3, feature: f, bordering: adjacency[i] ?? [], bounds: geoBounds(f) };
  });
  return cache;
}

/** The numeric code world-atlas uses for an alpha-3 code, or undefined when ISO has none. */
export function alpha3ToNumeric(alpha3: string): string | undefined {
  return countries.alpha3ToNumeric(alpha3.toUpperCase());
}

/** The common short name in the language's module ("The Gambia", « Sénégal »), or the alpha-3 code. */
export function countryName(alpha3: string, locale: CountryLocale): string {
  return languageModule(locale).countryName(alpha3) ?? alpha3;
}
