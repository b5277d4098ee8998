import { isoCountryName } from "../model/iso-codes.js";

/**
 * Country names from i18n-iso-countries in one of the languages it ships: the common short name
 * ("The Gambia", « Sénégal »), or undefined when it has none.
 */
export function isoCountryNames(lang: string): (alpha3: string) => string | undefined {
  return (alpha3) => isoCountryName(alpha3.toUpperCase(), lang);
}
