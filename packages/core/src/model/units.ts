import { z } from "zod";
import { didYouMean } from "../load/suggest.js";
import { CURRENCY_CODES, isCurrencyCode } from "./iso-codes.js";

/**
 * Units of measure a figure can be in besides money: lengths and areas, masses and volumes,
 * people and what they live in, livestock, and plain counts and durations. Their English and
 * French words are in `i18n/unit-words.ts`.
 */
export const MEASURE_UNITS = [
  "km",
  "km2",
  "hectares",
  "tonnes",
  "kg",
  "litres",
  "barrels",
  "megawatts",
  "percent",
  "people",
  "persons",
  "households",
  "head-of-livestock",
  "soldiers",
  "deaths",
  "injured",
  "refugees",
  "displaced-people",
  "count",
  "days",
  "months",
  "years",
] as const;
export type MeasureUnit = (typeof MEASURE_UNITS)[number];

const measures = new Set<string>(MEASURE_UNITS);

export function isMeasureUnit(unit: string): unit is MeasureUnit {
  return measures.has(unit);
}

/** What a unit may be: a unit of measure, or money as an ISO 4217 currency code (XOF, MRU…). */
export function isUnit(unit: string): boolean {
  return isMeasureUnit(unit) || isCurrencyCode(unit);
}

function unitError(found: unknown): string {
  const text = typeof found === "string" ? found : "";
  const currency = /^[A-Za-z]{3}$/.test(text)
    ? CURRENCY_CODES.find((c) => c === text.toUpperCase())
    : undefined;
  if (currency !== undefined) return `a currency code is in capitals: \`${currency}\``;
  const hint = didYouMean(text, MEASURE_UNITS);
  return `a unit is an ISO 4217 currency code (XOF, MRU, EUR…) or one of ${MEASURE_UNITS.join(", ")}.${hint}`;
}

/** The unit of a figure: a unit of measure or an ISO 4217 currency code. */
export const UnitSchema = z
  .string()
  .refine(isUnit, { error: (issue) => unitError(issue.input) })
  .meta({
    description: `Unit of the value: an ISO 4217 currency code (XOF, MRU, EUR…) or one of ${MEASURE_UNITS.join(", ")}.`,
    examples: ["tonnes", "MRU", "households"],
  });
export type Unit = MeasureUnit | (string & {});
