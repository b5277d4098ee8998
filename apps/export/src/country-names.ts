import { createRequire } from "node:module";
import { languageModule } from "@bilat/core";
import countries from "i18n-iso-countries";

// i18n-iso-countries ships its names as JSON files to register, one per language; only English
// is needed here, for the codes a language module has no name for.
const require = createRequire(import.meta.url);
countries.registerLocale(require("i18n-iso-countries/langs/en.json"));

/**
 * A country's name from its ISO 3166-1 alpha-3 code, as the language module names it (so the
 * exports and the brief agree, in any registered language), else its English ISO name, else the code.
 */
export function countryName(alpha3: string, lang: string): string {
  return languageModule(lang).countryName(alpha3) ?? countries.getName(alpha3, "en") ?? alpha3;
}

/** The ISO 3166-1 alpha-2 code of an alpha-3 code (STIX locations name countries so). */
export function alpha2Of(alpha3: string): string | undefined {
  return countries.alpha3ToAlpha2(alpha3);
}
