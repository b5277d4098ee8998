import { createRequire } from "node:module";
import currencyCodes from "currency-codes";
// The library without its Node entry point, which registers all of its hundred-odd languages on
// load (a megabyte of names, most of a command's start-up); each is registered when first named.
import countries from "i18n-iso-countries/index.js";

const require = createRequire(import.meta.url);
const registered = new Set<string>();

/**
 * ISO 3166-1 alpha-3 country codes and their names, from i18n-iso-countries (maintained with
 * the standard and CLDR names).
 */
export const COUNTRY_CODES: readonly string[] = Object.keys(countries.getAlpha3Codes()).sort();

const countrySet = new Set(COUNTRY_CODES);

/** True for an ISO 3166-1 alpha-3 code that exists, e.g. `MRT`; false for `MRI`. */
export function isCountryCode(code: string): boolean {
  return countrySet.has(code);
}

/** A country's common short name in a language ("Mauritania", « Mauritanie »), if ISO has one. */
export function isoCountryName(code: string, lang: string): string | undefined {
  if (!registered.has(lang)) {
    registered.add(lang);
    if (countries.getSupportedLanguages().includes(lang))
      countries.registerLocale(require(`i18n-iso-countries/langs/${lang}.json`));
  }
  return countries.getName(code, lang, { select: "alias" }) || undefined;
}

/**
 * ISO 4217 currency codes, from currency-codes (which follows the ISO 4217 maintenance agency's
 * list one), e.g. XOF, MRU, EUR.
 */
export const CURRENCY_CODES: readonly string[] = currencyCodes.codes().slice().sort();

const currencySet = new Set(CURRENCY_CODES);

/** True for an ISO 4217 currency code, e.g. `MRU`. */
export function isCurrencyCode(code: string): boolean {
  return currencySet.has(code);
}
