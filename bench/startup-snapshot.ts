/**
 * How fast can a fresh process make the brief? The command line started from a Node startup
 * snapshot (`startup-snapshot-main.ts`) taken after the commands ran once, against the built
 * command line and Chromium's print of the same data, side by side in one run:
 *
 *   pnpm bench:snapshot [--data data/sen-mli] [--sample DIR] [--runs 10]
 *
 * Two snapshots are timed: one warmed on another dataset (`--sample`, a test fixture), as a
 * shipped snapshot would be, and one warmed on the very data it then renders, which has every
 * word already laid out and the map's basemap made: the best any start-up technique can do.
 * Both briefs are compared byte for byte with the built command line's. No test reads these
 * figures.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { build } from "esbuild";
import { chromiumPrint } from "./chromium-print.js";
import { s, type Timing, timeCommand } from "./measure.js";
import { ORIGIN_BANNER, originPaths } from "./origin-paths.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const MAIN = join(ROOT, "apps/cli/dist/main.js");
const { values } = parseArgs({
  options: {
    data: { type: "string", default: "data/sen-mli" },
    sample: { type: "string", default: "tooling/test-data/fixtures/mrt-mli" },
    runs: { type: "string", default: "10" },
  },
});
const runs = Number(values.runs);
const data = resolve(ROOT, values.data);
if (!existsSync(MAIN)) throw new Error("the command line is not built: run `pnpm build` first");

const temp = mkdtempSync(join(tmpdir(), "bilat-bench-snapshot-"));
const env = { ...process.env, BILAT_CACHE_DIR: join(temp, "cache"), NO_COLOR: "1" };

/** Bundles the snapshot's entry into one CommonJS script, as `node --build-snapshot` needs. */
async function bundle(): Promise<string> {
  const outfile = join(temp, "bilat.cjs");
  await build({
    entryPoints: [join(ROOT, "bench/startup-snapshot-main.ts")],
    outfile,
    bundle: true,
    format: "cjs",
    platform: "node",
    target: "node20",
    // pdfkit's and fontkit's CommonJS builds are the ones patched (patches/).
    mainFields: ["main", "module"],
    banner: { js: ORIGIN_BANNER },
    plugins: [originPaths(temp)],
    logLevel: "error",
  });
  return outfile;
}

/** A snapshot of the command line after a warm-up on `sample`. */
function snapshot(script: string, sample: string, name: string): string {
  const blob = join(temp, `${name}.blob`);
  const made = spawnSync(process.execPath, ["--snapshot-blob", blob, "--build-snapshot", script], {
    env: { ...env, BILAT_SNAPSHOT_SAMPLE: sample },
    encoding: "utf8",
  });
  if (made.status !== 0) throw new Error(`the snapshot was not built:\n${made.stderr}`);
  return blob;
}

const brief = (out: string) => ["brief", "--data", data, "--lang", "en", "--out", out];
const time = (args: string[]) => timeCommand(process.execPath, args, { cwd: ROOT, env, runs });

try {
  const script = await bundle();
  const other = snapshot(script, resolve(ROOT, values.sample), "other");
  const same = snapshot(script, data, "same");
  const out = (name: string) => join(temp, `${name}.pdf`);
  const rows: [string, Timing][] = [
    ["`node -e 0` (Node's own start)", time(["-e", "0"])],
    ["snapshot, `--help` (start and deserialise)", time(["--snapshot-blob", same, "--", "--help"])],
    ["`node apps/cli/dist/main.js brief`", time([MAIN, ...brief(out("main"))])],
    [
      "snapshot warmed on another dataset, `brief`",
      time(["--snapshot-blob", other, "--", ...brief(out("other"))]),
    ],
    [
      "snapshot warmed on this data, `brief` (best case)",
      time(["--snapshot-blob", same, "--", ...brief(out("same"))]),
    ],
  ];
  const expected = readFileSync(out("main"));
  for (const name of ["other", "same"]) {
    if (!readFileSync(out(name)).equals(expected))
      throw new Error(`the ${name} snapshot's brief differs`);
  }
  const print = chromiumPrint({ dataDir: data, main: MAIN, root: ROOT, temp, runs, env });
  const yardstick = typeof print === "string" ? undefined : print.seconds;
  const ratio = (t: Timing) =>
    yardstick ? ` = ${(t.seconds / yardstick).toFixed(2)} × Chromium` : "";
  console.log(`Node ${process.version}, medians of ${runs} runs; the briefs are byte-identical.\n`);
  console.log("| what | wall (CPU) |\n| --- | --- |");
  for (const [what, t] of rows) {
    console.log(`| ${what} | ${s(t.seconds)} (${s(t.cpuSeconds)})${ratio(t)} |`);
  }
  const printed =
    typeof print === "string" ? print : `${s(print.seconds)} (${s(print.cpuSeconds)})`;
  console.log(`| Chromium prints the Markdown report | ${printed} |`);
  if (yardstick) console.log(`\nThe goal, 0.6 × Chromium: ${s(0.6 * yardstick)}.`);
} finally {
  rmSync(temp, { recursive: true, force: true });
}
