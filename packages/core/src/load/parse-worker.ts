import { readFileSync } from "node:fs";
import { parentPort } from "node:worker_threads";
import { outlinedBytes } from "./check-outline.js";
import type { DataFile } from "./discover-files.js";
import { loadFile } from "./load-file.js";
import { contentHash } from "./parse-cache.js";

/**
 * A parsing worker: reads one data file at a time, parses and validates it, and sends back its
 * outcome already serialised by `outlinedBytes` (the bytes the parse cache keeps, whose outline
 * alone a check of the problems reads), with the hash of what it read.
 */
parentPort?.on("message", (dataFile: DataFile) => {
  try {
    const bytes = readFileSync(dataFile.absolute);
    const { body, outline } = outlinedBytes(loadFile(dataFile, bytes.toString("utf8")));
    // Concatenated bytes own their buffer, which is handed over whole rather than copied.
    const owned = body.byteOffset === 0 && body.byteLength === body.buffer.byteLength;
    const sent = owned ? body : new Uint8Array(body);
    parentPort?.postMessage({ ok: true, content: contentHash(bytes), body: sent, outline }, [
      sent.buffer as ArrayBuffer,
    ]);
  } catch (error) {
    // The main thread parses the file itself, which words any problem as a serial load does.
    parentPort?.postMessage({ ok: false, reason: String(error) });
  }
});
