import countries from "i18n-iso-countries";

/**
 * Country names from i18n-iso-countries in one of the languages it ships: the common short name
 * ("The Gambia", « Sénégal »), or undefined when it has none.
 */
export function isoCountryNames(lang: string): (alpha3: string) => string | undefined {
  // Under Node the package registers every locale it ships when first loaded.
  return (alpha3) => countries.getName(alpha3.toUpperCase(), lang, { select: "alias" });
}
