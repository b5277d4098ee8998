import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type * as Core from "@bilat/core";
import { afterAll, describe, expect, it } from "vitest";
import { makeDataFolder, removeDataFolders } from "./helpers/data-folder.js";

/**
 * Parsing on worker threads gives exactly what parsing in one thread gives: the same records and
 * the same problems at the same file:line:col, in the same order, with a worker that dies
 * answered by the loader itself. Workers run the built JavaScript, so this test loads the build.
 */

const built = (await import(new URL("../dist/index.js", import.meta.url).href)) as typeof Core;

const temp: string[] = [];
afterAll(async () => {
  await removeDataFolders();
  for (const dir of temp) await rm(dir, { recursive: true, force: true });
});

/** An event file of `n` events, with a planted problem in some of them. */
function eventFile(prefix: string, n: number, broken: boolean): string {
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    lines.push(
      `- id: evt-${prefix}-${i}`,
      i % 19 === 9
        ? '  date: { from: "2025-02-07", to: "2025-02-05" }'
        : `  date: "2025-02-${String(1 + (i % 20)).padStart(2, "0")}"`,
      "  type: statement",
      "  pillars: [diplomatic]",
      `  title: { en: Statement ${i}, fr: Déclaration ${i} }`,
      "  summary: { en: Mali issued a statement., fr: Le Mali a publié une déclaration. }",
      `  actors: [{ actor: ${i % 7 === 3 ? "act-mal" : "act-mali"}, role: source }]`,
      ...(i % 11 === 5 ? ["  sumary: misspelt"] : []),
      "  citations:",
      "    - source: src-ecofin",
      i % 17 === 8
        ? "      excerpt: Senegal and Mali have pledged to end their military cooperation."
        : "      excerpt: Senegal and Mali have pledged to deepen their military cooperation to enhance regional security.",
      "      translation: { fr: Le Sénégal et le Mali se sont engagés. }",
      `      credibility: ${i % 13 === 6 ? 3 : 2}`,
    );
  }
  if (broken) lines.push("- id: [unclosed");
  return `${lines.join("\n")}\n`;
}

const EDITS: Record<string, string> = {};
for (let f = 0; f < 6; f++) EDITS[`events/batch-${f}.yaml`] = eventFile(`b${f}`, 40, f === 4);

const shown = (result: Core.LoadResult) => {
  const dataset = result.ok ? result.dataset : result.partial;
  return {
    ok: result.ok,
    problems: result.problems,
    records: dataset ? [...dataset.byId.values()] : [],
  };
};

describe("parsing on worker threads", () => {
  it("gives the same records and problems, in the same order, as parsing in one thread", async () => {
    const { dir } = await makeDataFolder(EDITS);
    const serial = shown(await built.loadDataset(dir, { parallelFrom: Infinity }));
    const codes = new Set(serial.problems.map((p) => p.code));
    expect([...codes]).toEqual(
      expect.arrayContaining([
        "yaml-syntax",
        "unknown-key",
        "dangling-reference",
        "range-order",
        "excerpt-not-in-archive",
        "inconsistent-credibility",
      ]),
    );
    const loaded = await built.loadDataset(dir, { parallelFrom: 0, workers: 2 });
    expect(loaded.parallel?.workers).toBe(2);
    expect(loaded.parallel?.files).toBeGreaterThan(6);
    expect(shown(loaded)).toEqual(serial);
    // Through the cache too: written from the workers' bytes, then read back.
    const cache = await mkdtemp(join(tmpdir(), "bilat-cache-"));
    temp.push(cache);
    const first = await built.loadDataset(dir, { parallelFrom: 0, cache });
    expect(first.cache).toMatchObject({ hits: 0, rejected: [] });
    expect(shown(first)).toEqual(serial);
    const again = await built.loadDataset(dir, { parallelFrom: 0, cache });
    expect(again.cache).toMatchObject({ misses: 0, rejected: [] });
    expect(shown(again)).toEqual(serial);
  });

  it("parses a file itself when its worker dies (out of memory), and does not wait for it", async () => {
    // One file large enough that a worker with a heap of a few MiB cannot hold it.
    const { dir } = await makeDataFolder({
      ...EDITS,
      "events/large.yaml": eventFile("l", 6000, false),
    });
    const serial = shown(await built.loadDataset(dir, { parallelFrom: Infinity }));
    const starved = await built.loadDataset(dir, { parallelFrom: 0, workers: 2, workerHeapMiB: 8 });
    expect(starved.parallel?.workers).toBe(2);
    // The large file at least was parsed here, after its worker died.
    expect(starved.parallel?.files).toBeLessThan(11);
    expect(shown(starved)).toEqual(serial);
  });

  it("finds the same problems from the outlines a check of the problems alone parses to", async () => {
    const { dir } = await makeDataFolder(EDITS);
    const serial = await built.checkDataset(dir, { parallelFrom: Infinity });
    expect(serial.problems.map((p) => p.code)).toEqual(
      expect.arrayContaining(["excerpt-not-in-archive", "inconsistent-credibility"]),
    );
    const parallel = await built.checkDataset(dir, { parallelFrom: 0, workers: 2 });
    expect(parallel.parallel?.files).toBeGreaterThan(6);
    expect({ ...parallel, parallel: undefined }).toEqual(serial);
    // The cache keeps whole outcomes, not outlines: a load after the check gives whole records.
    const cache = await mkdtemp(join(tmpdir(), "bilat-cache-"));
    temp.push(cache);
    const checked = await built.checkDataset(dir, { parallelFrom: 0, workers: 2, cache });
    expect(checked.problems).toEqual(serial.problems);
    const loaded = await built.loadDataset(dir, { parallelFrom: 0, cache });
    expect(loaded.cache).toMatchObject({ misses: 0, rejected: [] });
    expect(shown(loaded)).toEqual(shown(await built.loadDataset(dir, { parallelFrom: Infinity })));
  });

  it("reaches the checks' verdict, and reuses it, with files that only the workers read", async () => {
    const { dir } = await makeDataFolder(EDITS);
    const cache = await mkdtemp(join(tmpdir(), "bilat-cache-"));
    temp.push(cache);
    const options = { parallelFrom: 0, workers: 2, cache };
    const first = await built.checkDataset(dir, options);
    expect(first.parallel?.files).toBeGreaterThan(6);
    expect(first.cache).toMatchObject({ hits: 0, verdict: false });
    const again = await built.checkDataset(dir, options);
    expect(again.cache).toMatchObject({ misses: 0, verdict: true });
    expect(again.problems).toEqual(first.problems);
    // A file edited since: parsed again, and the checks run again.
    await writeFile(join(dir, "events/batch-0.yaml"), eventFile("b0", 41, false));
    const edited = await built.checkDataset(dir, options);
    expect(edited.cache).toMatchObject({ misses: 1, verdict: false });
    expect(edited.problems).toEqual(
      (await built.checkDataset(dir, { parallelFrom: Infinity })).problems,
    );
  });
});
