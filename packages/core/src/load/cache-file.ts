import { createHash } from "node:crypto";
import { fstatSync, readSync } from "node:fs";
import type { CheckVerdict } from "./check-verdict.js";
import type { DataFile } from "./discover-files.js";
import { toolFingerprint } from "./tool-fingerprint.js";

/**
 * How a parse cache file is laid out: a first line `bilat-parse-cache/2`, then the entries
 * (outcomes serialised by `outlinedBytes`: their outlines, then their words), then the header
 * (JSON: the tool's fingerprint, the data folder, for each data file its content hash, stamp and
 * where its entry lies, with the entry's sha256, and the checks' last verdict), then a last line
 * `bilat-parse-cache/2 <header offset> <header bytes> <header sha256>`. The header comes last
 * so that each new entry is written as it arrives rather than held until the end: on a large
 * dataset, the entries are hundreds of megabytes.
 */

export const sha256 = (bytes: Uint8Array | string) =>
  createHash("sha256").update(bytes).digest("hex");

export const MAGIC = "bilat-parse-cache/2";
export const FIRST_LINE = `${MAGIC}\n`;
/** Where the entries start: after the first line. */
export const BODY_START = Buffer.byteLength(FIRST_LINE);

export interface EntryHeader {
  kind: DataFile["kind"];
  /** sha256 of the data file's bytes. */
  content: string;
  offset: number;
  length: number;
  /** How many of its bytes the outline takes: the words follow. */
  outline: number;
  /** sha256 of the file's name, its content hash and the entry's bytes. */
  check: string;
  /** The data file's stamp when its content was hashed (`statFile`), if it had settled. */
  stamp?: string;
}

export interface Header {
  tool: string;
  dir: string;
  entries: Record<string, EntryHeader>;
  verdict?: CheckVerdict;
}

/** The header of a cache file, when it is whole, sound, written by this code for this folder. */
export function readHeader(fd: number, dir: string, rejected: string[]): Header | undefined {
  const first = Buffer.alloc(BODY_START);
  const got = readSync(fd, first, 0, BODY_START, 0);
  if (got !== BODY_START || first.toString("latin1") !== FIRST_LINE) {
    rejected.push("not a bilat cache file");
    return undefined;
  }
  // The last line says where the header lies; a file cut short has lost it.
  const size = fstatSync(fd).size;
  const tail = Buffer.alloc(Math.min(256, size - BODY_START));
  readSync(fd, tail, 0, tail.length, size - tail.length);
  const text = tail.toString("latin1");
  const lineStart = text.lastIndexOf("\n", text.length - 2) + 1;
  const [magic, offset, bytes, check] = text.slice(lineStart, -1).split(" ");
  const at = Number(offset);
  const length = Number(bytes);
  const lastLine = size - (text.length - lineStart);
  const whole =
    text.endsWith("\n") &&
    magic === MAGIC &&
    Number.isSafeInteger(at) &&
    Number.isSafeInteger(length) &&
    check !== undefined;
  if (!whole) {
    rejected.push("truncated file");
    return undefined;
  }
  const json = Buffer.allocUnsafe(Math.max(0, length));
  if (
    at + length + 1 !== lastLine ||
    readSync(fd, json, 0, length, at) !== length ||
    sha256(json) !== check
  ) {
    rejected.push("corrupt header");
    return undefined;
  }
  const header = JSON.parse(json.toString("utf8")) as Header;
  if (header.tool !== toolFingerprint()) {
    rejected.push("written by other code");
    return undefined;
  }
  if (header.dir !== dir) {
    rejected.push(`written for another data folder (${header.dir})`);
    return undefined;
  }
  return header;
}
