import { createHash, randomBytes } from "node:crypto";
import { closeSync, mkdirSync, openSync, readSync, renameSync, rmSync, writeSync } from "node:fs";
import { join } from "node:path";
import {
  BODY_START,
  type EntryHeader,
  FIRST_LINE,
  type Header,
  MAGIC,
  readHeader,
  sha256,
} from "./cache-file.js";
import { outcomeOf, outlinedBytes } from "./check-outline.js";
import { archivesUnchanged, type CheckVerdict } from "./check-verdict.js";
import type { DataFile } from "./discover-files.js";
import type { FileOutcome } from "./load-file.js";
import { toolFingerprint } from "./tool-fingerprint.js";

/**
 * The parse cache: what each file of a data folder parsed and validated to, kept between runs
 * in one file per data folder (laid out as `cache-file.ts` says) so that an unchanged file is
 * neither parsed nor validated again. Nothing in it is trusted without its checksum: a corrupt,
 * truncated or foreign file, or one written by other code, is ignored and rebuilt. It is
 * replaced by writing a temporary file and renaming it, so processes writing at once never
 * leave a mixed file: the last one wins.
 */

/** What the cache did in one load, for the summary and the tests. */
export interface CacheReport {
  /** The cache file used. */
  path: string;
  /** Files whose outcome came from the cache. */
  hits: number;
  /** Files parsed and validated, then stored. */
  misses: number;
  /** Files known by their stamp (`statFile`): neither read nor hashed. */
  stamped: number;
  /** Why cached data was refused, e.g. `corrupt entry for events/a.yaml`. */
  rejected: string[];
  /** Whether the checks' verdict was reused: no data file nor archive changed since it was reached. */
  verdict: boolean;
}

/** An entry's checksum covers whose it is, so that an entry moved to another file's place fails. */
const entryCheck = (file: string, content: string, body: Uint8Array) =>
  createHash("sha256").update(`${file}\0${content}\0`).update(body).digest("hex");

export function contentHash(bytes: Uint8Array): string {
  return sha256(bytes);
}

export class ParseCache {
  readonly report: CacheReport;
  /** Entries of files just parsed, already written to `next` (offsets from its entries' start). */
  private readonly fresh = new Map<string, EntryHeader>();
  /** The cache file being written, opened with the first new entry. */
  private next: { temp: string; fd: number; offset: number } | undefined;
  /** Writing failed (a full disk, a read-only folder): the cache is left as it was. */
  private unwritable = false;
  private readonly kept = new Map<string, EntryHeader>();
  private changed = false;
  private verdictFound: CheckVerdict | undefined;
  private verdictReached: CheckVerdict | undefined;

  private constructor(
    private readonly dir: string,
    private readonly path: string,
    private readonly old: { fd: number; header: Header } | undefined,
    rejected: string[],
  ) {
    this.report = { path, hits: 0, misses: 0, stamped: 0, rejected, verdict: false };
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
    return new ParseCache(dir, path, { fd, header }, rejected);
  }

  /** Whether the cache holds an entry for this file, whatever its content. */
  knows(dataFile: DataFile): boolean {
    return this.old?.header.entries[dataFile.file]?.kind === dataFile.kind;
  }

  /**
   * The content hash of a file whose stamp is the one its entry was made with: its bytes are
   * those hashed then, so it need not be read nor hashed again.
   */
  stamped(dataFile: DataFile, stamp: string): string | undefined {
    const entry = this.old?.header.entries[dataFile.file];
    if (entry?.kind !== dataFile.kind || entry.stamp !== stamp) return undefined;
    this.report.stamped += 1;
    return entry.content;
  }

  /** Whether the cache holds an entry for a file with this content (not yet read, nor checked). */
  holds(dataFile: DataFile, content: string): boolean {
    const entry = this.old?.header.entries[dataFile.file];
    return entry !== undefined && entry.content === content && entry.kind === dataFile.kind;
  }

