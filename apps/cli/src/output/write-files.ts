import { readFile } from "node:fs/promises";
import writeFileAtomic from "write-file-atomic";
import type { OutputStream } from "../cli-context.js";

/** Content already on disk, or undefined when the file does not exist. */
async function readIfExists(path: string): Promise<string | Uint8Array | undefined> {
  try {
    return await readFile(path);
  } catch {
    return undefined;
  }
}

const same = (disk: string | Uint8Array | undefined, wanted: string | Uint8Array) =>
  disk !== undefined && Buffer.compare(Buffer.from(disk), Buffer.from(wanted)) === 0;

/** The paths whose content on disk differs from what would be written. */
export async function findStaleFiles(
  files: ReadonlyMap<string, string | Uint8Array>,
): Promise<string[]> {
  const stale: string[] = [];
  for (const [path, content] of files)
    if (!same(await readIfExists(path), content)) stale.push(path);
  return stale;
}

/**
 * Writes each file through a temporary file and a rename, so a reader never sees half a file
 * and a failure leaves the previous version in place. Unchanged files are not touched.
 * Returns how many files changed.
 */
export async function writeFilesAtomically(
  files: ReadonlyMap<string, string | Uint8Array>,
): Promise<number> {
  let changed = 0;
  for (const [path, content] of files) {
    if (same(await readIfExists(path), content)) continue;
    await writeFileAtomic(
      path,
      typeof content === "string"
        ? content
        : Buffer.from(content.buffer, content.byteOffset, content.byteLength),
    );
    changed += 1;
  }
  return changed;
}

/**
 * For `--check`: names each file whose content on disk differs from what would be written, and
 * says how to refresh them. Returns true when every file is current.
 */
export async function checkFilesCurrent(
  stderr: OutputStream,
  files: ReadonlyMap<string, string | Uint8Array>,
  what: string,
  refresh: string,
): Promise<boolean> {
  const stale = await findStaleFiles(files);
  for (const file of stale) stderr.write(`${file} is out of date\n`);
  if (stale.length > 0) stderr.write(`✗ ${what} are stale: run \`${refresh}\`\n`);
  return stale.length === 0;
}
