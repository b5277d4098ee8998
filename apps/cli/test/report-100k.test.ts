import { mkdtemp, readdir, rm } from "node:fs/promises";
import { availableParallelism, tmpdir } from "node:os";
import { join, relative } from "node:path";
import { Worker } from "node:worker_threads";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bilatProcess } from "./helpers/bilat.js";

// The report of the largest dataset bilat is measured on: 100,000 generated events (see
// bench/README.md). It runs the built command line, as a user does, and reads every page back
// with a GFM parser on worker threads; the parsing is what takes most of this file's minutes.

const EVENTS = 100_000;
const MIB = 1024 * 1024;

type Generate = (
  dir: string,
  options: { events: number; perFile: number; errors: number; seed: number },
) => Promise<{ events: number }>;
const GENERATOR = new URL("../../../bench/generate.ts", import.meta.url).href;

/** What the worker (`support/parse-pages.worker.mjs`) reports of one parsed page. */
interface ParsedPage {
  file: string;
  bytes: number;
  headings: number;
  tableRows: number;
  ragged: boolean;
  undefinedNotes: string[];
}

/** Parses the files on as many worker threads as there are cores (at most 4). */
async function parsePages(files: readonly string[]): Promise<ParsedPage[]> {
  const workers = Math.max(1, Math.min(4, availableParallelism()));
  const shares = Array.from({ length: workers }, (_, w) =>
    files.filter((_, i) => i % workers === w),
  );
  const parsed: ParsedPage[] = [];
  await Promise.all(
    shares.map(
      (share) =>
        new Promise<void>((resolve, reject) => {
          const worker = new Worker(new URL("./support/parse-pages.worker.mjs", import.meta.url), {
            workerData: { files: share },
          });
          worker.on("message", (page: ParsedPage) => parsed.push(page));
          worker.on("error", reject);
          worker.on("exit", (code) =>
            code === 0 ? resolve() : reject(new Error(`parsing worker exited with ${code}`)),
          );
        }),
    ),
  );
  return parsed.sort((a, b) => (a.file < b.file ? -1 : 1));
}

async function markdownFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith(".md"))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

describe("bilat report on 100,000 events", () => {
  let root: string;
  let data: string;
  let out: string;
  let env: Record<string, string>;
  let generated: { events: number };

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), "bilat-100k-"));
    data = join(root, "data");
    out = join(root, "reports");
    env = { BILAT_CACHE_DIR: join(root, "cache") };
    const { generateDataset } = (await import(GENERATOR)) as { generateDataset: Generate };
    generated = await generateDataset(data, { events: EVENTS, perFile: 1000, errors: 0, seed: 11 });
  }, 600_000);
  afterAll(() => rm(root, { recursive: true, force: true }));

  it("writes pages of at most 1 MiB that each parse as GFM, list every event once per language with its footnotes, and pass --check", async () => {
    expect(generated.events).toBe(EVENTS);
    const written = await bilatProcess(["report", "--data", data, "--out", out], env);
    expect(written.stderr).toBe("");
    expect(written.status).toBe(0);

    const files = await markdownFiles(out);
    const pages = await parsePages(files);
    expect(pages.map((p) => p.file)).toEqual(files);
    for (const page of pages) {
      const name = relative(out, page.file);
      expect(page.bytes, name).toBeLessThanOrEqual(MIB);
      expect(page.headings, name).toBeGreaterThan(0);
      expect(page.ragged, name).toBe(false);
      expect(page.undefinedNotes, `${name}: footnotes without a definition`).toEqual([]);
    }
    for (const lang of ["en", "fr"]) {
      const chronology = pages.filter((p) =>
        p.file.startsWith(join(out, "bench", `${lang}-chronology`)),
      );
      expect(chronology.length, lang).toBeGreaterThan(100);
      // Each event is one row of one page's table: none lost, none twice.
      expect(chronology.reduce((sum, p) => sum + p.tableRows, 0)).toBe(EVENTS);
    }

    const check = await bilatProcess(["report", "--data", data, "--out", out, "--check"], env);
    expect(check.stderr).toBe("");
    expect(check.status).toBe(0);
    expect(check.stdout).toContain("up to date");
  }, 1_800_000);
});
