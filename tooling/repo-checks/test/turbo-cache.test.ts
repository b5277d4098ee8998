import { execFileSync, spawnSync } from "node:child_process";
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { MRT_MLI } from "@bilat/test-data";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addPair, copyRepository, git, turbo } from "./repo-copy.js";

/**
 * Runs turbo on a private copy of the repository with a second country pair added, to show what
 * is replayed from cache and what is redone after a data edit: each pair is a workspace package
 * with its own validate, reports and briefs tasks. The data tasks run for real; lint and
 * typecheck are planned only (`--dry=json`), to show by their hashes that a data edit leaves
 * them alone. Package tests are left out: this file is one.
 */
const DATA = ["validate", "reports", "briefs"];
const TASKS = [...DATA, "lint", "typecheck"];
const dataTasks = (id: string) =>
  ["validate", "reports", "briefs"].map((task) => `@bilat/data-${id}#${task}`);

let copy: string;
const env = { ...process.env, TURBO_TELEMETRY_DISABLED: "1", NO_COLOR: "1", CI: "1" };

interface Planned {
  status: "HIT" | "MISS";
  hash: string;
}

/** Each task's cache status and hash as turbo predicts them, without running anything. */
function plan(): Map<string, Planned> {
  const out = execFileSync(turbo, ["run", ...TASKS, "--dry=json"], {
    cwd: copy,
    env,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  const tasks = JSON.parse(out).tasks as {
    taskId: string;
    command: string;
    hash: string;
    cache: { status: "HIT" | "MISS" };
  }[];
  return new Map(
    tasks
      .filter((t) => t.command !== "<NONEXISTENT>")
      .map((t) => [t.taskId, { status: t.cache.status, hash: t.hash }]),
  );
}

/** Each data task's cache status. */
function dryRun(): Map<string, "HIT" | "MISS"> {
  return new Map(
    [...plan()]
      .filter(([id]) => DATA.some((task) => id.endsWith(`#${task}`)))
      .map(([id, p]) => [id, p.status]),
  );
}

/** The tasks whose hash differs between two plans: what an edit makes turbo redo. */
const changed = (before: Map<string, Planned>, after: Map<string, Planned>) =>
  [...after]
    .filter(([id, p]) => before.get(id)?.hash !== p.hash)
    .map(([id]) => id)
    .sort();

const missed = () =>
  [...dryRun()]
    .filter(([, s]) => s === "MISS")
    .map(([t]) => t)
    .sort();

function run() {
  const result = spawnSync(turbo, ["run", ...DATA, "--output-logs=errors-only"], {
    cwd: copy,
    env,
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`turbo failed:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

beforeAll(() => {
  copy = copyRepository("bilat-turbo-");
  addPair(copy, "mrt-mli", MRT_MLI);
  run();
  // The second pair's reports, as its author would commit them with the pair.
  git(copy, "add", "-A");
  git(copy, "commit", "-qm", "Add the Mauritania–Mali pair");
  // Once committed, the pair's reports are tracked files, which turbo hashes: run once more, as
  // CI would on that commit, so that the cache holds the committed state.
  run();
}, 1_200_000);

afterAll(() => rmSync(copy, { recursive: true, force: true }));

describe("turbo caching of data tasks, pair by pair", () => {
  it("runs validate, reports and briefs in each pair's package", () => {
    const tasks = [...dryRun().keys()];
    for (const task of [...dataTasks("sen-mli"), ...dataTasks("mrt-mli")]) {
      expect(tasks, task).toContain(task);
    }
  });

  it("replays everything from cache when nothing changed, restoring the generated files", () => {
    expect(missed()).toEqual([]);
    // A fresh checkout has the committed reports but no briefs: turbo restores every pair's.
    rmSync(join(copy, "out"), { recursive: true, force: true });
    expect(run()).toMatch(/FULL TURBO/);
    expect(readdirSync(join(copy, "out")).sort()).toEqual([
      "mrt-mli_2024-01_2025-06_en.pdf",
      "mrt-mli_2024-01_2025-06_fr.pdf",
      "sen-mli_2021-03_2025-11_en.pdf",
      "sen-mli_2021-03_2025-11_fr.pdf",
    ]);
  });

  it("lists both pairs in the one index, which the second pair's task left current", () => {
    const index = readFileSync(join(copy, "reports/README.md"), "utf8");
    expect(index).toContain("(<mrt-mli/en.md>)");
    expect(index).toContain("(<sen-mli/en.md>)");
    execFileSync("git", ["diff", "--exit-code", "--", "reports"], { cwd: copy });
  });

  it("regenerates one pair's committed reports deleted by hand, and only them", () => {
    // turbo hashes tracked files that a task outputs, so deleting them re-runs that task alone.
    rmSync(join(copy, "reports/sen-mli"), { recursive: true, force: true });
    expect(missed()).toEqual(["@bilat/data-sen-mli#reports"]);
    run();
    expect(readdirSync(join(copy, "reports/sen-mli")).sort()).toEqual([
      "en-chart.svg",
      "en-map.svg",
      "en.md",
      "fr-chart.svg",
      "fr-map.svg",
      "fr.md",
      "index.json",
    ]);
    execFileSync("git", ["diff", "--exit-code", "--", "reports"], { cwd: copy });
  });

  it("re-runs only the edited pair's validation, reports and briefs", () => {
    const before = plan();
    const events = join(copy, "data/mrt-mli/events");
    const file = join(
      events,
      readdirSync(events)
        .filter((f) => f.endsWith(".yaml"))
        .sort()[0] as string,
    );
    writeFileSync(file, `${readFileSync(file, "utf8")}# reviewed\n`);
    expect(missed()).toEqual(dataTasks("mrt-mli").sort());
    // Nor any other task: lint and typecheck of every package keep their hashes.
    expect(changed(before, plan())).toEqual(dataTasks("mrt-mli").sort());
  });

  it("re-runs only the other pair's tasks after an edit of the shipped pair", () => {
    git(copy, "checkout", "--", "data/mrt-mli");
    const before = plan();
    const places = join(copy, "data/sen-mli/places");
    const file = join(
      places,
      readdirSync(places)
        .filter((f) => f.endsWith(".yaml"))
        .sort()[0] as string,
    );
    writeFileSync(file, `${readFileSync(file, "utf8")}# reviewed\n`);
    expect(missed()).toEqual(dataTasks("sen-mli").sort());
    expect(changed(before, plan())).toEqual(dataTasks("sen-mli").sort());
  });
});
