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

/** What is known of how much a set of events weighs on one page, before weighing it whole. */
interface Bounds {
  /** At least this: its heaviest part (a page of more events is no lighter). */
  least: number;
  /** At most this: its parts together (their rows, and their footnotes, counted once or more). */
  most: number;
}

const boundsOf = (parts: readonly Bounds[]): Bounds => ({
  least: Math.max(0, ...parts.map((p) => p.least)),
  most: parts.reduce((sum, p) => sum + p.most, 0),
});

/**
 * Whether events fit on one page of at most `limit`, weighed whole only when their parts leave
 * it open: rendering every year and the whole chronology to weigh them cost more than the pages.
 */
const fits = (b: Bounds, weigh: () => number, limit: number) =>
  b.least <= limit && (b.most <= limit || weigh() <= limit);

/** A year's events, in the chronology's order, and by month with each month's weight. */
interface WeighedYear {
  events: DigestEvent[];
  months: Map<string, { events: DigestEvent[]; bytes: number }>;
  bounds: Bounds;
}

/** The chronology's events by year and month, with each month's weight on a page of its own. */
export interface WeighedChronology {
  years: Map<string, WeighedYear>;
  bounds: Bounds;
}

/** Weighs each month of the chronology once (`weigh` renders a page of the events given). */
export function weighChronology(
  chronology: readonly DigestEvent[],
  weigh: (events: readonly DigestEvent[]) => number,
): WeighedChronology {
  const years: WeighedChronology["years"] = new Map();
  for (const [year, events] of groupBy(chronology, (e) => startOf(e).slice(0, 4))) {
    const months = new Map<string, { events: DigestEvent[]; bytes: number }>();
    for (const [month, inMonth] of groupBy(events, (e) => startOf(e).slice(0, 7))) {
      months.set(month, { events: inMonth, bytes: weigh(inMonth) });
    }
    const bounds = boundsOf([...months.values()].map((m) => ({ least: m.bytes, most: m.bytes })));
    years.set(year, { events, months, bounds });
  }
  return { years, bounds: boundsOf([...years.values()].map((y) => y.bounds)) };
}

/** Whether the whole chronology fits on one page of at most `limit`. */
export const fitsOnePage = (
  weighed: WeighedChronology,
  chronology: readonly DigestEvent[],
  weigh: (events: readonly DigestEvent[]) => number,
  limit: number,
) => fits(weighed.bounds, () => weigh(chronology), limit);

/**
 * The chronology's pages, oldest first: one per year; a year whose page would weigh more than
 * `limit` (as `weigh` measures it) one per month, its events known to the year only on a page
 * of their own; a month still too heavy in as many equal parts as it needs.
 */
export function chronologyGroups(
  weighed: WeighedChronology,
  weigh: (events: readonly DigestEvent[]) => number,
  limit: number,
): ChronologyGroup[] {
  const groups: ChronologyGroup[] = [];
  for (const [year, { events, months, bounds }] of weighed.years) {
    if (fits(bounds, () => weigh(events), limit)) {
      groups.push({ key: year, period: year, part: undefined, events });
      continue;
    }
    for (const [month, { events: inMonth, bytes }] of months) {
      if (bytes <= limit) {
        // The month's own list, as weighed: its rendering is reused for its page.
        groups.push({ key: month, period: month, part: undefined, events: inMonth });
        continue;
      }
      const parts = Math.ceil(bytes / limit) + 1;
      const size = Math.ceil(inMonth.length / parts);
      for (let i = 0; i < parts; i++) {
        const slice = inMonth.slice(i * size, (i + 1) * size);
        if (slice.length === 0) continue;
        groups.push({ key: `${month}-${i + 1}`, period: month, part: i + 1, events: slice });
      }
    }
  }
  return groups;
}
