/**
 * Benchmark of `loadDataset` (parse + validate + cross-record checks) on a generated dataset.
 *
 *   node_modules/.bin/tsx --conditions=@bilat/source bench/load.ts [options]
 *
 *   --events N     events to generate (default 100000)
 *   --per-file N   events per list file (default: all in one file)
 *   --errors N     problems to plant in the events (default 0)
 *   --seed N       seed of the generator (default 20250205)
 *   --keep         keep the generated folder and print its path
 *
 * The data is generated deterministically (same seed, same bytes) into a temporary folder, then
 * loaded in a fresh Node process so that its peak memory is the loader's alone.
 */
import { spawnSync } from "node:child_process";
import { mkdtemp, readdir, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { getHeapStatistics } from "node:v8";
import { generateDataset } from "./generate.js";

async function folderSize(dir: string): Promise<{ files: number; bytes: number; largest: number }> {
  let files = 0;
  let bytes = 0;
  let largest = 0;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const { size } = await stat(join(entry.parentPath, entry.name));
    files += 1;
    bytes += size;
    largest = Math.max(largest, size);
  }
  return { files, bytes, largest };
}

interface Measure {
  ok: boolean;
  records: number;
  problems: number;
  byCode: Record<string, number>;
  seconds: number;
  cpuSeconds: number;
  maxRssMiB: number;
  heapUsedMiB: number;
  heapLimitMiB: number;
}

/** Run in the child process: load the folder and print the measures as JSON. */
async function measure(dir: string): Promise<void> {
  // The repository root is no workspace package, so the library is imported by its path.
  const { loadDataset } = await import("../packages/core/src/index.js");
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const result = await loadDataset(dir);
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const byCode: Record<string, number> = {};
  for (const p of result.problems) byCode[p.code] = (byCode[p.code] ?? 0) + 1;
  const out: Measure = {
    ok: result.ok,
    records: result.ok ? result.dataset.byId.size : 0,
    problems: result.problems.length,
    byCode,
    seconds,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    maxRssMiB: process.resourceUsage().maxRSS / 1024,
    heapUsedMiB: process.memoryUsage().heapUsed / 1048576,
    heapLimitMiB: getHeapStatistics().heap_size_limit / 1048576,
  };
  process.stdout.write(`${JSON.stringify(out)}\n`);
}

const mib = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MiB`;
const n = (x: number) => x.toLocaleString("en-GB");

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      events: { type: "string", default: "100000" },
      "per-file": { type: "string" },
      errors: { type: "string", default: "0" },
      seed: { type: "string", default: "20250205" },
      keep: { type: "boolean", default: false },
      measure: { type: "string" },
    },
  });
  if (values.measure) return measure(values.measure);

  const events = Number(values.events);
  const options = {
    events,
    perFile: values["per-file"] ? Number(values["per-file"]) : events,
    errors: Number(values.errors),
    seed: Number(values.seed),
  };
  for (const [name, value] of Object.entries(options)) {
    if (!Number.isInteger(value) || value < 0 || (name !== "errors" && value === 0)) {
      throw new Error(`--${name} must be a whole number`);
    }
  }
  const dir = await mkdtemp(join(tmpdir(), "bilat-bench-"));
  try {
    const g0 = performance.now();
    const counts = await generateDataset(dir, options);
    const generated = (performance.now() - g0) / 1000;
    const size = await folderSize(dir);
    const total = Object.values(counts).reduce((a, b) => a + b, 0);

    const child = spawnSync(
      process.execPath,
      [...process.execArgv, fileURLToPath(import.meta.url), "--measure", dir],
      { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
    );
    if (child.status !== 0) {
      process.stderr.write(child.stderr);
      throw new Error(`the load failed (exit ${child.status}, signal ${child.signal})`);
    }
    const m = JSON.parse(child.stdout.trim().split("\n").at(-1) ?? "{}") as Measure;
    const codes = Object.entries(m.byCode)
      .map(([code, count]) => `${code} ${count}`)
      .join(", ");
    const lines = [
      `bilat load benchmark (seed ${options.seed}, Node ${process.version})`,
      `  records         ${n(total)} (${n(counts.events)} events, ${n(counts.sources)} sources, ${n(counts.actors)} actors, ${n(counts.places)} places, ${n(counts.agreements)} agreements, ${n(counts.indicators)} indicators, ${n(counts.judgments)} judgments)`,
      `  files           ${size.files}, ${mib(size.bytes)} in all, largest ${mib(size.largest)}`,
      `  generated in    ${generated.toFixed(1)} s`,
      `  load + validate ${m.seconds.toFixed(2)} s wall, ${m.cpuSeconds.toFixed(2)} s CPU (${n(Math.round(total / m.seconds))} records/s)`,
      `  result          ${m.ok ? "valid" : "invalid"}, ${n(m.problems)} problems${codes ? ` (${codes})` : ""}`,
      `  peak RSS        ${m.maxRssMiB.toFixed(0)} MiB (heap after load ${m.heapUsedMiB.toFixed(0)} MiB, limit ${m.heapLimitMiB.toFixed(0)} MiB)`,
    ];
    if (values.keep) lines.push(`  data folder     ${dir}`);
    process.stdout.write(`${lines.join("\n")}\n`);
  } finally {
    if (!values.keep) await rm(dir, { recursive: true, force: true });
  }
}

await main();
