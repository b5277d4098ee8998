// The chart's periods: every month (or year) of the range, and which of them get a label.
import { textWidth } from "../text/font-metrics.js";

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const YEAR = /^\d{4}$/;

/** Every month (or year) from the earliest to the latest period given. */
export function allPeriods(given: readonly string[]): string[] {
  if (given.length === 0) return [];
  const monthly = given.every((p) => MONTH.test(p));
  if (!monthly && !given.every((p) => YEAR.test(p))) {
    const bad = given.find((p) => !MONTH.test(p) && !YEAR.test(p)) ?? given[0];
    throw new RangeError(
      bad !== undefined && (MONTH.test(bad) || YEAR.test(bad))
        ? "chart periods mix months and years"
        : `chart period ${JSON.stringify(bad)} is neither YYYY-MM nor YYYY`,
    );
  }
  const indexes = given.map(monthly ? monthIndex : Number);
  const first = Math.min(...indexes);
  const last = Math.max(...indexes);
  const out: string[] = [];
  for (let i = first; i <= last; i++) {
    out.push(
      monthly ? `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}` : String(i),
    );
  }
  return out;
}

/**
 * The label of each period, one or two lines, [] for none, thinned so that labels never collide:
 * every month when there is room, else every 2nd, 3rd, 4th or 6th month on calendar boundaries,
 * with the year on a second line under January and under the first label; past that, the year
 * alone every 1, 2, 5 or 10 years. Yearly periods thin the same way.
 */
export function periodLabels(
  periods: readonly string[],
  band: number,
  months: readonly string[],
  fontSize: number,
): string[][] {
  const first = periods[0];
  if (first === undefined) return [];
  const fits = (step: number, widest: number) => band * step >= widest + 6;
  if (YEAR.test(first)) {
    const widest = Math.max(...periods.map((p) => textWidth(p, fontSize)));
    const step = [1, 2, 5, 10, 20, 50].find((s) => fits(s, widest)) ?? 100;
    return periods.map((p) => (Number(p) % step === 0 ? [p] : []));
  }
  const monthWidest = Math.max(
    ...months.map((m) => textWidth(m, fontSize)),
    textWidth("0000", fontSize),
  );
  const yearWidest = textWidth("0000", fontSize);
  const step =
    [1, 2, 3, 4, 6].find((s) => fits(s, monthWidest)) ??
    [12, 24, 60, 120].find((s) => fits(s, yearWidest)) ??
    240;
  let labelled = 0;
  return periods.map((p) => {
    const index = monthIndex(p);
    if (index % step !== 0) return [];
    const year = p.slice(0, 4);
    if (step >= 12) return [year];
    const month = months[index % 12] ?? p;
    return labelled++ === 0 || index % 12 === 0 ? [month, year] : [month];
  });
}

/** Months counted from year 0, so that steps fall on calendar boundaries. */
function monthIndex(p: string): number {
  return Number(p.slice(0, 4)) * 12 + Number(p.slice(5, 7)) - 1;
}
