import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../../../../", import.meta.url));

/**
 * vitest global setup: the tests run the built command line, so build it first (turbo replays
 * the build from its cache when no source changed). Under `turbo run test` the task already
 * depends on the build, which turbo marks by setting TURBO_HASH in the task's environment.
 */
export default function buildCli(): void {
  if (process.env.TURBO_HASH) return;
  execFileSync(
    join(ROOT, "node_modules/.bin/turbo"),
    ["run", "build", "--filter=@bilat/cli", "--output-logs=errors-only"],
    {
      cwd: ROOT,
      env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1" },
      stdio: ["ignore", "ignore", "inherit"],
    },
  );
}
