import type { Unit } from "../model/indicator.js";
import { isCurrencyCode } from "../model/iso-codes.js";
import { isMeasureUnit } from "../model/units.js";
import type { Currency } from "./language-module.js";
import { type Language, languageModule } from "./registry.js";
import { currencyWord, measureWord } from "./unit-words.js";

const NBSP = "\u00a0";

/**
 * A number with the language's separators: "1,404.5" or « 1 404,5 ». Group separators that are
 * spaces become no-break spaces (U+00A0): every font carries them, unlike U+202F.
 */
export function formatNumber(value: number, lang: Language, maximumFractionDigits = 2): string {
  return new Intl.NumberFormat(languageModule(lang).locale, { maximumFractionDigits })
    .format(value)
    .replace(/[\u202f\u00a0]/g, NBSP);
}

/** A percentage, or a range of them ("55–80"), in the language's one style: "50.5%", « 50,5 % ». */
export function formatPercent(number: string, lang: Language): string {
  return languageModule(lang).grammar.percent(number);
}

/** Currencies the labels name as the region's press writes them (« FCFA »). */
const LABELLED_CURRENCIES = new Set<string>(["XOF", "USD", "EUR"]);

/** Units of measure the labels name; the others are named in `unit-words.ts`. */
const LABELLED_MEASURES = new Set<string>(["km", "persons", "soldiers", "deaths", "count", "days"]);

/** A currency's name for a count: the labels' for the region's usual ones, CLDR's otherwise. */
function currencyName(code: string, lang: Language, count: number): string {
  const { labels, locale } = languageModule(lang);
  return LABELLED_CURRENCIES.has(code)
    ? labels.units[code as Currency]
    : currencyWord(code, locale, count);
}

/** Large amounts read in billions or millions, as the press writes them. */
function formatAmount(value: number, currency: string, lang: Language): string {
  const { grammar } = languageModule(lang);
  const abs = Math.abs(value);
  for (const [size, scale] of [
    [1e9, "billion"],
    [1e6, "million"],
  ] as const) {
    if (abs >= size) {
      const count = Number((value / size).toFixed(1));
      // "2.1 billion ouguiyas": the currency after a scale word is plural.
      const name = currencyName(currency, lang, 2);
      return grammar.amount(formatNumber(value / size, lang, 1), count, scale, currency, name);
    }
  }
  const name = currencyName(currency, lang, value);
  return grammar.amount(formatNumber(value, lang), value, undefined, currency, name);
}

/**
 * A figure with its unit as a reader expects it: "419 km", "50.5%" / « 50,5 % »,
 * "1,404.5 billion CFA francs" / « 1 404,5 milliards de FCFA », "about 4,000 deaths",
 * "40,000 tonnes", « 3 500 ménages », "2.1 billion Mauritanian ouguiyas".
 */
export function formatValue(
  value: number,
  unit: Unit,
  lang: Language,
  approximate = false,
): string {
  const { labels, locale } = languageModule(lang);
  const prefix = approximate ? `${labels.phrases.approximately} ` : "";
  let text: string;
  if (unit === "percent") text = formatPercent(formatNumber(value, lang), lang);
  else if (isCurrencyCode(unit)) text = formatAmount(value, unit, lang);
  else {
    const name = LABELLED_MEASURES.has(unit)
      ? labels.units[unit as "km"]
      : isMeasureUnit(unit)
        ? measureWord(unit, lang, locale, value)
        : unit;
    text = name === "" ? formatNumber(value, lang) : `${formatNumber(value, lang)}${NBSP}${name}`;
  }
  return prefix + text;
}
