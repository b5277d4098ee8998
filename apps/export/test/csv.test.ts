import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { CSV_COLUMNS, exportDataset } from "../src/index.js";
import { load } from "./export-helpers.js";

const dataset = await load();
const read = (text: string) =>
  parse(text, { bom: true, columns: true, relax_quotes: false }) as Record<string, string>[];

describe("CSV export", () => {
  it.each(["en", "fr"] as const)("has every event, on one row per place, in %s", (lang) => {
    const rows = read(exportDataset(dataset, "csv", { lang }));
    const expected = dataset.events.flatMap((e) =>
      e.places.length === 0 ? [`${e.id}|`] : e.places.map((p) => `${e.id}|${p}`),
    );
    expect(rows.map((r) => `${r.event_id}|${r.place_id}`).sort()).toEqual(expected.sort());
  });

  it("heads its columns with ACLED's names, in the documented order", () => {
    const text = exportDataset(dataset, "csv", { lang: "en" });
    const header = text.replace(/^\uFEFF/, "").split("\r\n")[0];
    expect(header).toBe(CSV_COLUMNS.map(([name]) => name).join(","));
    expect(header).toContain("event_id,event_date,year,time_precision,event_type,actor1");
  });

  it("gives each place the coordinates of the data", () => {
    for (const row of read(exportDataset(dataset, "csv", { lang: "en" }))) {
      if (row.place_id === "") continue;
      const place = dataset.places.find((p) => p.id === row.place_id);
      expect(Number(row.latitude)).toBe(place?.lat);
      expect(Number(row.longitude)).toBe(place?.lon);
      expect(Number(row.geo_precision)).toBe(place?.geoPrecision);
    }
  });

  it("keeps accents, quotes, commas and line breaks whole (UTF-8 with a byte-order mark)", () => {
    const text = exportDataset(dataset, "csv", { lang: "fr" });
    expect(text.startsWith("\uFEFF")).toBe(true);
    const attack = read(text).find((r) => r.event_id === "evt-attack");
    const event = dataset.events.find((e) => e.id === "evt-attack");
    expect(attack?.title).toBe(event?.title.fr);
    expect(attack?.notes).toBe(event?.summary.fr);
    expect(attack?.notes).toContain("\n");
    const visit = read(text).find((r) => r.event_id === "evt-2024-visit");
    expect(visit?.title).toBe("Une délégation sénégalaise à Bamako");
  });

  it("writes ISO dates, ACLED time precision and the Admiralty grade of each citation", () => {
    const rows = read(exportDataset(dataset, "csv", { lang: "en" }));
    const pledge = rows.find((r) => r.event_id === "evt-pledge");
    expect(pledge).toMatchObject({
      event_date: "2025-02-05",
      date_end: "2025-02-07",
      date_precision: "range",
      time_precision: "2",
      actor1: "Senegal",
      actor2: "Sadio Camara",
    });
    const source = dataset.sources.find((s) => s.id === "src-ecofin");
    expect(pledge?.citations).toBe(`src-ecofin ${source?.reliability}2`);
    const attack = rows.find((r) => r.event_id === "evt-attack");
    expect(attack).toMatchObject({ event_date: "2025-01-01", time_precision: "3", actor1: "JNIM" });
  });

  it("keeps to the period and pillars asked for", () => {
    const rows = read(
      exportDataset(dataset, "csv", { lang: "en", from: "2025", pillars: ["security"] }),
    );
    const ids = new Set(rows.map((r) => r.event_id));
    expect(ids.has("evt-2024-visit")).toBe(false);
    expect(ids.has("evt-attack")).toBe(true);
    for (const row of rows) expect(row.pillars?.split("; ")).toContain("security");
  });

  it("gives the same bytes on every run", () => {
    expect(exportDataset(dataset, "csv", { lang: "en" })).toBe(
      exportDataset(dataset, "csv", { lang: "en" }),
    );
  });
});
