/**
 * The speed table: every row of the goals, measured in one run on this machine, as fresh
 * processes (medians of --runs) and in process, with the floors beside them: JSON.parse of the
 * same records, js-yaml alone on the same files, and Chromium printing the Markdown report.
 *
 *   pnpm bench:table [--events 100000] [--runs 5] [--big-runs 5] [--data DIR] [--big DIR]
 *
 *   --data DIR     the shipped data folder (default data/sen-mli)
 *   --big DIR      a generated folder to reuse (default: generate --events events, then delete)
 *
 * It runs the built command line (`node apps/cli/dist/main.js`, what `pnpm bilat` runs) and, for
 * the first rows, `pnpm bilat` itself, whose own start-up shows apart. Peak memory and CPU come
 * from GNU time when /usr/bin/time exists. No test reads these figures.
 */
import { execFileSync, spawnSync } from "node:child_process";
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { chromiumPrint } from "./chromium-print.js";
import { generateDataset } from "./generate.js";
import { mib, s, type Timing, timeCommand, timeInProcess } from "./measure.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
// js-yaml as the loader uses it: the repository root is no package, so through @bilat/core's.
const jsYaml = createRequire(join(ROOT, "packages/core/package.json"))("js-yaml") as {
  load(text: string): unknown;
};
const MAIN = join(ROOT, "apps/cli/dist/main.js");
const { values } = parseArgs({
  options: {
    events: { type: "string", default: "100000" },
    runs: { type: "string", default: "5" },
    "big-runs": { type: "string", default: "5" },
    data: { type: "string", default: "data/sen-mli" },
    big: { type: "string" },
  },
});
const runs = Number(values.runs);
const bigRuns = Number(values["big-runs"]);
const events = Number(values.events);
if (!existsSync(MAIN)) throw new Error("the command line is not built: run `pnpm build` first");

const temp = mkdtempSync(join(tmpdir(), "bilat-bench-table-"));
const cacheDir = join(temp, "cache");
const env = { ...process.env, BILAT_CACHE_DIR: cacheDir, NO_COLOR: "1" };
const node = (args: string[], runsOf = runs, before?: () => void) =>
  timeCommand(process.execPath, [MAIN, ...args], { cwd: ROOT, env, runs: runsOf, before });
const pnpm = (args: string[]) => timeCommand("pnpm", ["bilat", ...args], { cwd: ROOT, env, runs });
const emptyCache = () => rmSync(cacheDir, { recursive: true, force: true });

interface Row {
  what: string;
  measured: string;
  goal: string;
  holds: boolean | undefined;
  onCpu: boolean | undefined;
}
const rows: Row[] = [];
/** `onCpu` judges the goal on CPU time, which a machine busy with other work does not inflate. */
const row = (
  what: string,
  measured: string,
  goal: string,
  holds: boolean | undefined,
  onCpu?: boolean,
) => {
  rows.push({ what, measured, goal, holds, onCpu });
  process.stderr.write(`  ${what}: ${measured}\n`);
};
const cpu = (t: Timing) => t.cpuSeconds ?? t.seconds;
const wall = (t: Timing) =>
  `${s(t.seconds)}${t.cpuSeconds === undefined ? "" : ` (CPU ${s(t.cpuSeconds)})`}`;

/** Size of the largest file under a folder, in MiB. */
const largest = (dir: string) =>
  Math.max(
    0,
    ...readdirSync(dir, { recursive: true, encoding: "utf8" }).map((f) =>
      statSync(join(dir, f)).isFile() ? statSync(join(dir, f)).size : 0,
    ),
  ) / 1048576;

const yes = (b: boolean | undefined) => (b === undefined ? "–" : b ? "yes" : "no");
const loadStart = loadavg()[0]?.toFixed(1);

