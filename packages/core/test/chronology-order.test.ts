import { chronology, chronologyKey, dateBounds, type Event } from "@bilat/core";
import { describe, expect, it } from "vitest";

/** Events with dates of every precision, some on the same days, in a scrambled order. */
const DATES = [
  "2025-02-07",
  "2025-02",
  "2025",
  { from: "2025-02-05", to: "2025-02-07" },
  { from: "2025-02-07", to: "2025-03" },
  { by: "2025-02-07" },
  { by: "2025-02" },
  "2024-12-31",
  "2024",
  "2025-12-31",
  "2026-01-01",
  "2025-01",
  { from: "2024", to: "2025-06" },
] as const;

const events = DATES.flatMap((date, i) =>
  // Two events a date, ids out of order, so that ties fall to the id.
  [`evt-${20 - i}-b`, `evt-${20 - i}-a`].map((id) => ({ id, date }) as unknown as Event),
);

/** The order as its definition words it, with the sort keys as text. */
function byDefinition(list: readonly Event[]): string[] {
  const key = (e: Event) => [chronologyKey(e.date), dateBounds(e.date).end, e.id];
  return [...list]
    .sort((a, b) => {
      const [x, y] = [key(a), key(b)];
      for (let i = 0; i < 3; i++)
        if (x[i] !== y[i]) return (x[i] as string) < (y[i] as string) ? -1 : 1;
      return 0;
    })
    .map((e) => e.id);
}

describe("chronology", () => {
  it("orders by first day, a year alone after its days, then last day, then id", () => {
    const expected = byDefinition(events);
    expect(chronology(events).map((e) => e.id)).toEqual(expected);
    expect(chronology([...events].reverse()).map((e) => e.id)).toEqual(expected);
    // "2024" closes 2024: after its last day, before 2025's first.
    const order = chronology(events).map((e) => e.id);
    const at = (id: string) => order.indexOf(id);
    const year2024 = `evt-${20 - DATES.indexOf("2024")}-a`;
    const lastDay2024 = `evt-${20 - DATES.indexOf("2024-12-31")}-a`;
    expect(at(year2024)).toBeGreaterThan(at(lastDay2024));
  });
});
