import { cp, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BUNDLE_SCHEMA_URL, loadDataset, RECORD_KINDS } from "@bilat/core";
import { afterAll, describe, expect, it } from "vitest";
import { exportDataset } from "../src/index.js";
import { load, PAIR } from "./export-helpers.js";

const dataset = await load();
const byId = (records: readonly { id: string }[]) =>
  [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
const folders: string[] = [];
afterAll(() => Promise.all(folders.map((d) => rm(d, { recursive: true, force: true }))));

describe("JSON export", () => {
  it("names its JSON Schema and holds every record of every kind", () => {
    const bundle = JSON.parse(exportDataset(dataset, "json", { lang: "en" }));
    expect(bundle.$schema).toBe(BUNDLE_SCHEMA_URL);
    expect(bundle.dataset).toEqual(dataset.info);
    for (const { folder } of Object.values(RECORD_KINDS)) {
      const records = dataset[folder as keyof typeof dataset] as { id: string }[];
      expect(byId(bundle[folder]), folder).toEqual(byId(records));
    }
  });

  it("loads back into @bilat/core as JSON record files, to the same dataset", async () => {
    const bundle = JSON.parse(exportDataset(dataset, "json", { lang: "en" }));
    const dir = await mkdtemp(join(tmpdir(), "bilat-json-"));
    folders.push(dir);
    // JSON is YAML, so the description goes into dataset.yaml as it is.
    await writeFile(join(dir, "dataset.yaml"), JSON.stringify(bundle.dataset));
    for (const { folder } of Object.values(RECORD_KINDS)) {
      await mkdir(join(dir, folder), { recursive: true });
      await writeFile(join(dir, folder, `${folder}.json`), JSON.stringify(bundle[folder]));
    }
    await cp(join(PAIR, "archive"), join(dir, "archive"), { recursive: true }).catch(() => {});
    const reloaded = await loadDataset(dir);
    expect(reloaded.ok, JSON.stringify(reloaded.problems.slice(0, 3))).toBe(true);
    if (!reloaded.ok) return;
    expect(reloaded.dataset.info).toEqual(dataset.info);
    for (const { folder } of Object.values(RECORD_KINDS)) {
      const key = folder as keyof typeof dataset;
      const again = reloaded.dataset[key] as { id: string }[];
      expect(byId(again), folder).toEqual(byId(dataset[key] as { id: string }[]));
    }
  });

  it("keeps to the period asked for, with what its records name", () => {
    const bundle = JSON.parse(exportDataset(dataset, "json", { lang: "en", from: "2025-03" }));
    const ids = new Set(
      [...bundle.actors, ...bundle.places, ...bundle.sources].map((r: { id: string }) => r.id),
    );
    for (const event of bundle.events) {
      for (const place of event.places) expect(ids.has(place)).toBe(true);
      for (const c of event.citations) expect(ids.has(c.source)).toBe(true);
    }
    expect(bundle.events.length).toBeLessThan(dataset.events.length);
  });
});
