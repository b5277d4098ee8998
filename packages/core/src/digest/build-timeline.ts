import { formatDate } from "../i18n/format-date.js";
import { formatNumber } from "../i18n/format-number.js";
import { fillPlural, labelsFor } from "../i18n/labels.js";
import type { Language } from "../i18n/registry.js";
import type { Event } from "../model/event.js";
import { dateBounds, leadingDate, precisionOf } from "../model/partial-date.js";
import type { Pillar } from "../model/pillar.js";
import type { DigestTimeline } from "./digest-types.js";

/** Beyond this many months a monthly chart has too many bars to read; years are used instead. */
const MAX_MONTHS = 48;

const monthIndex = (key: string) => Number(key.slice(0, 4)) * 12 + Number(key.slice(5, 7)) - 1;
const monthKey = (index: number) =>
  `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;

/**
 * Counts events per month (or year, over long spans) and pillar. An event counts once, under its
 * first pillar, so stacked bars add up to the number of events.
 */
export function buildTimeline(
  events: readonly Event[],
  pillars: readonly Pillar[],
  lang: Language,
): DigestTimeline {
  let first: string | undefined;
  let last: string | undefined;
  for (const event of events) {
    const { start } = dateBounds(event.date);
    if (first === undefined || start < first) first = start;
    if (last === undefined || start > last) last = start;
  }
  if (first === undefined || last === undefined)
    return { granularity: "month", periods: [], buckets: [], unplaced: 0, unplacedNote: undefined };
  const granularity = monthIndex(last) - monthIndex(first) + 1 > MAX_MONTHS ? "year" : "month";
  const periods: DigestTimeline["periods"] = [];
  if (granularity === "month") {
    for (let i = monthIndex(first); i <= monthIndex(last); i++) {
      periods.push({ key: monthKey(i), text: formatDate(monthKey(i), lang) });
    }
  } else {
    for (let y = Number(first.slice(0, 4)); y <= Number(last.slice(0, 4)); y++)
      periods.push({ key: String(y), text: String(y) });
  }
  const counts = new Map<string, number>();
  let unplaced = 0;
  for (const event of events) {
    const start = leadingDate(event.date);
    if (granularity === "month" && precisionOf(start) === "year") {
      unplaced += 1;
      continue;
    }
    const pillar = event.pillars.find((p) => pillars.includes(p)) ?? event.pillars[0];
    const key = `${start.slice(0, granularity === "month" ? 7 : 4)}|${pillar}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const buckets: DigestTimeline["buckets"] = [];
  for (const { key } of periods) {
    for (const pillar of pillars) {
      const count = counts.get(`${key}|${pillar}`) ?? 0;
      if (count > 0) buckets.push({ period: key, pillar, count });
    }
  }
  const unplacedNote =
    unplaced === 0
      ? undefined
      : fillPlural(lang, labelsFor(lang).phrases.unplacedEvents, unplaced, {
          count: formatNumber(unplaced, lang),
        });
  return { granularity, periods, buckets, unplaced, unplacedNote };
}
