/**
 * The command line as a Node startup snapshot, for `startup-snapshot.ts`: bundled with
 * everything it imports, then run once by `node --build-snapshot`, which keeps the heap as
 * the commands left it once they had run on a sample dataset (modules loaded and compiled,
 * fonts parsed, the atlas read, words laid out). A process started from it runs the arguments
 * after `--`.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startupSnapshot } from "node:v8";
import { runCli } from "../apps/cli/dist/run-cli.js";

const discard = { write: () => true };

/** Runs `validate`, `brief` and `report` on the sample dataset, writing no file. */
async function warmUp(data: string): Promise<void> {
  const out = mkdtempSync(join(tmpdir(), "bilat-snapshot-"));
  const io = { stdout: discard, stderr: discard, env: { SOURCE_DATE_EPOCH: "0" } };
  try {
    // Writing a folder locks it, arming exit handlers on signals, whose handles a snapshot
    // cannot hold: briefs go to standard output, and `report --check` renders every page and
    // finds them missing (exit 1).
    const runs: [string[], number][] = [
      [["validate", "--data", data, "--no-cache"], 0],
      [["brief", "--data", data, "--lang", "en", "--out", "-", "--no-cache"], 0],
      [["brief", "--data", data, "--lang", "fr", "--out", "-", "--no-cache"], 0],
      [["report", "--data", data, "--lang", "en,fr", "--out", out, "--check", "--no-cache"], 1],
    ];
    for (const [argv, expected] of runs) {
      const code = await runCli(argv, io);
      if (code !== expected) throw new Error(`\`bilat ${argv.join(" ")}\` exited with ${code}`);
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

const sample = process.env.BILAT_SNAPSHOT_SAMPLE;
if (!startupSnapshot.isBuildingSnapshot() || !sample) {
  throw new Error("run by `node --build-snapshot` with BILAT_SNAPSHOT_SAMPLE naming a dataset");
}
startupSnapshot.setDeserializeMainFunction(async () => {
  // Started as `node --snapshot-blob <blob> -- <arguments>`: no script comes before them.
  process.exitCode = await runCli(process.argv.slice(1));
});
warmUp(sample).catch((error: unknown) => {
  process.stderr.write(`the snapshot was not warmed: ${String(error)}\n`);
  process.exitCode = 1;
});
