import { createRequire } from "node:module";
import countries from "i18n-iso-countries";

// i18n-iso-countries ships its names as JSON files to register, one per language.
const require = createRequire(import.meta.url);
countries.registerLocale(require("i18n-iso-countries/langs/en.json"));
countries.registerLocale(require("i18n-iso-countries/langs/fr.json"));

/** The ISO 3166-1 short name of an alpha-3 code in a language, or the code when none is known. */
export function countryName(alpha3: string, lang: string): string {
  return countries.getName(alpha3, lang) ?? countries.getName(alpha3, "en") ?? alpha3;
}

/** The ISO 3166-1 alpha-2 code of an alpha-3 code (STIX locations name countries so). */
export function alpha2Of(alpha3: string): string | undefined {
  return countries.alpha3ToAlpha2(alpha3);
}