  /**
   * Whether the cache holds a verdict on data files with these inputs: it will answer the checks
   * unless an archive changed or an entry is refused, so the load need not prepare for them.
   */
  promisesVerdict(inputs: string): boolean {
    return this.old?.header.verdict?.inputs === inputs;
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

  /**
   * The cached outcome of a file with this content, when there is a sound one: whole, or its
   * outline only (see `outlineOutcome`). `stamp` is the file's stamp taken as it was hashed.
   */
  get(dataFile: DataFile, content: string, whole = true, stamp?: string): FileOutcome | undefined {
    const entry = this.old?.header.entries[dataFile.file];
    if (this.old === undefined || entry === undefined) return this.miss();
    if (entry.content !== content || entry.kind !== dataFile.kind) return this.miss();
    const body = Buffer.allocUnsafe(entry.length);
    const read = readSync(this.old.fd, body, 0, entry.length, BODY_START + entry.offset);
    if (read !== entry.length) return this.reject(`truncated entry for ${dataFile.file}`);
    if (entryCheck(dataFile.file, content, body) !== entry.check)
      return this.reject(`corrupt entry for ${dataFile.file}`);
    let outcome: FileOutcome;
    try {
      outcome = outcomeOf(body, entry.outline, whole);
    } catch {
      return this.reject(`unreadable entry for ${dataFile.file}`);
    }
    const lists = [outcome?.records, outcome?.problems, outcome?.citations, outcome?.quotations];
    if (!lists.every(Array.isArray)) {
      return this.reject(`unreadable entry for ${dataFile.file}`);
    }
    // A stamp taken now is kept if the cache is written anyway: it is not rewritten for it.
    this.kept.set(dataFile.file, stamp === undefined ? entry : { ...entry, stamp });
    this.report.hits += 1;
    return outcome;
  }

  /** Stores the outcome of a file just parsed. */
  set(dataFile: DataFile, content: string, outcome: FileOutcome, stamp?: string): void {
    const { body, outline } = outlinedBytes(outcome, true);
    this.setBody(dataFile, content, body, outline, stamp);
  }

  /**
   * Stores the outcome of a file already serialised (by a parsing worker): written at once to
   * the cache file being made, with its checksum, and not kept in memory.
   */
  setBody(
    dataFile: DataFile,
    content: string,
    body: Uint8Array,
    outline: number,
    stamp?: string,
  ): void {
    const check = entryCheck(dataFile.file, content, body);
    this.changed = true;
    const next = this.writing();
    if (next === undefined) return;
    if (!this.write(body)) return;
    this.fresh.set(dataFile.file, {
      kind: dataFile.kind,
      content,
      offset: next.offset,
      length: body.length,
      outline,
      check,
      ...(stamp !== undefined && { stamp }),
    });
    next.offset += body.length;
  }

  /**
   * Writes the cache when anything changed: the new entries are written already; the entries
   * used as they were are copied (not serialized again), then the header. A cache that cannot
   * be written is left as it was.
   */
  save(): void {
    const entriesGone =
      this.old !== undefined &&
      Object.keys(this.old.header.entries).some((f) => !this.kept.has(f) && !this.fresh.has(f));
    if (!this.changed && !entriesGone && this.report.rejected.length === 0) return this.close();
    const next = this.writing();
    const entries: Record<string, EntryHeader> = {};
    for (const [file, entry] of this.kept) {
      if (next === undefined || !this.write(this.oldBody(entry))) break;
      entries[file] = { ...entry, offset: next.offset };
      next.offset += entry.length;
    }
    for (const [file, entry] of this.fresh) entries[file] = entry;
    const verdict = this.verdictReached ?? this.verdictFound;
    const header = JSON.stringify({
      tool: toolFingerprint(),
      dir: this.dir,
      entries,
      ...(verdict && { verdict }),
    });
    if (next !== undefined && !this.unwritable) {
      const at = BODY_START + next.offset;
      const last = `\n${MAGIC} ${at} ${Buffer.byteLength(header)} ${sha256(header)}\n`;
      if (this.write(header) && this.write(last)) {
        try {
          closeSync(next.fd);
          this.next = undefined;
          renameSync(next.temp, this.path);
        } catch {
          this.giveUp();
        }
      }
    }
    this.giveUp();
    this.close();
  }

  /** The cache file being written, opened (with its first line) when first needed. */
  private writing(): ParseCache["next"] {
    if (this.next !== undefined || this.unwritable) return this.next;
    const temp = `${this.path}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
    try {
      mkdirSync(join(this.path, ".."), { recursive: true });
      this.next = { temp, fd: openSync(temp, "w"), offset: 0 };
      writeSync(this.next.fd, FIRST_LINE);
    } catch {
      this.unwritable = true;
      this.giveUp();
    }
    return this.next;
  }

  /** Appends to the cache file being written; false once writing failed. */
  private write(bytes: Uint8Array | string): boolean {
    if (this.next === undefined || this.unwritable) return false;
    try {
      const buffer = typeof bytes === "string" ? Buffer.from(bytes) : bytes;
      for (let done = 0; done < buffer.length; ) {
        done += writeSync(this.next.fd, buffer, done, buffer.length - done);
      }
      return true;
    } catch {
      // A cache is an optimisation: a full disk or a read-only folder only costs the next run time.
      this.unwritable = true;
      this.giveUp();
      return false;
    }
  }

  /** Drops the cache file being written, if any is left (written and renamed: none). */
  private giveUp(): void {
    const next = this.next;
    this.next = undefined;
    if (next === undefined) return;
    try {
      closeSync(next.fd);
    } catch {
      // Already closed.
    }
    rmSync(next.temp, { force: true });
  }

  private oldBody(entry: EntryHeader): Buffer {
    const old = this.old as NonNullable<ParseCache["old"]>;
    const body = Buffer.allocUnsafe(entry.length);
    readSync(old.fd, body, 0, entry.length, BODY_START + entry.offset);
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
