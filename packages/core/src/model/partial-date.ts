import { z } from "zod";

// Months 01–12 and days 01–31 in the pattern itself, so editors using the JSON Schema catch most
// impossible dates as they are typed; isPartialDate then checks the day exists in its month.
const PATTERN = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;
/** The schema rule a malformed date breaks (see model/rules.ts). */
const DATE_ERROR = "partial-date";

/** Days in a month of the proleptic Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True when the text is YYYY, YYYY-MM or YYYY-MM-DD naming a real calendar year, month or day. */
export function isPartialDate(text: string): boolean {
  const m = PATTERN.exec(text);
  if (!m) return false;
  const month = m[2] === undefined ? undefined : Number(m[2]);
  const day = m[3] === undefined ? undefined : Number(m[3]);
  if (month !== undefined && (month < 1 || month > 12)) return false;
  if (day !== undefined && month !== undefined) {
    return day >= 1 && day <= daysInMonth(Number(m[1]), month);
  }
  return true;
}

/**
 * A date known to the day, the month or the year (as UCDP records it): `2025-02-20`, `2025-02`
 * or `2025`. A year written without quotes in YAML arrives as a number and is accepted.
 */
export const PartialDateSchema = z
  .union([z.string().regex(PATTERN, { error: DATE_ERROR }), z.int().min(1000).max(9999)], {
    error: DATE_ERROR,
  })
  .transform((v) => String(v))
  .refine(isPartialDate, { error: DATE_ERROR })
  .meta({
    description:
      "A date to the day (2025-02-20), the month (2025-02) or the year (2025); never a made-up day.",
  });
export type PartialDate = z.output<typeof PartialDateSchema>;

/** A period between two partial dates, both ends included. */
export const DateRangeSchema = z
  .strictObject({
    from: PartialDateSchema.meta({ description: "First day, month or year of the period." }),
    to: PartialDateSchema.meta({ description: "Last day, month or year of the period." }),
  })
  .meta({ description: "A period: `from` and `to`, both included." });
export type DateRange = z.output<typeof DateRangeSchema>;

/**
 * A date known only as "no later than": the source reports the thing as done without dating it
 * (UCDP's and ACLED's lowest precision). Never replace it with the publication day.
 */
export const ByDateSchema = z
  .strictObject({
    by: PartialDateSchema.meta({
      description: "The day (or month, year) by which the source reports it had happened.",
    }),
  })
  .meta({ description: "No later than: `{ by: 2025-02-07 }`, when the source gives no date." });
export type ByDate = z.output<typeof ByDateSchema>;

/** When something happened: a partial date, a range, or "no later than". */
export const DateSpecSchema = z
  .union([PartialDateSchema, DateRangeSchema, ByDateSchema], {
    error: "date-spec",
  })
  .meta({
    description:
      "A date (day, month or year precision), a range `{ from, to }`, or `{ by }` (no later than).",
  });
export type DateSpec = z.output<typeof DateSpecSchema>;

/** The precision of a date, as UCDP and ACLED record it; "by" is known only as "no later than". */
export type DatePrecision = "day" | "month" | "year" | "range" | "by";

export const isByDate = (date: DateSpec): date is ByDate =>
  typeof date !== "string" && "by" in date;

export function precisionOf(date: DateSpec): DatePrecision {
  if (isByDate(date)) return "by";
  if (typeof date !== "string") return "range";
  if (date.length === 10) return "day";
  if (date.length === 7) return "month";
  return "year";
}

/** The partial date a date starts with: itself, a range's `from`, or a "no later than" `by`. */
export function leadingDate(date: DateSpec): PartialDate {
  if (typeof date === "string") return date;
  return isByDate(date) ? date.by : date.from;
}

/** The date in ISO 8601 / EDTF form: `2025-02`, `2025-02-05/2025-02-07`, `../2025-02-07`. */
export function isoDate(date: DateSpec): string {
  if (typeof date === "string") return date;
  return isByDate(date) ? `../${date.by}` : `${date.from}/${date.to}`;
}

/**
 * First and last calendar day a date covers, as YYYY-MM-DD. A "no later than" date counts as its
 * `by` day (the last day of `by`) for sorting and period selection: the only day the source vouches for.
 */
export function dateBounds(date: DateSpec): { start: string; end: string } {
  if (isByDate(date)) {
    const { end } = dateBounds(date.by);
    return { start: end, end };
  }
  if (typeof date !== "string") {
    return { start: dateBounds(date.from).start, end: dateBounds(date.to).end };
  }
  if (date.length === 10) return { start: date, end: date };
  if (date.length === 7) {
    const [y, m] = date.split("-").map(Number) as [number, number];
    return { start: `${date}-01`, end: `${date}-${String(daysInMonth(y, m)).padStart(2, "0")}` };
  }
  return { start: `${date}-01-01`, end: `${date}-12-31` };
}
