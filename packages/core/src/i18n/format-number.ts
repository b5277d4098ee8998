import type { Unit } from "../model/indicator.js";
import type { Currency } from "./language-module.js";
import { type Language, languageModule } from "./registry.js";

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

const CURRENCIES = new Set<Unit>(["XOF", "USD", "EUR"]);

/** Large amounts read in billions or millions, as the press writes them. */
function formatAmount(value: number, currency: Currency, lang: Language): string {
  const { grammar } = languageModule(lang);
  const abs = Math.abs(value);
  if (abs >= 1e9) {
    const count = Number((value / 1e9).toFixed(1));
    return grammar.amount(formatNumber(value / 1e9, lang, 1), count, "billion", currency);
  }
  if (abs >= 1e6) {
    const count = Number((value / 1e6).toFixed(1));
    return grammar.amount(formatNumber(value / 1e6, lang, 1), count, "million", currency);
  }
  return grammar.amount(formatNumber(value, lang), value, undefined, currency);
}

/**
 * A figure with its unit as a reader expects it: "419 km", "50.5%" / « 50,5 % »,
 * "1,404.5 billion CFA francs" / « 1 404,5 milliards de FCFA », "about 4,000 deaths".
 */
export function formatValue(
  value: number,
  unit: Unit,
  lang: Language,
  approximate = false,
): string {
  const { labels } = languageModule(lang);
  const prefix = approximate ? `${labels.phrases.approximately} ` : "";
  let text: string;
  if (unit === "percent") text = formatPercent(formatNumber(value, lang), lang);
  else if (CURRENCIES.has(unit)) text = formatAmount(value, unit as Currency, lang);
  else {
    const name = labels.units[unit];
    text = name === "" ? formatNumber(value, lang) : `${formatNumber(value, lang)}${NBSP}${name}`;
  }
  return prefix + text;
}
