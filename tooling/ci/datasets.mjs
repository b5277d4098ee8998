#!/usr/bin/env node
/**
 * Prints, as a JSON list for a CI matrix, the datasets (folder names under data/) whose data
 * tasks turbo would run: with `--affected`, only those a change touches (their files, the code
 * they depend on, or the repository's shared configuration), as turbo's `--affected` computes
 * it against `TURBO_SCM_BASE` (a pull request's base branch by default on GitHub Actions).
 *
 *   node tooling/ci/datasets.mjs [--affected]
 */
import { execFileSync } from "node:child_process";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "../..");
const affected = process.argv.includes("--affected");
const args = ["run", "validate", "--dry=json", ...(affected ? ["--affected"] : [])];
const out = execFileSync(join(root, "node_modules/.bin/turbo"), args, {
  cwd: root,
  encoding: "utf8",
  env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1" },
  maxBuffer: 64 * 1024 * 1024,
});
const { tasks } = JSON.parse(out);
const datasets = tasks
  .filter((t) => t.task === "validate" && t.command !== "<NONEXISTENT>")
  .filter((t) => dirname(t.directory) === "data")
  .map((t) => basename(t.directory))
  .sort();
process.stdout.write(`${JSON.stringify(datasets)}\n`);
