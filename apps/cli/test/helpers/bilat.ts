import { spawn } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { makeDataFolder, minimalText } from "@bilat/test-data";
import { runCli } from "../../src/run-cli.js";

/** The repository root, where `pnpm bilat` runs. */
export const ROOT = fileURLToPath(new URL("../../../../", import.meta.url));
/** The built command line, as `pnpm bilat` runs it (built before the tests: see build-cli.ts). */
const MAIN = "apps/cli/dist/main.js";

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** The test runner's environment without its colour settings, with `env` on top. */
function cleanEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  const childEnv: NodeJS.ProcessEnv = { ...process.env };
  for (const name of ["FORCE_COLOR", "NO_COLOR", "CI", "GITHUB_ACTIONS"]) delete childEnv[name];
  return Object.assign(childEnv, env);
}

const text = (chunk: string | Uint8Array) =>
  typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8");

/**
 * Runs the command line in this process, as `pnpm bilat` does from the repository root (the
 * tests run there), with output to buffers that are not terminals. Colour variables of the test
 * runner are removed unless `env` sets them.
 */
export async function bilat(
  args: readonly string[],
  env: Record<string, string> = {},
): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const status = await runCli(args, {
    stdout: { write: (chunk) => (stdout += text(chunk)) },
    stderr: { write: (chunk) => (stderr += text(chunk)) },
    env: cleanEnv(env),
  });
  return { status, stdout, stderr };
}

/**
 * Runs the real command line in a process of its own from the repository root (or `cwd`), with
 * output to pipes: for what only a whole process shows (exit status, time zone, nothing printed
 * on exit), or a run from another folder.
 */
export function bilatProcess(
  args: readonly string[],
  env: Record<string, string> = {},
  cwd: string = ROOT,
): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, MAIN), ...args], {
      cwd,
      env: cleanEnv(env),
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => {
      stdout += d;
    });
    child.stderr.setEncoding("utf8").on("data", (d: string) => {
      stderr += d;
    });
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}

/**
 * The same, under a pseudo-terminal (util-linux `script`), so that output is a terminal; stdout
 * and stderr arrive mixed, with CRLF line ends.
 */
export function bilatOnTerminal(
  args: readonly string[],
  env: Record<string, string> = {},
): Promise<Run> {
  const quote = (s: string) => `'${s.replace(/'/g, "'\\''")}'`;
  const command = [process.execPath, MAIN, ...args].map(quote).join(" ");
  const childEnv = cleanEnv({ TERM: "xterm-256color", ...env });
  return new Promise((resolve, reject) => {
    const child = spawn("script", ["-qec", command, "/dev/null"], {
      cwd: ROOT,
      env: childEnv,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => {
      stdout += d;
    });
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, stdout, stderr: "" }));
  });
}

export const ANSI = /\u001b\[/;

export { MINIMAL, MRT_MLI, type Place, removeDataFolders, replaceOnce } from "@bilat/test-data";

/**
 * A temporary copy of the minimal fixture with some files replaced (`null` deletes one). Markers
 * in the new contents are removed; their places are returned.
 */
export function dataFolder(files: Record<string, string | null> = {}) {
  return makeDataFolder(files);
}

/** Text of a file of the minimal fixture. */
export const fixtureText = minimalText;
