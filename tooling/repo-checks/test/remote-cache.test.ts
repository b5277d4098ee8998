import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyRepository, git, linkDependencies, turbo } from "./repo-copy.js";
import { REPO_ROOT } from "./repo-root.js";

/**
 * Beyond one machine: a real turborepo-remote-cache server on loopback (local storage, a
 * token), the data tasks run in one clone of the repository, then in a second clean clone,
 * which replays every data task from the server and ends with the same files.
 */
const DATA_TASKS = ["validate", "reports", "briefs"];
const TOKEN = randomBytes(16).toString("hex");
const TEAM = "bilat";

let server: ChildProcess;
let api: string;
let storage: string;
let first: string;
let second: string;

/** Starts the server on 127.0.0.1, on a port the system picks, and waits until it listens. */
function startServer(): Promise<string> {
  const require = createRequire(join(REPO_ROOT, "tooling/repo-checks/package.json"));
  const cli = join(dirname(require.resolve("turborepo-remote-cache/package.json")), "dist/cli.js");
  storage = mkdtempSync(join(tmpdir(), "bilat-remote-cache-"));
  server = spawn(process.execPath, [cli], {
    env: {
      PATH: process.env.PATH,
      NODE_ENV: "production",
      HOST: "127.0.0.1",
      PORT: "0",
      TURBO_TOKEN: TOKEN,
      STORAGE_PROVIDER: "local",
      STORAGE_PATH: storage,
      STORAGE_PATH_USE_TMP_FOLDER: "false",
      LOG_LEVEL: "info",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  return new Promise((resolve, reject) => {
    let log = "";
    const timer = setTimeout(
      () => reject(new Error(`the cache server did not start:\n${log}`)),
      60_000,
    );
    const read = (chunk: Buffer) => {
      log += chunk.toString();
      const at = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(log);
      if (at?.[1]) {
        clearTimeout(timer);
        resolve(at[1]);
      }
    };
    server.stdout?.on("data", read);
    server.stderr?.on("data", read);
    server.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`the cache server exited (${code}):\n${log}`));
    });
  });
}

interface TaskSummary {
  taskId: string;
  cache: { status: "HIT" | "MISS"; source?: "LOCAL" | "REMOTE" };
}

/** Runs the data tasks against the remote cache only, and returns turbo's run summary. */
function runDataTasks(cwd: string): TaskSummary[] {
  const result = spawnSync(
    turbo,
    [
      "run",
      ...DATA_TASKS,
      "--api",
      api,
      "--token",
      TOKEN,
      "--team",
      TEAM,
      // Only the remote cache: whatever the second clone replays comes from the server.
      "--cache=local:,remote:rw",
      "--summarize",
      "--output-logs=errors-only",
    ],
    {
      cwd,
      encoding: "utf8",
      env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1", NO_COLOR: "1" },
    },
  );
  if (result.status !== 0) throw new Error(`turbo failed:\n${result.stdout}\n${result.stderr}`);
  const runs = join(cwd, ".turbo/runs");
  const [summary] = readdirSync(runs).filter((f) => f.endsWith(".json"));
  const tasks = JSON.parse(readFileSync(join(runs, summary as string), "utf8"))
    .tasks as (TaskSummary & {
    command: string;
  })[];
  rmSync(runs, { recursive: true, force: true });
  return tasks.filter((t) => t.command !== "<NONEXISTENT>");
}

/** Every file the data tasks write (reports and briefs), by path, with its bytes. */
function generated(root: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (dir: string) => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else files.set(relative(root, path), readFileSync(path));
    }
  };
  walk(join(root, "reports"));
  walk(join(root, "out"));
  return files;
}

let firstRun: TaskSummary[];
let secondRun: TaskSummary[];

beforeAll(async () => {
  api = await startServer();
  first = copyRepository("bilat-clone-a-");
  firstRun = runDataTasks(first);
  // A second, clean clone: only what git holds, no out/ and no .turbo/.
  const parent = mkdtempSync(join(tmpdir(), "bilat-clone-b-"));
  second = join(parent, "repo");
  git(parent, "clone", "-q", first, second);
  linkDependencies(second);
  secondRun = runDataTasks(second);
}, 1_200_000);

afterAll(() => {
  server?.kill();
  for (const dir of [first, second && dirname(second), storage]) {
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
});

describe("turbo's remote cache on a self-hosted server", () => {
  it("listens on loopback only", () => {
    expect(api).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it("runs every data task in the first clone and stores it on the server", () => {
    expect(firstRun.length).toBeGreaterThanOrEqual(DATA_TASKS.length);
    for (const task of firstRun) expect(task.cache.status, task.taskId).toBe("MISS");
    expect(readdirSync(storage).length).toBeGreaterThan(0);
  });

  it("replays every data task of the second clone from the server", () => {
    expect(secondRun.map((t) => t.taskId).sort()).toEqual(firstRun.map((t) => t.taskId).sort());
    for (const task of secondRun) {
      expect(task.cache, task.taskId).toEqual(
        expect.objectContaining({ status: "HIT", source: "REMOTE" }),
      );
    }
  });

  it("leaves the second clone with the same reports and briefs, byte for byte", () => {
    const a = generated(first);
    const b = generated(second);
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    expect([...a.keys()].filter((f) => f.endsWith(".pdf")).length).toBeGreaterThanOrEqual(2);
    for (const [file, bytes] of a) expect(b.get(file)?.equals(bytes), file).toBe(true);
  });

  it("refuses a client without the token", async () => {
    const artifact = `${api}/v8/artifacts/0123456789abcdef?slug=${TEAM}`;
    const wrong = await fetch(artifact, { headers: { Authorization: "Bearer wrong" } });
    expect(wrong.status).toBe(401);
    const right = await fetch(artifact, { headers: { Authorization: `Bearer ${TOKEN}` } });
    expect(right.status).toBe(404);
  });
});
