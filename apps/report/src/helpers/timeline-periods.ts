import type { DigestEvent, DigestTimeline } from "@bilat/core";
import { startOf } from "../chronology-pages.js";

export interface TimelinePeriod {
  text: string;
  titles: string[];
  /** Events of the period left out to keep the diagram readable. */
  more: number;
}

/**
 * The events of each period of the digest's timeline, oldest first. At most `budget` titles are
 * shown in all, shared evenly between the periods that have events (never fewer than 3 each),
 * so that a large dataset still gives a diagram Mermaid can draw; the rest are counted.
 * An event belongs to the period its first day falls in; one known only to a coarser unit
 * (the year, in a monthly timeline) belongs to none, as the digest counts it among `unplaced`.
 * Periods without events are left out: a Mermaid timeline period needs at least one event.
 */
export function timelinePeriods(
  timeline: DigestTimeline,
  chronology: readonly DigestEvent[],
  budget: number,
): TimelinePeriod[] {
  // The events by the start of their first day, as long as a period's key (`2024`, `2024-03`),
  // read once rather than once per period.
  const byLength = new Map<number, Map<string, DigestEvent[]>>();
  const eventsOf = (key: string) => {
    let groups = byLength.get(key.length);
    if (groups === undefined) {
      groups = new Map();
      for (const e of chronology) {
        const start = startOf(e);
        if (start.length < key.length) continue;
        const k = start.slice(0, key.length);
        const list = groups.get(k);
        if (list) list.push(e);
        else groups.set(k, [e]);
      }
      byLength.set(key.length, groups);
    }
    return groups.get(key) ?? [];
  };
  const periods = timeline.periods
    .map(({ key, text }) => ({ text, events: eventsOf(key) }))
    .filter((p) => p.events.length > 0);
  const max = Math.max(3, Math.floor(budget / Math.max(1, periods.length)));
  return periods.map(({ text, events }) => {
    const shown = events.slice(0, max);
    return { text, titles: shown.map((e) => e.title), more: events.length - shown.length };
  });
}
