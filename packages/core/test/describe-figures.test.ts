import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import {
  buildDigest,
  type Dataset,
  describeEventsChart,
  describePlacesMap,
  formatNumber,
  loadDataset,
} from "../src/index.js";

const here = dirname(fileURLToPath(import.meta.url));
let dataset: Dataset;

beforeAll(async () => {
  const result = await loadDataset(resolve(here, "../../../data/sen-mli"));
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join("\n"));
  dataset = result.dataset;
});

describe.each(["en", "fr"] as const)("alternate text of the figures in %s", (lang) => {
  it("names every place of the map with its number of events", () => {
    const digest = buildDigest(dataset, { lang });
    const text = describePlacesMap(digest);
    expect(text.startsWith(digest.labels.sections.map)).toBe(true);
    for (const p of digest.places)
      expect(text).toContain(`${p.name} ${formatNumber(p.events, lang)}`);
  });

  it("gives the chart's counts by year and pillar, adding up to its events", () => {
    const digest = buildDigest(dataset, { lang });
    const text = describeEventsChart(digest);
    expect(text.startsWith(digest.labels.sections.chart)).toBe(true);
    const counts = [...text.matchAll(/ (\d+)(?=[,;.])/g)].map((m) => Number(m[1]));
    const total = digest.timeline.buckets.reduce((sum, b) => sum + b.count, 0);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(total);
    for (const year of new Set(digest.timeline.buckets.map((b) => b.period.slice(0, 4))))
      expect(text).toContain(`${year}:`);
  });
});
