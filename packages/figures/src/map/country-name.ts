// Country codes from ISO 3166-1 (i18n-iso-countries), and names from the language modules.
import { type Language, languageModule } from "@bilat/core";
// The library without its Node entry point, which registers every language it ships on load:
// the codes need none, and the names come from the language modules.
import countries from "i18n-iso-countries/index.js";

/** The language of the country names: any registered language. */
export type CountryLocale = Language;

/** The numeric code world-atlas uses for an alpha-3 code, or undefined when ISO has none. */
export function alpha3ToNumeric(alpha3: string): string | undefined {
  return countries.alpha3ToNumeric(alpha3.toUpperCase());
}

/** The alpha-3 code of a numeric one, "" when there is none. */
export function numericToAlpha3(numeric: string): string {
  return (numeric && countries.numericToAlpha3(numeric)) || "";
}

/** The common short name in the language's module ("The Gambia", « Sénégal »), or the alpha-3 code. */
export function countryName(alpha3: string, locale: CountryLocale): string {
  return languageModule(locale).countryName(alpha3) ?? alpha3;
}
