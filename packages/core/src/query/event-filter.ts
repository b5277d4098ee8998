import type { Dataset } from "../dataset.js";
import type { Event } from "../model/event.js";
import type { EventType } from "../model/event-type.js";
import { type DateSpec, dateBounds, type PartialDate, precisionOf } from "../model/partial-date.js";
import type { Pillar } from "../model/pillar.js";

/** What to select events by; every given criterion must hold (an empty list matches nothing). */
export interface EventFilter {
  /** First day, month or year of the period (included). */
  from?: PartialDate;
  /** Last day, month or year of the period (included). */
  to?: PartialDate;
  pillars?: readonly Pillar[];
  actors?: readonly string[];
  places?: readonly string[];
  types?: readonly EventType[];
}

/** True when a date (at any precision) overlaps the period `from`…`to`. */
export function overlapsPeriod(date: DateSpec, from?: PartialDate, to?: PartialDate): boolean {
  const { start, end } = dateBounds(date);
  if (from !== undefined && end < dateBounds(from).start) return false;
  if (to !== undefined && start > dateBounds(to).end) return false;
  return true;
}

/** True when the event meets every criterion of the filter. */
export function matchesEvent(event: Event, filter: EventFilter): boolean {
  if (!overlapsPeriod(event.date, filter.from, filter.to)) return false;
  if (filter.pillars && !event.pillars.some((p) => filter.pillars?.includes(p))) return false;
  if (filter.actors && !event.actors.some((a) => filter.actors?.includes(a.actor))) return false;
  if (filter.places && !event.places.some((p) => filter.places?.includes(p))) return false;
  if (filter.types && !filter.types.includes(event.type)) return false;
  return true;
}

/** The events that meet the filter, in chronological order. */
export function queryEvents(dataset: Dataset, filter: EventFilter = {}): Event[] {
  return chronology(dataset.events.filter((event) => matchesEvent(event, filter)));
}

/**
 * Where a date sorts: its first day, except that a date known only to the year sorts after every
 * dated item of that year ("2025, month not given" closes 2025), not before its January.
 */
export function chronologyKey(date: DateSpec): string {
  const { start } = dateBounds(date);
  return precisionOf(date) === "year" ? `${start.slice(0, 4)}-12-31~` : start;
}

/** Events oldest first: by first day, then last day, then id, so ties always fall the same way. */
export function chronology(events: readonly Event[]): Event[] {
  // Numbers rather than the keys' strings: comparing built strings was most of a large sort.
  const keyed = events.map((event) => {
    const { start, end } = dateBounds(event.date);
    const first = dayNumber(start);
    // A date known only to the year sorts after every day of it (as `chronologyKey` says).
    const yearEnd = Math.floor(first / 10_000) * 10_000 + 1231.5;
    return {
      event,
      start: precisionOf(event.date) === "year" ? yearEnd : first,
      end: dayNumber(end),
    };
  });
  keyed.sort(
    (a, b) =>
      a.start - b.start ||
      a.end - b.end ||
      (a.event.id < b.event.id ? -1 : a.event.id > b.event.id ? 1 : 0),
  );
  return keyed.map((k) => k.event);
}

/** `2025-02-07` as 20250207: the order of the dates, as numbers. */
function dayNumber(iso: string): number {
  let n = 0;
  for (let i = 0; i < iso.length; i++) {
    const digit = iso.charCodeAt(i) - 48;
    if (digit >= 0 && digit <= 9) n = n * 10 + digit;
  }
  return n;
}
