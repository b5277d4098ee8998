import { readFile } from "node:fs/promises";
import { outcomeOf } from "./check-outline.js";
import type { HashedFile } from "./check-verdict.js";
import type { DataFile } from "./discover-files.js";
import { type FileStat, statFile } from "./file-stamp.js";
import type { LoadOptions } from "./load-dataset.js";
import { type FileOutcome, loadFile } from "./load-file.js";
import { contentHash, type ParseCache } from "./parse-cache.js";
import { type ParsedBytes, ParsePool } from "./parse-pool.js";
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

/** A data file read: its content hash, its size, and its bytes when they are kept. */
export interface ReadFile extends Omit<HashedFile, "content"> {
  /**
   * sha256 of its bytes (empty without a cache); undefined for a file left for a worker to read
   * and hash, until it has (see `readDataFiles`).
   */
  content: string | undefined;
  size: number;
  /** Its stamp when it had settled (`statFile`), kept with its cache entry. */
  stamp: string | undefined;
  /** Whether the cache holds the outcome of a file with this content. */
  cached: boolean;
  /** Kept only for a file to parse while the files to parse are too few for workers. */
  bytes: Buffer | undefined;
}

/**
 * Reads and hashes every data file, in the order given (undefined for a file that could not be
 * read). Bytes are let go at once when the cache holds the file's outcome, and for every file to
 * parse once those add up to what workers are started for: workers read their files
 * themselves, and on a large dataset the bytes are a good part of the memory a load takes.
 * A file the cache has no entry for is not even read, only sized, until it is known that no
 * workers will: it is parsed whatever its content, and a worker reads and hashes it anyway.
 */
export async function readDataFiles(
  files: readonly DataFile[],
  cache: ParseCache | undefined,
  problems: UnplacedProblem[],
  options: Pick<LoadOptions, "parallelFrom" | "workers"> = {},
): Promise<(ReadFile | undefined)[]> {
  const read: (ReadFile | undefined)[] = [];
  const workers = (options.workers ?? 2) > 0 && ParsePool.available();
  const budget = workers ? (options.parallelFrom ?? PARALLEL_FROM) : Number.POSITIVE_INFINITY;
  let toParse = 0;
  const unseen: number[] = [];
  for (const dataFile of files) {
    const found = await statOf(dataFile, problems);
    if (found === undefined) {
      read.push(undefined);
      continue;
    }
    const { size, stamp } = found;
    if (workers && !cache?.knows(dataFile)) {
      unseen.push(read.length);
      read.push(unread(dataFile, found));
      toParse += size;
      continue;
    }
    // A file with the stamp its entry was made with is neither read nor hashed again.
    const known = stamp === undefined ? undefined : cache?.stamped(dataFile, stamp);
    if (known !== undefined) {
      read.push({ dataFile, content: known, size, stamp, cached: true, bytes: undefined });
      continue;
    }
    const bytes = await contentOf(dataFile, problems);
    if (bytes === undefined) {
      read.push(undefined);
      continue;
    }
    const content = cache ? contentHash(bytes) : "";
    const cached = cache?.holds(dataFile, content) ?? false;
    if (!cached) toParse += bytes.length;
    read.push({
      dataFile,
      content,
      size: bytes.length,
      stamp,
      cached,
      bytes: cached ? undefined : bytes,
    });
    if (toParse >= budget) for (const r of read) if (r) r.bytes = undefined;
  }
  // Too little to parse for workers: this thread parses every file, with the bytes read here.
  if (toParse < budget) {
    for (const at of unseen) {
      const { dataFile, stamp } = read[at] as ReadFile;
      const bytes = await readBytes(dataFile, problems);
      const content = bytes && cache ? contentHash(bytes) : "";
      read[at] = bytes && { dataFile, content, size: bytes.length, stamp, cached: false, bytes };
    }
  }
  return read;
}