try {
  process.stderr.write(
    `bilat speed table (Node ${process.version}, ${runs} runs, ${bigRuns} for ${events.toLocaleString("en-GB")} events)\n`,
  );
  const shipped = values.data;
  // ——— shipped data ———
  const helpPnpm = pnpm(["--help"]);
  const helpNode = node(["--help"]);
  row(
    "`pnpm bilat --help`",
    wall(helpPnpm),
    "≤ 0.15 s",
    helpPnpm.seconds <= 0.15,
    cpu(helpPnpm) <= 0.15,
  );
  row(
    "`node apps/cli/dist/main.js --help`",
    wall(helpNode),
    "≤ 0.15 s",
    helpNode.seconds <= 0.15,
    cpu(helpNode) <= 0.15,
  );
  const validatePnpm = pnpm(["validate", "--data", shipped]);
  const validateNode = node(["validate", "--data", shipped]);
  row(
    "`pnpm bilat validate`, shipped data",
    wall(validatePnpm),
    "≤ 0.4 s",
    validatePnpm.seconds <= 0.4,
  );
  row(
    "`node …/main.js validate`, shipped data",
    wall(validateNode),
    "≤ 0.4 s",
    validateNode.seconds <= 0.4,
  );
  const briefOut = join(temp, "brief.pdf");
  const brief = pnpm(["brief", "--data", shipped, "--lang", "en", "--out", briefOut]);
  const briefNode = node(["brief", "--data", shipped, "--lang", "en", "--out", briefOut]);
  const print = chromiumPrint({ dataDir: shipped, main: MAIN, root: ROOT, temp, runs, env });
  if (typeof print === "string") {
    row("`pnpm bilat brief`, shipped data", wall(brief), "≤ 0.6 × Chromium's print", undefined);
    row("Chromium prints the Markdown report (floor)", print, "", undefined);
  } else {
    const ratio = brief.seconds / print.seconds;
    row(
      "`pnpm bilat brief`, shipped data",
      `${wall(brief)} = ${ratio.toFixed(2)} × Chromium`,
      "≤ 0.6 × Chromium's print",
      ratio <= 0.6,
    );
    row(
      "`node …/main.js brief`, shipped data",
      `${wall(briefNode)} = ${(briefNode.seconds / print.seconds).toFixed(2)} × Chromium`,
      "≤ 0.6 × Chromium's print",
      briefNode.seconds / print.seconds <= 0.6,
    );
    row("Chromium prints the Markdown report (floor)", wall(print), "", undefined);
  }

  // ——— large generated data ———
  let big = values.big;
  if (big === undefined) {
    big = join(temp, "big");
    await generateDataset(big, { events, perFile: 1000, errors: 0, seed: 20250205 });
  }
  const size = readdirSync(big, { recursive: true, encoding: "utf8" }).reduce(
    (sum, f) =>
      sum + (statSync(join(big as string, f)).isFile() ? statSync(join(big as string, f)).size : 0),
    0,
  );
  const label = `${events.toLocaleString("en-GB")} events (${Math.round(size / 1048576)} MiB)`;
  const first = node(["validate", "--data", big], bigRuns, emptyCache);
  row(
    `\`bilat validate\`, ${label}, first sight`,
    `${wall(first)}, peak ${mib(first.peakMiB)}`,
    "≤ 5 s, ≤ 600 MiB",
    first.seconds <= 5 && (first.peakMiB ?? 0) <= 600,
  );
  const noCache = node(["validate", "--data", big, "--no-cache"], bigRuns);
  row(
    `\`bilat validate --no-cache\`, ${label}`,
    `${wall(noCache)}, peak ${mib(noCache.peakMiB)}`,
    "",
    undefined,
  );
  const warm = node(["validate", "--data", big], bigRuns);
  row(
    `\`bilat validate\`, ${label}, no file changed`,
    `${wall(warm)}, peak ${mib(warm.peakMiB)}`,
    "≤ 1.5 s, ≤ 600 MiB",
    warm.seconds <= 1.5 && (warm.peakMiB ?? 0) <= 600,
  );
  const bigBrief = node(
    ["brief", "--data", big, "--lang", "en", "--out", join(temp, "big.pdf")],
    bigRuns,
  );
  const briefRatio = bigBrief.seconds / briefNode.seconds;
  row(
    `\`bilat brief\`, ${label}`,
    `${wall(bigBrief)} = ${briefRatio.toFixed(1)} × the shipped brief, peak ${mib(bigBrief.peakMiB)}`,
    "≤ 4 × the shipped brief",
    briefRatio <= 4,
  );
  const reportOut = join(temp, "big-report");
  const bigReport = node(["report", "--data", big, "--out", reportOut], bigRuns);
  const biggest = largest(reportOut);
  row(
    `\`bilat report\`, ${label}`,
    `${wall(bigReport)}, peak ${mib(bigReport.peakMiB)}, largest file ${biggest.toFixed(1)} MiB`,
    "≤ 10 s, ≤ 800 MiB, no file over 1 MiB",
    bigReport.seconds <= 10 && (bigReport.peakMiB ?? 0) <= 800 && biggest <= 1,
  );

  // ——— in process, and the floors ———
  const core = await import("../packages/core/src/index.js");
  const load = await timeInProcess(Math.min(bigRuns, 3), () => core.loadDataset(big as string));
  if (!load.value.ok) throw new Error(`${big} is invalid`);
  const dataset = load.value.dataset;
  row(`in process: loadDataset, ${label}, no cache`, s(load.seconds), "", undefined);
  const cached = await timeInProcess(Math.min(bigRuns, 3), () =>
    core.loadDataset(big as string, { cache: cacheDir }),
  );
  row(`in process: loadDataset, ${label}, from the cache`, s(cached.seconds), "", undefined);
  const digest = await timeInProcess(bigRuns, () => core.buildDigest(dataset, { lang: "en" }));
  row(`in process: buildDigest (period summary), ${label}`, s(digest.seconds), "", undefined);
  const records = [...dataset.byId.values()].map((r) => r.record);
  const json = JSON.stringify(records);
  const parse = await timeInProcess(bigRuns, () => JSON.parse(json).length);
  row(
    `floor: JSON.parse of the same records (${Math.round(json.length / 1048576)} MiB)`,
    s(parse.seconds),
    "",
    undefined,
  );
  const texts = readdirSync(join(big, "events")).map((f) =>
    readFileSync(join(big as string, "events", f), "utf8"),
  );
  const yamlOnly = await timeInProcess(
    Math.min(bigRuns, 3),
    () => texts.map((t) => jsYaml.load(t)).length,
  );
  row("floor: js-yaml alone on the event files", s(yamlOnly.seconds), "", undefined);
  if (values.big === undefined) rmSync(big, { recursive: true, force: true });

  const lines = [
    "| what | measured (median) | goal | holds |",
    "| --- | --- | --- | --- |",
    ...rows.map(
      (r) =>
        `| ${r.what} | ${r.measured} | ${r.goal || "–"} | ${r.holds === undefined ? "–" : r.holds ? "yes" : "no"} |`,
    ),
  ];
  process.stdout.write(`${lines.join("\n")}\n`);
} finally {
  rmSync(temp, { recursive: true, force: true });
}
