import type { DigestEvent } from "@bilat/core";

/**
 * The most a Markdown file of the report may weigh before its chronology moves to pages of its
 * own: half of the 1 MiB no file may exceed, so that a page with its footnotes stays well
 * inside it and quick for a code host to render.
 */
export const PAGE_BYTES = 512 * 1024;

/** Events of the chronology that go on one page: a year, a month, or part of a month. */
export interface ChronologyGroup {
  /** Its file name without `.md`: `2024`, `2024-03`, `2024-03-2`. */
  key: string;
  /** The period it covers as data writes it (`2024`, `2024-03`), to be formatted. */
  period: string;
  /** Its rank among the parts of a month too large for one page (1, 2…), when split. */
  part: number | undefined;
  events: DigestEvent[];
}

/**
 * The date an event starts on as written in the data (`2025`, `2025-02`, `2025-02-05`); one known
 * only as "no later than" (`../2025-02-07`) by its `by` day, as it sorts.
 */
export const startOf = (e: DigestEvent): string =>
  e.date.iso.replace(/^\.\.\//, "").split("/")[0] ?? e.date.iso;

function groupBy(events: readonly DigestEvent[], key: (e: DigestEvent) => string) {
  const groups = new Map<string, DigestEvent[]>();
  for (const e of events) {
    const k = key(e);
    const list = groups.get(k);
    if (list) list.push(e);
    else groups.set(k, [e]);
  }
  return groups;
}

/** How much a set of events weighs on a page of its own. */
export interface Weight {
  bytes: number;
  /**
   * Parts of it that a page holds once however many of its months hold them (the footnote of a
   * source cited in two months), by their text, with the bytes each takes.
   */
  once: ReadonlyMap<string, number>;
  /**
   * The pages a month too heavy for one was already rendered as, to be weighed (`splitMonth`),
   * oldest first; absent when it was rendered whole.
   */
  parts?: DigestEvent[][];
}

/** A month's events and their weight. */
interface WeighedMonth extends Weight {
  events: DigestEvent[];
}

/** A year's events, in the chronology's order, and by month with each month's weight. */
interface WeighedYear {
  events: DigestEvent[];
  months: Map<string, WeighedMonth>;
  /** At most what its page would weigh (`together`). */
  bytes: number;
}

/**
 * At most what the months would weigh on one page: their weights added up, less the parts held
 * once counted again. Higher than the page's true weight only by the heading, table head and
 * footer each month's page has of its own, so nothing larger than a month is ever rendered to
 * be weighed (rendering every year and the whole chronology cost more than the pages).
 */
export function together(months: Iterable<Weight>): number {
  let bytes = 0;
  const seen = new Set<string>();
  for (const month of months) {
    bytes += month.bytes;
    for (const [part, weight] of month.once) {
      if (seen.has(part)) bytes -= weight;
      else seen.add(part);
    }
  }
  return bytes;
}

/** The chronology's events by year and month, with each month's weight on a page of its own. */
export interface WeighedChronology {
  years: Map<string, WeighedYear>;
  /** At most what the whole chronology would weigh on one page. */
  bytes: number;
}

/** Weighs each month of the chronology once (`weigh` renders a page of the events given). */
export function weighChronology(
  chronology: readonly DigestEvent[],
  weigh: (events: readonly DigestEvent[]) => Weight,
): WeighedChronology {
  const years: WeighedChronology["years"] = new Map();
  for (const [year, events] of groupBy(chronology, (e) => startOf(e).slice(0, 4))) {
    const months = new Map<string, WeighedMonth>();
    for (const [month, inMonth] of groupBy(events, (e) => startOf(e).slice(0, 7))) {
      months.set(month, { events: inMonth, ...weigh(inMonth) });
    }
    years.set(year, { events, months, bytes: together(months.values()) });
  }
  const all = [...years.values()].flatMap((y) => [...y.months.values()]);
  return { years, bytes: together(all) };
}

/** Whether the whole chronology surely fits on one page of at most `limit`. */
export const fitsOnePage = (weighed: WeighedChronology, limit: number) => weighed.bytes <= limit;

/**
 * A month weighing `bytes`, more than `limit`, in as many parts of equal counts of events as
 * should each fit on a page (one more than the weight alone asks, for the parts' own headings
 * and footnotes).
 */
export function splitMonth(
  events: readonly DigestEvent[],
  bytes: number,
  limit: number,
): DigestEvent[][] {
  const count = Math.ceil(bytes / limit) + 1;
  const size = Math.ceil(events.length / count);
  const parts: DigestEvent[][] = [];
  for (let start = 0; start < events.length; start += size) {
    parts.push(events.slice(start, start + size));
  }
  return parts;
}

/**
 * The chronology's pages, oldest first: one per year; a year whose months weigh more than
 * `limit` together, one per month, its events known to the year only on a page of their own; a
 * month still too heavy in as many equal parts as it needs (those it was weighed in, if any).
 */
export function chronologyGroups(weighed: WeighedChronology, limit: number): ChronologyGroup[] {
  const groups: ChronologyGroup[] = [];
  for (const [year, { events, months, bytes: weight }] of weighed.years) {
    if (weight <= limit) {
      groups.push({ key: year, period: year, part: undefined, events });
      continue;
    }
    for (const [month, { events: inMonth, bytes, parts: weighedIn }] of months) {
      if (bytes <= limit) {
        // The month's own list, as weighed: its rendering is reused for its page.
        groups.push({ key: month, period: month, part: undefined, events: inMonth });
        continue;
      }
      const parts = weighedIn ?? splitMonth(inMonth, bytes, limit);
      parts.forEach((slice, i) => {
        groups.push({ key: `${month}-${i + 1}`, period: month, part: i + 1, events: slice });
      });
    }
  }
  return groups;
}
