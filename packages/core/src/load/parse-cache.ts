import { createHash, randomBytes } from "node:crypto";
import { closeSync, mkdirSync, openSync, readSync, renameSync, rmSync, writeSync } from "node:fs";
import { join } from "node:path";
import { deserialize, serialize } from "node:v8";
import { archivesUnchanged, type CheckVerdict } from "./check-verdict.js";
import type { DataFile } from "./discover-files.js";
import type { FileOutcome } from "./load-file.js";
import { toolFingerprint } from "./tool-fingerprint.js";

/**
 * The parse cache: what each file of a data folder parsed and validated to, kept between runs
 * in one file per data folder so that an unchanged file is neither parsed nor validated again.
 *
 * Layout: a first line `bilat-parse-cache/1 <header bytes> <header sha256>`, then the header
 * (JSON: the tool's fingerprint, the data folder, for each data file its content hash and
 * where its entry lies, with the entry's sha256, and the checks' last verdict), then the entries
 * (v8-serialized outcomes).
 * Nothing in it is trusted without its checksum: a corrupt, truncated or foreign file, or one
 * written by other code, is ignored and rebuilt. It is replaced by writing a temporary file
 * and renaming it, so processes writing at once never leave a mixed file: the last one wins.
 */

const MAGIC = "bilat-parse-cache/1";

interface EntryHeader {
  kind: DataFile["kind"];
  /** sha256 of the data file's bytes. */
  content: string;
  offset: number;
  length: number;
  /** sha256 of the file's name, its content hash and the entry's bytes. */
  check: string;
}

interface Header {
  tool: string;
  dir: string;
  entries: Record<string, EntryHeader>;
  verdict?: CheckVerdict;
}

/** What the cache did in one load, for the summary and the tests. */
export interface CacheReport {
  /** The cache file used. */
  path: string;
  /** Files whose outcome came from the cache. */
  hits: number;
  /** Files parsed and validated, then stored. */
  misses: number;
  /** Why cached data was refused, e.g. `corrupt entry for events/a.yaml`. */
  rejected: string[];
  /** Whether the checks' verdict was reused: no data file nor archive changed since it was reached. */
  verdict: boolean;
}

const sha256 = (bytes: Uint8Array | string) => createHash("sha256").update(bytes).digest("hex");

/** An entry's checksum covers whose it is, so that an entry moved to another file's place fails. */
const entryCheck = (file: string, content: string, body: Uint8Array) =>
  createHash("sha256").update(`${file}\0${content}\0`).update(body).digest("hex");

export function contentHash(bytes: Uint8Array): string {
  return sha256(bytes);
}

export class ParseCache {
  readonly report: CacheReport;
  /** Entries of files just parsed, with their checksum, taken as each arrives: workers are still busy. */
  private readonly fresh = new Map<
    string,
    { kind: DataFile["kind"]; content: string; body: Buffer; check: string }
  >();
  private readonly kept = new Map<string, EntryHeader>();
  private changed = false;
  private verdictFound: CheckVerdict | undefined;
  private verdictReached: CheckVerdict | undefined;

  private constructor(
    private readonly dir: string,
    private readonly path: string,
    private readonly old: { fd: number; header: Header; bodyStart: number } | undefined,
    rejected: string[],
  ) {
    this.report = { path, hits: 0, misses: 0, rejected, verdict: false };
  }

  /** Opens the cache of a data folder (absolute path) kept in `cacheDir`. */
  static open(cacheDir: string, dir: string): ParseCache {
    const path = join(cacheDir, `${sha256(dir).slice(0, 24)}.bin`);
    const rejected: string[] = [];
    let fd: number | undefined;
    try {
      fd = openSync(path, "r");
    } catch {
      return new ParseCache(dir, path, undefined, rejected);
    }
    const header = readHeader(fd, dir, rejected);
    if (header === undefined) {
      closeSync(fd);
      return new ParseCache(dir, path, undefined, rejected);
    }
    return new ParseCache(dir, path, { fd, ...header }, rejected);
  }

  /** Whether the cache holds an entry for a file with this content (not yet read, nor checked). */
  holds(dataFile: DataFile, content: string): boolean {
    const entry = this.old?.header.entries[dataFile.file];
    return entry !== undefined && entry.content === content && entry.kind === dataFile.kind;
  }

  /**
   * The checks' verdict on data files with these inputs, when one was reached and every archive
   * it read is unchanged; never after an entry was refused, since then the file was not sound.
   */
  verdict(inputs: string): CheckVerdict | undefined {
    const verdict = this.old?.header.verdict;
    if (verdict?.inputs !== inputs || this.report.rejected.length > 0) return undefined;
    if (!archivesUnchanged(this.dir, verdict.archives)) return undefined;
    this.verdictFound = verdict;
    this.report.verdict = true;
    return verdict;
  }

  /** Keeps the verdict the checks just reached, for the next load. */
  setVerdict(verdict: CheckVerdict): void {
    this.verdictReached = verdict;
    this.changed = true;
  }

  /**
   * Ends a load answered by the verdict alone, with every file (`files`) as cached: no entry is
   * read, and nothing is written.
   */
  answered(files: number): void {
    this.report.hits = files;
    this.close();
  }

