import { readFileSync } from "node:fs";
import { serialize } from "node:v8";
import { parentPort } from "node:worker_threads";
import type { DataFile } from "./discover-files.js";
import { loadFile } from "./load-file.js";
import { contentHash } from "./parse-cache.js";

/**
 * A parsing worker: reads one data file at a time, parses and validates it, and sends back its
 * outcome already serialised (the bytes the parse cache keeps) with the hash of what it read.
 */
parentPort?.on("message", (dataFile: DataFile) => {
  try {
    const bytes = readFileSync(dataFile.absolute);
    const outcome = loadFile(dataFile, bytes.toString("utf8"));
    const body = serialize(outcome);
    // A copy of its own, so that the whole buffer can be handed over without copying again.
    const owned = new Uint8Array(body);
    parentPort?.postMessage({ ok: true, content: contentHash(bytes), body: owned }, [owned.buffer]);
  } catch (error) {
    // The main thread parses the file itself, which words any problem as a serial load does.
    parentPort?.postMessage({ ok: false, reason: String(error) });
  }
});
