import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { DataFile } from "./discover-files.js";
import type { UnplacedProblem } from "./problem.js";

/**
 * What the checks of a whole load found, kept in the parse cache beside the files' entries. The
 * checks across records read nothing but the data files, the archives their sources name and the
 * code (whose fingerprint the cache carries): with all of those as they were, they would find
 * the same problems again, so their verdict is reused. Any data file added, removed or edited,
 * or any archive changed, gives other inputs, and the checks run again.
 */
export interface CheckVerdict {
  /** sha256 over the name, kind and content hash of every data file, in order. */
  inputs: string;
  /** Each archive the sources name (relative to the data folder), with its sha256, or why it could not be read (`!ENOENT`). */
  archives: [string, string][];
  /** Every problem of the files and across them, placed at its line and column. */
  problems: UnplacedProblem[];
  /** Records that passed their schema. */
  records: number;
}

/** A data file as read: its content hash, computed once for the cache and the verdict. */
export interface HashedFile {
  dataFile: DataFile;
  content: string;
}

/** The inputs of the checks' verdict: every data file, and the runtime whose Unicode tables normalise the excerpts. */
export function verdictInputs(files: readonly HashedFile[]): string {
  const hash = createHash("sha256").update(`${process.version}\0`);
  for (const { dataFile, content } of files) {
    hash.update(`${dataFile.file}\0${dataFile.kind}\0${content}\n`);
  }
  return hash.digest("hex");
}

/** The archives named by the sources, each with the hash of its bytes as they are now. */
export function hashArchives(dir: string, paths: Iterable<string>): [string, string][] {
  return [...new Set(paths)].sort().map((path) => [path, archiveHash(dir, path)]);
}

/** Whether every archive the verdict read is still as it was. */
export function archivesUnchanged(dir: string, archives: readonly [string, string][]) {
  return archives.every(([path, hash]) => archiveHash(dir, path) === hash);
}

/** The sha256 of an archive, or the error that kept it from being read: absent and unreadable differ to the checks. */
function archiveHash(dir: string, path: string): string {
  try {
    return createHash("sha256")
      .update(readFileSync(join(dir, path)))
      .digest("hex");
  } catch (error) {
    return `!${(error as NodeJS.ErrnoException).code ?? "unknown"}`;
  }
}
