import { statSync } from "node:fs";
import { extname, join } from "node:path";
import type { OutputBytes, OutputFormat, OutputPlan } from "@bilat/core";
import { UsageError } from "../usage-error.js";

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Where each planned file goes: under `--out` (or the format's default folder), or, for a format
 * whose `--out` may name a file, at `--out` itself when the plan is one file and `--out` is a
 * file name (it has an extension and is not a folder).
 */
export function placeFiles(
  format: OutputFormat<unknown>,
  plan: OutputPlan,
  out: string | undefined,
): Map<string, OutputBytes> {
  const folder = out ?? format.defaultOut;
  const [only] = plan.keys();
  // A name with an extension (`note.pdf`) is a file; without one (`exports`, `out/`), a folder.
  if (format.outMayBeFile && out !== undefined && !isFolder(out) && extname(out) !== "") {
    if (plan.size === 1 && only !== undefined)
      return new Map([[out, plan.get(only) as OutputBytes]]);
    if (only !== undefined && extname(out) !== "" && extname(out) === extname(only)) {
      throw new UsageError(
        `\`--out ${out}\` names one file, but this run writes ${plan.size}: give a folder instead`,
      );
    }
  }
  const placed = new Map<string, OutputBytes>();
  for (const [path, bytes] of plan) placed.set(join(folder, ...path.split("/")), bytes);
  return placed;
}
