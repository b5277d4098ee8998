import type { MeasureUnit } from "../model/units.js";

/** A unit's word after a number: singular for one, plural otherwise ("" for a bare count). */
interface Word {
  one: string;
  other: string;
}

const same = (word: string): Word => ({ one: word, other: word });

/** The words of each unit of measure, in English and French. */
const MEASURE_WORDS: Record<MeasureUnit, Record<"en" | "fr", Word>> = {
  km: { en: same("km"), fr: same("km") },
  km2: { en: same("km²"), fr: same("km²") },
  hectares: {
    en: { one: "hectare", other: "hectares" },
    fr: { one: "hectare", other: "hectares" },
  },
  tonnes: { en: { one: "tonne", other: "tonnes" }, fr: { one: "tonne", other: "tonnes" } },
  kg: { en: same("kg"), fr: same("kg") },
  litres: { en: { one: "litre", other: "litres" }, fr: { one: "litre", other: "litres" } },
  barrels: { en: { one: "barrel", other: "barrels" }, fr: { one: "baril", other: "barils" } },
  megawatts: { en: same("MW"), fr: same("MW") },
  percent: { en: same("%"), fr: same("%") },
  people: { en: { one: "person", other: "people" }, fr: { one: "personne", other: "personnes" } },
  persons: { en: { one: "person", other: "people" }, fr: { one: "personne", other: "personnes" } },
  households: {
    en: { one: "household", other: "households" },
    fr: { one: "ménage", other: "ménages" },
  },
  "head-of-livestock": {
    en: { one: "head of livestock", other: "head of livestock" },
    fr: { one: "tête de bétail", other: "têtes de bétail" },
  },
  soldiers: { en: { one: "soldier", other: "soldiers" }, fr: { one: "soldat", other: "soldats" } },
  deaths: { en: { one: "death", other: "deaths" }, fr: { one: "mort", other: "morts" } },
  injured: { en: same("injured"), fr: { one: "blessé", other: "blessés" } },
  refugees: {
    en: { one: "refugee", other: "refugees" },
    fr: { one: "réfugié", other: "réfugiés" },
  },
  "displaced-people": {
    en: { one: "displaced person", other: "displaced people" },
    fr: { one: "personne déplacée", other: "personnes déplacées" },
  },
  count: { en: same(""), fr: same("") },
  days: { en: { one: "day", other: "days" }, fr: { one: "jour", other: "jours" } },
  months: { en: { one: "month", other: "months" }, fr: { one: "mois", other: "mois" } },
  years: { en: { one: "year", other: "years" }, fr: { one: "an", other: "ans" } },
};

/** One or other, by the locale's plural rules (French: 0 and 1 are singular). */
const plural = (count: number, locale: string): "one" | "other" =>
  new Intl.PluralRules(locale).select(count) === "one" ? "one" : "other";

/**
 * The word of a unit of measure after `count`: "1 tonne", "3 tonnes", « 1,5 tête de bétail ».
 * A language with no words of its own here reads the English ones.
 */
export function measureWord(
  unit: MeasureUnit,
  lang: string,
  locale: string,
  count: number,
): string {
  const words = MEASURE_WORDS[unit] as Record<string, Word | undefined>;
  return (words[lang] ?? MEASURE_WORDS[unit].en)[plural(count, locale)];
}

/**
 * A currency's name after `count`, from the CLDR data Node's Intl carries: "Mauritanian
 * ouguiyas", « ouguiyas mauritaniens ». Any ISO 4217 code has one.
 */
export function currencyWord(code: string, locale: string, count: number): string {
  const parts = new Intl.NumberFormat(locale, {
    style: "currency",
    currency: code,
    currencyDisplay: "name",
    minimumFractionDigits: 0,
    maximumFractionDigits: 0,
  }).formatToParts(plural(count, locale) === "one" ? 1 : 2);
  return parts.find((p) => p.type === "currency")?.value ?? code;
}