  /** The cached outcome of a file with this content, when there is a sound one. */
  get(dataFile: DataFile, content: string): FileOutcome | undefined {
    const entry = this.old?.header.entries[dataFile.file];
    if (this.old === undefined || entry === undefined) return this.miss();
    if (entry.content !== content || entry.kind !== dataFile.kind) return this.miss();
    const body = Buffer.allocUnsafe(entry.length);
    const read = readSync(this.old.fd, body, 0, entry.length, this.old.bodyStart + entry.offset);
    if (read !== entry.length) return this.reject(`truncated entry for ${dataFile.file}`);
    if (entryCheck(dataFile.file, content, body) !== entry.check)
      return this.reject(`corrupt entry for ${dataFile.file}`);
    let outcome: FileOutcome;
    try {
      outcome = deserialize(body) as FileOutcome;
    } catch {
      return this.reject(`unreadable entry for ${dataFile.file}`);
    }
    if (!Array.isArray(outcome?.records) || !Array.isArray(outcome.problems)) {
      return this.reject(`unreadable entry for ${dataFile.file}`);
    }
    this.kept.set(dataFile.file, entry);
    this.report.hits += 1;
    return outcome;
  }

  /** Stores the outcome of a file just parsed. */
  set(dataFile: DataFile, content: string, outcome: FileOutcome): void {
    this.setBody(dataFile, content, serialize(outcome));
  }

  /** Stores the outcome of a file already serialised (by a parsing worker). */
  setBody(dataFile: DataFile, content: string, body: Buffer): void {
    const check = entryCheck(dataFile.file, content, body);
    this.fresh.set(dataFile.file, { kind: dataFile.kind, content, body, check });
    this.changed = true;
  }

  /**
   * Writes the cache when anything changed: the entries used as they were (copied, not
   * serialized again) and the new ones. A cache that cannot be written is left as it was.
   */
  save(): void {
    const entriesGone =
      this.old !== undefined &&
      Object.keys(this.old.header.entries).some((f) => !this.kept.has(f) && !this.fresh.has(f));
    if (!this.changed && !entriesGone && this.report.rejected.length === 0) return this.close();
    const entries: Record<string, EntryHeader> = {};
    const bodies: { source: "old" | "fresh"; file: string; length: number }[] = [];
    let offset = 0;
    for (const [file, entry] of this.kept) {
      entries[file] = { ...entry, offset };
      bodies.push({ source: "old", file, length: entry.length });
      offset += entry.length;
    }
    for (const [file, { kind, content, body, check }] of this.fresh) {
      entries[file] = { kind, content, offset, length: body.length, check };
      bodies.push({ source: "fresh", file, length: body.length });
      offset += body.length;
    }
    const verdict = this.verdictReached ?? this.verdictFound;
    const header = JSON.stringify({
      tool: toolFingerprint(),
      dir: this.dir,
      entries,
      ...(verdict && { verdict }),
    });
    const first = `${MAGIC} ${Buffer.byteLength(header)} ${sha256(header)}\n`;
    const temp = `${this.path}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
    let fd: number | undefined;
    try {
      mkdirSync(join(this.path, ".."), { recursive: true });
      fd = openSync(temp, "w");
      writeSync(fd, first);
      writeSync(fd, header);
      for (const { source, file, length } of bodies) {
        writeSync(
          fd,
          source === "fresh" ? (this.fresh.get(file)?.body as Buffer) : this.oldBody(file, length),
        );
      }
      closeSync(fd);
      fd = undefined;
      renameSync(temp, this.path);
    } catch {
      // A cache is an optimisation: a full disk or a read-only folder only costs the next run time.
      if (fd !== undefined) closeSync(fd);
      rmSync(temp, { force: true });
    } finally {
      this.close();
    }
  }

  private oldBody(file: string, length: number): Buffer {
    const entry = this.kept.get(file) as EntryHeader;
    const old = this.old as NonNullable<ParseCache["old"]>;
    const body = Buffer.allocUnsafe(length);
    readSync(old.fd, body, 0, length, old.bodyStart + entry.offset);
    return body;
  }

  private close(): void {
    if (this.old !== undefined) closeSync(this.old.fd);
  }

  /** Counts a file whose outcome the cache does not hold. */
  miss(): undefined {
    this.report.misses += 1;
    return undefined;
  }

  private reject(reason: string): undefined {
    this.report.rejected.push(reason);
    return this.miss();
  }
}

/** The header of a cache file, when it is whole, sound, written by this code for this folder. */
function readHeader(
  fd: number,
  dir: string,
  rejected: string[],
): { header: Header; bodyStart: number } | undefined {
  const start = Buffer.alloc(256);
  const got = readSync(fd, start, 0, start.length, 0);
  const newline = start.subarray(0, got).indexOf(10);
  const [magic, size, check] = start
    .subarray(0, Math.max(newline, 0))
    .toString("latin1")
    .split(" ");
  const length = Number(size);
  if (newline < 0 || magic !== MAGIC || !Number.isSafeInteger(length) || check === undefined) {
    rejected.push("not a bilat cache file");
    return undefined;
  }
  const bytes = Buffer.allocUnsafe(length);
  if (readSync(fd, bytes, 0, length, newline + 1) !== length) {
    rejected.push("truncated header");
    return undefined;
  }
  if (sha256(bytes) !== check) {
    rejected.push("corrupt header");
    return undefined;
  }
  const header = JSON.parse(bytes.toString("utf8")) as Header;
  if (header.tool !== toolFingerprint()) {
    rejected.push("written by other code");
    return undefined;
  }
  if (header.dir !== dir) {
    rejected.push(`written for another data folder (${header.dir})`);
    return undefined;
  }
  return { header, bodyStart: newline + 1 + length };
}
