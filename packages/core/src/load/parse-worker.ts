import { readFileSync } from "node:fs";
import { serialize } from "node:v8";
import { parentPort } from "node:worker_threads";
import { outlineOutcome } from "./check-outline.js";
import { loadFile } from "./load-file.js";
import { contentHash } from "./parse-cache.js";
import type { ParseTask } from "./parse-pool.js";

/**
 * A parsing worker: reads one data file at a time, parses and validates it, and sends back its
 * outcome already serialised (the bytes the parse cache keeps), its outline when the loader
 * wants the problems alone, and the hash of what it read.
 */
parentPort?.on("message", ({ dataFile, outcome: whole, outline }: ParseTask) => {
  try {
    const bytes = readFileSync(dataFile.absolute);
    const outcome = loadFile(dataFile, bytes.toString("utf8"));
    const sent: { outcome?: Uint8Array; outline?: Uint8Array } = {};
    if (whole) sent.outcome = owned(serialize(outcome));
    if (outline) {
      outlineOutcome(outcome);
      sent.outline = owned(serialize(outcome));
    }
    const transfer = Object.values(sent).map((b) => b.buffer as ArrayBuffer);
    parentPort?.postMessage({ ok: true, content: contentHash(bytes), ...sent }, transfer);
  } catch (error) {
    // The main thread parses the file itself, which words any problem as a serial load does.
    parentPort?.postMessage({ ok: false, reason: String(error) });
  }
});

/**
 * Bytes whose whole buffer can be handed over without copying: serialised bytes usually own
 * theirs; otherwise (a buffer shared with others) they are copied into one of their own.
 */
function owned(bytes: Buffer): Uint8Array {
  const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
  return whole ? bytes : new Uint8Array(bytes);
}
