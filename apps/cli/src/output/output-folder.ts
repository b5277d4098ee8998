import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import type { OutputFolder } from "@bilat/core";

/** The output folder as other runs left it, for a format's shared files (the reports' index). */
export function outputFolder(dir: string): OutputFolder {
  return {
    async folders() {
      try {
        const entries = await readdir(dir, { withFileTypes: true });
        return entries.filter((e) => e.isDirectory()).map((e) => e.name);
      } catch {
        return [];
      }
    },
    async read(path) {
      try {
        return await readFile(join(dir, ...path.split("/")), "utf8");
      } catch {
        return undefined;
      }
    },
  };
}

/**
 * Runs `work` holding the output folder's lock (proper-lockfile: a lock folder, with stale locks
 * of crashed runs taken over), so that runs writing the same folder at the same time (turbo
 * runs each pair's task in parallel) write its shared files one after the other.
 */
export async function withFolderLock<T>(dir: string, work: () => Promise<T>): Promise<T> {
  // Loaded when a folder is first written: proper-lockfile arms its exit handlers on signals as
  // it loads, which a run writing nothing does not need (and a startup snapshot cannot hold).
  const { lock } = await import("proper-lockfile");
  const release = await lock(dir, {
    lockfilePath: join(dir, ".index.lock"),
    retries: { retries: 100, minTimeout: 20, maxTimeout: 250 },
  });
  try {
    return await work();
  } finally {
    await release();
  }
}
