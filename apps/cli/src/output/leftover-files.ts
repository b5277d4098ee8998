import { readdir, rm } from "node:fs/promises";
import { join } from "node:path";

/** Every file under a folder, as paths joined to it; none when the folder does not exist. */
async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true }).catch(
    () => [] as never[],
  );
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

/**
 * Files in the folders a plan owns (`OutputFormat.ownedFolders`, already placed under the output
 * folder) that the plan does not write: what an earlier run wrote and this one no longer does.
 */
export async function findLeftoverFiles(
  folders: readonly string[],
  files: ReadonlyMap<string, unknown>,
): Promise<string[]> {
  const leftover: string[] = [];
  for (const folder of new Set(folders)) {
    for (const file of (await filesUnder(folder)).sort()) if (!files.has(file)) leftover.push(file);
  }
  return leftover;
}

/** Removes files left over from an earlier run, once the new ones are written. */
export async function removeFiles(paths: readonly string[]): Promise<void> {
  for (const path of paths) await rm(path, { force: true });
}
