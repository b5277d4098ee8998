/**
 * Benchmark of the PDF briefing note: how long `bilat brief` takes on a data folder, and on a
 * large generated one, to show that a brief's cost barely grows with the data.
 *
 *   node_modules/.bin/tsx --conditions=@bilat/source bench/brief.ts [options]
 *
 *   --data DIR     data folder to brief (default data/sen-mli)
 *   --events N     also brief a generated folder of N events, made by bench/load.ts's
 *                  generator (default 20000; 0 to skip)
 *   --runs N       renders to time after the first (default 5)
 *   --lang en|fr   language of the brief (default en)
 *
 * For each folder it prints the time to load and check the data, to build the period summary,
 * to lay out and write the PDF (first render in the process, then the median of the next ones),
 * the whole command as a fresh process, and the size of the result.
 */
import { spawnSync } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const TSX = join(ROOT, "node_modules/.bin/tsx");

// The repository root is no workspace package, so the libraries are imported by their paths.
const { buildDigest, documentDate, dateBounds, loadDataset } = await import(
  "../packages/core/src/index.js"
);
const { BRIEF_PROFILE, countPages, renderBrief } = await import("../apps/brief/src/index.js");

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

async function timed<T>(work: () => Promise<T> | T): Promise<{ value: T; ms: number }> {
  const t0 = performance.now();
  const value = await work();
  return { value, ms: performance.now() - t0 };
}

/** Times each stage of a brief of one folder, in this process and as the command. */
async function benchFolder(label: string, dir: string, lang: "en" | "fr", runs: number) {
  const loaded = await timed(() => loadDataset(dir));
  if (!loaded.value.ok)
    throw new Error(`${dir} is invalid: run \`pnpm bilat validate --data ${dir}\``);
  const dataset = loaded.value.dataset;
  const options = {
    lang,
    profile: BRIEF_PROFILE,
    generated: documentDate(dateBounds(dataset.info.cutoff).end, process.env.SOURCE_DATE_EPOCH),
  };
  const digest = await timed(() => buildDigest(dataset, options));
  const first = await timed(() => renderBrief(digest.value));
  const later: number[] = [];
  for (let i = 0; i < runs; i++) later.push((await timed(() => renderBrief(digest.value))).ms);

  const out = await mkdtemp(join(tmpdir(), "bilat-bench-brief-"));
  try {
    const args = ["apps/cli/dist/main.js", "brief"];
    const command = await timed(() =>
      spawnSync(
        process.execPath,
        [...args, "--data", dir, "--lang", lang, "--out", join(out, "brief.pdf")],
        {
          cwd: ROOT,
          encoding: "utf8",
        },
      ),
    );
    if (command.value.status !== 0) throw new Error(command.value.stderr);
    const pdf = first.value;
    const lines = [
      `${label}: ${dir}`,
      `  data            ${dataset.events.length.toLocaleString("en-GB")} events, ${dataset.byId.size.toLocaleString("en-GB")} records`,
      `  load + validate ${seconds(loaded.ms)}`,
      `  period summary  ${seconds(digest.ms)}`,
      `  render PDF      ${seconds(first.ms)} first, ${seconds(median(later))} median of ${runs} more`,
      `  bilat brief     ${seconds(command.ms)} as a fresh process`,
      `  result          ${countPages(pdf)} pages, ${(pdf.length / 1024).toFixed(0)} KiB, ${digest.value.sources.length} endnotes`,
    ];
    process.stdout.write(`${lines.join("\n")}\n`);
  } finally {
    await rm(out, { recursive: true, force: true });
  }
}

/** A generated folder, made (and kept) by bench/load.ts, whose generator is reused as is. */
function generateFolder(events: number): string {
  const run = spawnSync(
    TSX,
    ["--conditions=@bilat/source", "bench/load.ts", "--events", String(events), "--keep"],
    { cwd: ROOT, encoding: "utf8", maxBuffer: 16 * 1024 * 1024 },
  );
  const dir = /data folder\s+(\S+)/.exec(run.stdout)?.[1];
  if (run.status !== 0 || dir === undefined) {
    throw new Error(`bench/load.ts could not generate the data:\n${run.stderr}`);
  }
  return dir;
}

const { values } = parseArgs({
  options: {
    data: { type: "string", default: "data/sen-mli" },
    events: { type: "string", default: "20000" },
    runs: { type: "string", default: "5" },
    lang: { type: "string", default: "en" },
  },
});
const events = Number(values.events);
const runs = Number(values.runs);
if (!Number.isInteger(events) || events < 0) throw new Error("--events must be a whole number");
if (!Number.isInteger(runs) || runs < 1) throw new Error("--runs must be 1 or more");
if (values.lang !== "en" && values.lang !== "fr") throw new Error("--lang is en or fr");

process.stdout.write(`bilat brief benchmark (Node ${process.version}, ${values.lang})\n`);
await benchFolder("data folder", join(ROOT, values.data), values.lang, runs);
if (events > 0) {
  const dir = generateFolder(events);
  try {
    await benchFolder(
      `generated, ${events.toLocaleString("en-GB")} events`,
      dir,
      values.lang,
      runs,
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
