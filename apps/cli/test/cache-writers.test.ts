import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type * as Core from "@bilat/core";
import { afterAll, describe, expect, it } from "vitest";
import { bilatProcess, dataFolder, ROOT, removeDataFolders } from "./helpers/bilat.js";

// The built loader, as the processes run it: the cache is written for the code that reads it.
const { loadDataset } = (await import(
  new URL("packages/core/dist/bundle/index.js", `file://${ROOT}`).href
)) as typeof Core;
type LoadResult = Core.LoadResult;

/**
 * Two real processes validating one data folder at once, with one cache folder, each writing the
 * cache (parsing on worker threads): whatever order their writes land in, the cache left behind
 * is whole, and a load from it gives what a load without it gives.
 */

const temp: string[] = [];
afterAll(async () => {
  await removeDataFolders();
  for (const dir of temp) await rm(dir, { recursive: true, force: true });
});

const shown = (result: LoadResult) => {
  const dataset = result.ok ? result.dataset : result.partial;
  return { ok: result.ok, problems: result.problems, records: dataset ? [...dataset.byId] : [] };
};

/** A list file of events, one of them pointing at an actor that does not exist. */
const events = (round: number) =>
  Array.from({ length: 60 }, (_, i) =>
    [
      `- id: evt-r${round}-${i}`,
      '  date: "2025-02-10"',
      "  type: statement",
      "  pillars: [diplomatic]",
      `  title: { en: Statement ${i}, fr: Déclaration ${i} }`,
      "  summary: { en: Mali issued a statement., fr: Le Mali a publié une déclaration. }",
      `  actors: [{ actor: ${i === round ? "act-mal" : "act-mali"}, role: source }]`,
      "  citations:",
      "    - source: src-ecofin",
      "      excerpt: Senegal and Mali have pledged to deepen their military cooperation to enhance regional security.",
      "      translation: { fr: Le Sénégal et le Mali se sont engagés. }",
      "      credibility: 2",
      "",
    ].join("\n"),
  ).join("");

describe("two processes writing the parse cache at once", () => {
  it("never leave a half-written or mixed cache", async () => {
    const { dir } = await dataFolder({
      "events/batch-a.yaml": events(0),
      "events/batch-b.yaml": events(1),
    });
    const cache = await mkdtemp(join(tmpdir(), "bilat-cache-"));
    temp.push(cache);
    const env = { BILAT_CACHE_DIR: cache, BILAT_PARALLEL_FROM: "0" };
    for (let round = 0; round < 4; round++) {
      // Both processes see a changed file, so both write the cache.
      await writeFile(join(dir, "events/batch-a.yaml"), events(round));
      const runs = await Promise.all([
        bilatProcess(["validate", "--data", dir, "--format", "json"], env),
        bilatProcess(["validate", "--data", dir, "--format", "json"], env),
      ]);
      const without = await bilatProcess([
        "validate",
        "--data",
        dir,
        "--format",
        "json",
        "--no-cache",
      ]);
      expect(JSON.parse(without.stdout).errors).toBeGreaterThan(0);
      for (const run of runs) {
        expect(run.stderr).toBe("");
        expect(run.stdout).toBe(without.stdout);
      }
      // What they left: one cache file, no temporary file, every entry sound.
      expect((await readdir(cache)).filter((f) => !f.endsWith(".bin"))).toEqual([]);
      const cached = await loadDataset(dir, { cache });
      expect(cached.cache?.rejected).toEqual([]);
      expect(cached.cache?.misses).toBe(0);
      expect(shown(cached)).toEqual(shown(await loadDataset(dir)));
      expect(await readFile(join(dir, "events/batch-a.yaml"), "utf8")).toBe(events(round));
    }
  });
});
