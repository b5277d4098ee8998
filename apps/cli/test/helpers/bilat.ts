import { spawn } from "node:child_process";
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root, where `pnpm bilat` runs. */
export const ROOT = fileURLToPath(new URL("../../../../", import.meta.url));
export const MINIMAL = join(ROOT, "packages/core/test/fixtures/minimal");
const TSX = join(ROOT, "node_modules/.bin/tsx");
const MAIN = "apps/cli/src/main.ts";

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the real command line from the repository root, as `pnpm bilat` does, with output to pipes.
 * Colour variables of the test runner are removed unless `env` sets them.
 */
export function bilat(args: readonly string[], env: Record<string, string> = {}): Promise<Run> {
  const childEnv: NodeJS.ProcessEnv = { ...process.env };
  for (const name of ["FORCE_COLOR", "NO_COLOR", "CI", "GITHUB_ACTIONS"]) delete childEnv[name];
  Object.assign(childEnv, env);
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, ["--conditions=@bilat/source", MAIN, ...args], {
      cwd: ROOT,
      env: childEnv,
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
  const command = [TSX, "--conditions=@bilat/source", MAIN, ...args].map(quote).join(" ");
  const childEnv: NodeJS.ProcessEnv = { ...process.env, TERM: "xterm-256color" };
  for (const name of ["FORCE_COLOR", "NO_COLOR", "CI", "GITHUB_ACTIONS"]) delete childEnv[name];
  Object.assign(childEnv, env);
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

const MARKER = /«(\d+)»/g;

export interface Place {
  file: string;
  line: number;
  column: number;
}

/** Removes `«n»` markers from a text, remembering the 1-based line and column of each. */
export function stripMarkers(text: string, file: string, marks: Map<number, Place>): string {
  let out = "";
  let last = 0;
  for (const match of text.matchAll(MARKER)) {
    out += text.slice(last, match.index);
    last = match.index + match[0].length;
    const lines = out.split("\n");
    marks.set(Number(match[1]), {
      file,
      line: lines.length,
      column: (lines.at(-1) ?? "").length + 1,
    });
  }
  return out + text.slice(last);
}

const created: string[] = [];

/**
 * A temporary copy of the minimal fixture with some files replaced (`null` deletes one). Markers
 * in the new contents are removed; their places are returned.
 */
export async function dataFolder(
  files: Record<string, string | null> = {},
): Promise<{ dir: string; marks: Map<number, Place> }> {
  const dir = await mkdtemp(join(tmpdir(), "bilat-cli-"));
  created.push(dir);
  await cp(MINIMAL, dir, { recursive: true });
  const marks = new Map<number, Place>();
  for (const [file, text] of Object.entries(files)) {
    const path = join(dir, file);
    if (text === null) {
      await rm(path, { recursive: true, force: true });
      continue;
    }
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, stripMarkers(text, file, marks));
  }
  return { dir, marks };
}

export function fixtureText(file: string): Promise<string> {
  return readFile(join(MINIMAL, file), "utf8");
}

/** Replaces `find` by `replace`, insisting that `find` occurs exactly once. */
export function replaceOnce(text: string, find: string, replace: string): string {
  const at = text.indexOf(find);
  if (at < 0 || text.indexOf(find, at + 1) >= 0)
    throw new Error(`\`${find}\` is not in the text once`);
  return text.slice(0, at) + replace + text.slice(at + find.length);
}

export async function removeDataFolders(): Promise<void> {
  await Promise.all(created.splice(0).map((d) => rm(d, { recursive: true, force: true })));
}
