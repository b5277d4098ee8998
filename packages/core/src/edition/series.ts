import { dateBounds, type PartialDate } from "../model/partial-date.js";

export const SERIES_STEPS = ["month", "quarter"] as const;
export type SeriesStep = (typeof SERIES_STEPS)[number];

/**
 * The months or quarters from `from` to `to` (both included, at any precision), each as a
 * period of months: `2025-01`…`2025-01`, or `2025-01`…`2025-03` for the first quarter. Quarters
 * are calendar quarters, so a series started in February begins with the quarter holding it.
 */
export function seriesPeriods(
  from: PartialDate,
  to: PartialDate,
  step: SeriesStep,
): { from: string; to: string }[] {
  const start = dateBounds(from).start;
  const end = dateBounds(to).end;
  let year = Number(start.slice(0, 4));
  let month = Number(start.slice(5, 7));
  if (step === "quarter") month = Math.floor((month - 1) / 3) * 3 + 1;
  const size = step === "month" ? 1 : 3;
  const key = (y: number, m: number) => `${y}-${String(m).padStart(2, "0")}`;
  const periods: { from: string; to: string }[] = [];
  while (key(year, month) <= end.slice(0, 7)) {
    const last = month + size - 1;
    periods.push({ from: key(year, month), to: key(year, last) });
    month += size;
    if (month > 12) {
      month -= 12;
      year += 1;
    }
  }
  return periods;
}
