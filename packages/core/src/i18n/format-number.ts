import type { Unit } from "../model/indicator.js";
import type { Language } from "../model/localized-text.js";
import { labelsFor } from "./labels.js";

const LOCALES: Record<Language, string> = { en: "en-GB", fr: "fr-FR" };
const NBSP = "\u00a0";

/**
 * A number with the language's separators: "1,404.5" or "1 404,5". French group separators
 * become no-break spaces (U+00A0): every font carries them, unlike U+202F.
 */
export function formatNumber(value: number, lang: Language, maximumFractionDigits = 2): string {
  return new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits })
    .format(value)
    .replace(/[\u202f\u00a0]/g, NBSP);
}

/** Large amounts read in billions or millions, as the press writes them. */
function scaled(value: number, lang: Language): { number: string; scale: string } {
  const units = labelsFor(lang).units;
  const abs = Math.abs(value);
  if (abs >= 1e9) return { number: formatNumber(value / 1e9, lang, 1), scale: units.billion };
  if (abs >= 1e6) return { number: formatNumber(value / 1e6, lang, 1), scale: units.million };
  return { number: formatNumber(value, lang), scale: "" };
}

const CURRENCIES = new Set<Unit>(["XOF", "USD", "EUR"]);

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
  const labels = labelsFor(lang);
  const prefix = approximate ? `${labels.phrases.approximately} ` : "";
  let text: string;
  if (unit === "percent") {
    text = `${formatNumber(value, lang)}${lang === "fr" ? NBSP : ""}%`;
  } else if (CURRENCIES.has(unit)) {
    const { number, scale } = scaled(value, lang);
    const name = labels.units[unit as "XOF" | "USD" | "EUR"];
    if (scale === "") text = `${number}${NBSP}${name}`;
    else
      text =
        lang === "fr" ? `${number}${NBSP}${scale} de ${name}` : `${number}${NBSP}${scale} ${name}`;
  } else {
    const name = labels.units[unit];
    text = name === "" ? formatNumber(value, lang) : `${formatNumber(value, lang)}${NBSP}${name}`;
  }
  return prefix + text;
}
