import { stat } from "node:fs/promises";

/**
 * How long ago a file must have last changed for its stamp to be trusted: a file written again
 * within the same tick of a coarse clock keeps its times, so a stamp taken then could outlive a
 * change (git's "racily clean" entries are the same case).
 */
const SETTLED_NS = 2_000_000_000n;

/** A data file's size and, once it has settled, its stamp. */
export interface FileStat {
  size: number;
  /**
   * Its size, modification and change times in nanoseconds, inode and device: the same for as
   * long as its bytes are (a write moves the change time, which no tool sets back). Undefined
   * while it changed too recently to tell.
   */
  stamp: string | undefined;
}

/** Stats a file (throws as `stat` does). */
export async function statFile(path: string): Promise<FileStat> {
  const s = await stat(path, { bigint: true });
  const settled = BigInt(Date.now()) * 1_000_000n - s.ctimeNs > SETTLED_NS;
  return {
    size: Number(s.size),
    stamp: settled ? `${s.size}:${s.mtimeNs}:${s.ctimeNs}:${s.ino}:${s.dev}` : undefined,
  };
}
