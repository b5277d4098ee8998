import { check } from "@placemarkio/check-geojson";
import type { FeatureCollection } from "geojson";
import { describe, expect, it } from "vitest";
import { exportDataset } from "../src/index.js";
import { load } from "./export-helpers.js";

const dataset = await load();

describe("GeoJSON export", () => {
  it.each(["en", "fr"] as const)("is valid RFC 7946 in %s", (lang) => {
    const text = exportDataset(dataset, "geojson", { lang });
    expect(() => check(text)).not.toThrow();
  });

  it("puts longitude first, as RFC 7946 asks", () => {
    const collection = check(
      exportDataset(dataset, "geojson", { lang: "en" }),
    ) as FeatureCollection;
    const bamako = collection.features.find((f) => f.id === "plc-bamako");
    // Bamako lies west of Greenwich (negative longitude) and north of the equator.
    expect(bamako?.geometry).toEqual({ type: "Point", coordinates: [-8, 12.64] });
  });

  it("has every place, with its event count, its events, and approximate places flagged", () => {
    const collection = check(
      exportDataset(dataset, "geojson", { lang: "en" }),
    ) as FeatureCollection;
    expect(collection.features.map((f) => f.id).sort()).toEqual(
      dataset.places.map((p) => p.id).sort(),
    );
    for (const feature of collection.features) {
      const place = dataset.places.find((p) => p.id === feature.id);
      const events = dataset.events.filter((e) => e.places.includes(String(feature.id)));
      expect(feature.properties?.event_count).toBe(events.length);
      expect(feature.properties?.events.map((e: { id: string }) => e.id).sort()).toEqual(
        events.map((e) => e.id).sort(),
      );
      expect(feature.properties?.approximate).toBe((place?.geoPrecision ?? 1) > 1);
    }
  });

  it("finds a problem in a broken collection (the validator is really checking)", () => {
    const broken = exportDataset(dataset, "geojson", { lang: "en" }).replace('"Point"', '"Pointe"');
    expect(() => check(broken)).toThrow();
  });
});
