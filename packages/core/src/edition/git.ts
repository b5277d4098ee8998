import { spawn } from "node:child_process";

/** What a git command printed, or why it could not run. */
export type GitResult =
  | { ok: true; stdout: Buffer }
  | { ok: false; missing: boolean; stderr: string };

/**
 * Runs git in a folder, feeding it `input`; never throws. Git is asked directly (no library): it
 * is the tool that owns the repository, and reading objects needs nothing else.
 */
export function git(cwd: string, args: readonly string[], input?: string): Promise<GitResult> {
  return new Promise((resolve) => {
    const child = spawn("git", ["-C", cwd, ...args], {
      stdio: [input === undefined ? "ignore" : "pipe", "pipe", "pipe"],
      env: { ...process.env, GIT_TERMINAL_PROMPT: "0", LC_ALL: "C" },
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout?.on("data", (b: Buffer) => out.push(b));
    child.stderr?.on("data", (b: Buffer) => err.push(b));
    child.on("error", (error: NodeJS.ErrnoException) =>
      resolve({ ok: false, missing: error.code === "ENOENT", stderr: error.message }),
    );
    child.on("close", (code) =>
      resolve(
        code === 0
          ? { ok: true, stdout: Buffer.concat(out) }
          : { ok: false, missing: false, stderr: Buffer.concat(err).toString("utf8").trim() },
      ),
    );
    if (child.stdin) {
      // git may exit before reading all of its input (an unknown object): that is not an error here.
      child.stdin.on("error", () => {});
      child.stdin.end(input);
    }
  });
}
