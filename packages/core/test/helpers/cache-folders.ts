import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Edit } from "@bilat/test-data";

/**
 * Edits giving the minimal folder a problem of each stage of a load: one a file shows alone (a
 * misspelt key), one only the checks across files find (an actor that does not exist).
 */
export const PROBLEM_OF_EACH_STAGE = {
  "events/evt-pledge.yaml": [
    ["pillars: [security]", "pillars: [security]\nsumary: misspelt"],
    ["{ actor: act-mali, role: target }", "{ actor: act-mal, role: target }"],
  ],
} as const satisfies Record<string, Edit>;

const made: string[] = [];

/** A fresh, empty folder for a parse cache, removed by `removeCacheFolders`. */
export async function cacheFolder(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "bilat-cache-"));
  made.push(dir);
  return dir;
}

export async function removeCacheFolders(): Promise<void> {
  for (const dir of made.splice(0)) await rm(dir, { recursive: true, force: true });
}
