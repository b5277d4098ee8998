import { execFileSync, spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO_ROOT } from "./repo-root.js";

/**
 * Runs turbo on a private copy of the repository (its own git history and cache, the same
 * installed dependencies) to show what is replayed from cache and what is redone after a data edit.
 * Package tests are left out: this file is one of them.
 */
const TASKS = ["validate", "reports", "briefs", "lint", "typecheck"];
const DATA_TASKS = ["//#validate", "//#reports", "//#briefs"];

let copy: string;
const turbo = join(REPO_ROOT, "node_modules/.bin/turbo");
const env = { ...process.env, TURBO_TELEMETRY_DISABLED: "1", NO_COLOR: "1", CI: "1" };

function git(...args: string[]) {
  execFileSync("git", ["-c", "user.name=bilat", "-c", "user.email=bilat@localhost", ...args], {
    cwd: copy,
    stdio: "ignore",
  });
}

/** Each task's cache status as turbo predicts it, without running anything. */
function dryRun(): Map<string, "HIT" | "MISS"> {
  const out = execFileSync(turbo, ["run", ...TASKS, "--dry=json"], {
    cwd: copy,
    env,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  const tasks = JSON.parse(out).tasks as {
    taskId: string;
    command: string;
    cache: { status: "HIT" | "MISS" };
  }[];
  return new Map(
    tasks.filter((t) => t.command !== "<NONEXISTENT>").map((t) => [t.taskId, t.cache.status]),
  );
}

function run() {
  const result = spawnSync(turbo, ["run", ...TASKS, "--output-logs=errors-only"], {
    cwd: copy,
    env,
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`turbo failed:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

beforeAll(() => {
  copy = mkdtempSync(join(tmpdir(), "bilat-turbo-"));
  const tracked = execFileSync("git", ["ls-files", "-co", "--exclude-standard"], {
    cwd: REPO_ROOT,
    encoding: "utf8",
  })
    .split("\n")
    .filter(Boolean);
  for (const file of tracked) {
    if (!existsSync(join(REPO_ROOT, file))) continue;
    mkdirSync(dirname(join(copy, file)), { recursive: true });
    cpSync(join(REPO_ROOT, file), join(copy, file));
  }
  // Reuse the installed dependencies: every folder of the workspace that has node_modules.
  const workspaceDirs = [
    ".",
    "data/sen-mli",
    "examples",
    ...["apps", "packages", "tooling"].flatMap((d) =>
      readdirSync(join(REPO_ROOT, d)).map((p) => `${d}/${p}`),
    ),
  ];
  for (const dir of workspaceDirs) {
    if (existsSync(join(REPO_ROOT, dir, "node_modules")))
      symlinkSync(join(REPO_ROOT, dir, "node_modules"), join(copy, dir, "node_modules"));
  }
  git("init", "-q");
  git("add", "-A");
  git("commit", "-qm", "snapshot");
  run();
});

afterAll(() => rmSync(copy, { recursive: true, force: true }));

describe("turbo caching of data tasks", () => {
  it("replays everything from cache when nothing changed, restoring the generated files", () => {
    const statuses = dryRun();
    expect(statuses.size).toBeGreaterThanOrEqual(8);
    expect([...statuses].filter(([, s]) => s !== "HIT")).toEqual([]);
    // A fresh checkout has the committed reports but no briefs: turbo restores the briefs.
    rmSync(join(copy, "out"), { recursive: true, force: true });
    expect(run()).toMatch(/FULL TURBO/);
    expect(readdirSync(join(copy, "out")).filter((f) => f.endsWith(".pdf"))).toHaveLength(2);
  });

  it("regenerates committed reports deleted by hand, and only them", () => {
    // turbo hashes tracked files that a task outputs, so deleting them re-runs that task alone.
    rmSync(join(copy, "reports"), { recursive: true, force: true });
    const missed = [...dryRun()].filter(([, s]) => s === "MISS").map(([t]) => t);
    expect(missed).toEqual(["//#reports"]);
    run();
    expect(readdirSync(join(copy, "reports/sen-mli")).sort()).toEqual([
      "en-chart.svg",
      "en-map.svg",
      "en.md",
      "fr-chart.svg",
      "fr-map.svg",
      "fr.md",
    ]);
    execFileSync("git", ["diff", "--exit-code", "--", "reports"], { cwd: copy });
  });

  it("re-runs validation, reports and briefs after a data edit, and nothing that does not read data", () => {
    const events = join(copy, "data/sen-mli/events");
    const file = join(
      events,
      readdirSync(events)
        .filter((f) => f.endsWith(".yaml"))
        .sort()[0] as string,
    );
    writeFileSync(file, `${readFileSync(file, "utf8")}# reviewed\n`);
    const statuses = dryRun();
    for (const task of DATA_TASKS) expect(statuses.get(task), task).toBe("MISS");
    const rerun = [...statuses]
      .filter(([, s]) => s === "MISS")
      .map(([t]) => t)
      .sort();
    expect(rerun).toEqual([...DATA_TASKS].sort());
  });
});
