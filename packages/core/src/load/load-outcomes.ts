import { readFile, stat } from "node:fs/promises";
import { deserialize } from "node:v8";
import type { HashedFile } from "./check-verdict.js";
import type { DataFile } from "./discover-files.js";
import type { LoadOptions } from "./load-dataset.js";
import { type FileOutcome, loadFile } from "./load-file.js";
import { contentHash, type ParseCache } from "./parse-cache.js";
import { ParsePool } from "./parse-pool.js";
import type { UnplacedProblem } from "./problem.js";

/** How a load used worker threads: how many, and how many files they parsed. */
export interface ParallelReport {
  workers: number;
  files: number;
}

/** Larger files are refused before reading: a data file this big is a mistake, not a dataset. */
export const MAX_FILE_BYTES = 400 * 1024 * 1024;

/** Below this many bytes to parse, starting workers costs more than it saves. */
const PARALLEL_FROM = 8 * 1024 * 1024;

/** A data file read: its content hash, and its bytes unless the cache holds its outcome. */
export interface ReadFile extends HashedFile {
  bytes: Buffer | undefined;
}

/**
 * Reads and hashes every data file, in the order given (undefined for a file that could not be
 * read). The bytes of a file the cache holds are let go at once: on a large dataset they are
 * most of the memory a load takes, and the cached outcome is all that is needed.
 */
export async function readDataFiles(
  files: readonly DataFile[],
  cache: ParseCache | undefined,
  problems: UnplacedProblem[],
): Promise<(ReadFile | undefined)[]> {
  const read: (ReadFile | undefined)[] = [];
  for (const dataFile of files) {
    const bytes = await readBytes(dataFile, problems);
    if (bytes === undefined) {
      read.push(undefined);
      continue;
    }
    const content = cache ? contentHash(bytes) : "";
    read.push({ dataFile, content, bytes: cache?.holds(dataFile, content) ? undefined : bytes });
  }
  return read;
}

/**
 * The outcome of each data file read (undefined for one that could not be): from the cache when
 * it holds the file's content, otherwise parsed and validated, on worker threads when there is
 * enough to parse. Workers give the same outcome as this thread, and a file a worker could not
 * finish is parsed here. `changed` tells that a file's bytes changed while it was being read.
 */
export async function outcomesOf(
  files: readonly (ReadFile | undefined)[],
  cache: ParseCache | undefined,
  problems: UnplacedProblem[],
  options: Pick<LoadOptions, "parallelFrom" | "workers" | "workerHeapMiB">,
  whileWaiting?: (outcome: FileOutcome) => void,
): Promise<{
  outcomes: (FileOutcome | undefined)[];
  parallel?: ParallelReport;
  changed: boolean;
  /** Whether `whileWaiting` was given every outcome, in the files' order. */
  handedOn: boolean;
}> {
  const outcomes: (FileOutcome | undefined)[] = [];
  /** Which outcomes are final (undefined ones too), to hand them on in the files' order. */
  const settled: boolean[] = [];
  const misses: { at: number; dataFile: DataFile; bytes: Buffer; content: string }[] = [];
  let missBytes = 0;
  let changed = false;
  for (const read of files) {
    settled.push(true);
    if (read === undefined) {
      outcomes.push(undefined);
      continue;
    }
    const { dataFile, content } = read;
    const cached = read.bytes === undefined ? cache?.get(dataFile, content) : cache?.miss();
    outcomes.push(cached);
    if (cached !== undefined) continue;
    // An entry refused: the bytes were let go, and are read again.
    const bytes = read.bytes ?? (await readBytes(dataFile, problems));
    if (bytes === undefined) {
      outcomes[outcomes.length - 1] = undefined;
      continue;
    }
    settled[settled.length - 1] = false;
    if (read.bytes === undefined && contentHash(bytes) !== content) changed = true;
    misses.push({ at: outcomes.length - 1, dataFile, bytes, content });
    missBytes += bytes.length;
  }
  const parallel =
    misses.length > 1 &&
    missBytes >= (options.parallelFrom ?? PARALLEL_FROM) &&
    (options.workers ?? 2) > 0 &&
    ParsePool.available();
  const pool = parallel ? new ParsePool(options.workers, options.workerHeapMiB) : undefined;
  const report = pool ? { workers: pool.size, files: 0 } : undefined;
  // Only while workers parse is this thread idle: the outcomes are handed on then, and only then.
  const handOn = pool && whileWaiting;
  let handed = 0;
  const handOnSettled = () => {
    if (!handOn) return;
    for (; handed < settled.length && settled[handed]; handed++) {
      const outcome = outcomes[handed];
      if (outcome !== undefined) handOn(outcome);
    }
  };
  try {
    handOnSettled();
    const parsed = misses.map((miss) => pool?.parse(miss.dataFile));
    for (const [i, { at, dataFile, bytes, content }] of misses.entries()) {
      const fromWorker = await parsed[i];
      if (fromWorker !== undefined) {
        // A worker reads the file again: the bytes it parsed are those it hashed.
        if (cache && fromWorker.content !== content) changed = true;
        cache?.setBody(dataFile, fromWorker.content, fromWorker.body);
        outcomes[at] = deserialize(fromWorker.body) as FileOutcome;
        if (report) report.files += 1;
      } else {
        const outcome = loadFile(dataFile, bytes.toString("utf8"));
        cache?.set(dataFile, content, outcome);
        outcomes[at] = outcome;
      }
      settled[at] = true;
      handOnSettled();
    }
  } finally {
    await pool?.close();
  }
  return { outcomes, changed, handedOn: !!handOn, ...(report && { parallel: report }) };
}

async function readBytes(
  dataFile: DataFile,
  problems: UnplacedProblem[],
): Promise<Buffer | undefined> {
  try {
    const { size } = await stat(dataFile.absolute);
    if (size > MAX_FILE_BYTES) {
      problems.push({
        code: "file-too-large",
        severity: "error",
        file: dataFile.file,
        path: [],
        megabytes: Math.round(size / 1024 / 1024),
        limitMegabytes: MAX_FILE_BYTES / 1024 / 1024,
      });
      return undefined;
    }
    return await readFile(dataFile.absolute);
  } catch (error) {
    problems.push({
      code: "file-unreadable",
      severity: "error",
      file: dataFile.file,
      path: [],
      target: "file",
      reason: (error as NodeJS.ErrnoException).code ?? "unknown",
    });
    return undefined;
  }
}