const unread = (dataFile: DataFile, { size, stamp }: FileStat): ReadFile => ({
  dataFile,
  content: undefined,
  size,
  stamp,
  cached: false,
  bytes: undefined,
});

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
  /**
   * Only the problems are wanted: outcomes may come as outlines (see `outlineOutcome`), which
   * only they are handed on, since their excerpts are no longer there to find.
   */
  outlines = false,
): Promise<{
  outcomes: (FileOutcome | undefined)[];
  parallel?: ParallelReport;
  changed: boolean;
  /** Whether `whileWaiting` was given every outcome, in the files' order. */
  handedOn: boolean;
}> {
  const outline = outlines && whileWaiting !== undefined;
  const outcomes: (FileOutcome | undefined)[] = [];
  /** Which outcomes are final (undefined ones too), to hand them on in the files' order. */
  const settled: boolean[] = [];
  const misses: { at: number; file: ReadFile; bytes: Buffer | undefined }[] = [];
  let missBytes = 0;
  let changed = false;
  for (const read of files) {
    settled.push(true);
    if (read === undefined) {
      outcomes.push(undefined);
      continue;
    }
    const { dataFile, content } = read;
    const cached =
      read.cached && content !== undefined
        ? cache?.get(dataFile, content, !outline, read.stamp)
        : cache?.miss();
    outcomes.push(cached);
    if (cached !== undefined) continue;
    settled[settled.length - 1] = false;
    misses.push({ at: outcomes.length - 1, file: read, bytes: read.bytes });
    read.bytes = undefined;
    missBytes += read.size;
  }
  const parallel =
    misses.length > 1 &&
    missBytes >= (options.parallelFrom ?? PARALLEL_FROM) &&
    (options.workers ?? 2) > 0 &&
    ParsePool.available();
  const pool = parallel ? new ParsePool(options.workers, options.workerHeapMiB) : undefined;
  const report = pool ? { workers: pool.size, files: 0 } : undefined;
  // Handed on as they come: while workers parse, this thread is otherwise idle.
  const handOn = whileWaiting;
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
    const parsed: (Promise<ParsedBytes | undefined> | undefined)[] = misses.map((miss) =>
      pool?.parse(miss.file.dataFile),
    );
    for (const [i, { at, file, bytes }] of misses.entries()) {
      const { dataFile, content } = file;
      const fromWorker = await parsed[i];
      // A settled promise keeps its bytes: let go of it, or every file's stays till the end.
      parsed[i] = undefined;
      if (fromWorker !== undefined) {
        // A worker reads the file again: the bytes it parsed are those it hashed. A file not
        // read here has no hash but the worker's.
        const moved = content !== undefined && fromWorker.content !== content;
        if (content === undefined) file.content = fromWorker.content;
        else if (cache && moved) changed = true;
        const { body, outline: outlineBytes } = fromWorker;
        const stamp = moved ? undefined : file.stamp;
        cache?.setBody(dataFile, fromWorker.content, body, outlineBytes, stamp);
        outcomes[at] = outcomeOf(body, outlineBytes, !outline);
        if (report) report.files += 1;
      } else {
        // Parsed here: with bytes kept, or read again (a worker failed, or none ran).
        const again = bytes === undefined;
        const read = bytes ?? (await readBytes(dataFile, problems));
        if (read === undefined) {
          outcomes[at] = undefined;
        } else {
          const moved = content !== undefined && again && cache && contentHash(read) !== content;
          if (content === undefined) file.content = cache ? contentHash(read) : "";
          else if (moved) changed = true;
          const outcome = loadFile(dataFile, read.toString("utf8"));
          cache?.set(dataFile, file.content as string, outcome, moved ? undefined : file.stamp);
          outcomes[at] = outcome;
        }
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
  if ((await statOf(dataFile, problems)) === undefined) return undefined;
  return contentOf(dataFile, problems);
}

/** A data file's bytes, already known not too large, or undefined (with its problem). */
async function contentOf(
  dataFile: DataFile,
  problems: UnplacedProblem[],
): Promise<Buffer | undefined> {
  try {
    return await readFile(dataFile.absolute);
  } catch (error) {
    problems.push(unreadable(dataFile, error));
    return undefined;
  }
}

/** A data file's size and stamp, or undefined (with its problem) when too large or not there. */
async function statOf(
  dataFile: DataFile,
  problems: UnplacedProblem[],
): Promise<FileStat | undefined> {
  try {
    const found = await statFile(dataFile.absolute);
    const { size } = found;
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
    return found;
  } catch (error) {
    problems.push(unreadable(dataFile, error));
    return undefined;
  }
}

const unreadable = (dataFile: DataFile, error: unknown): UnplacedProblem => ({
  code: "file-unreadable",
  severity: "error",
  file: dataFile.file,
  path: [],
  target: "file",
  reason: (error as NodeJS.ErrnoException).code ?? "unknown",
});
