import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { DataFile } from "./discover-files.js";

/** What a worker sends back for a file: its outcome serialised, or undefined when it failed. */
export interface ParsedBytes {
  /** sha256 of the bytes parsed. */
  content: string;
  /** The outcome serialised by `outlinedBytes`, of which the outline takes the first `outline` bytes. */
  body: Buffer;
  outline: number;
}

interface WorkerAnswer {
  ok: boolean;
  content?: string;
  body?: Uint8Array;
  outline?: number;
}

interface Task {
  dataFile: DataFile;
  resolve: (parsed: ParsedBytes | undefined) => void;
}

/**
 * The young generation of a worker's heap, smaller than Node's default: what a file parses to
 * lives until the file is done, so a larger one only holds more of it before promoting it. On a
 * large dataset this takes about 40 MiB off each worker's memory, and no time.
 */
const YOUNG_GENERATION_MIB = 8;

/**
 * Parses files on worker threads, one file per worker at a time, handed out in turn. Written by
 * hand (a few lines over node:worker_threads) so that a worker that dies answers its file with
 * undefined, which the loader then parses itself: no crash leaves a load waiting.
 */
export class ParsePool {
  private readonly idle: Worker[] = [];
  private readonly queue: Task[] = [];
  private readonly busy = new Map<Worker, Task>();
  private alive = 0;

  /** Whether workers can run here: they need the built JavaScript, not the TypeScript sources. */
  static available(): boolean {
    return import.meta.url.endsWith(".js");
  }

  constructor(
    readonly size = Math.max(1, Math.min(availableParallelism(), 4)),
    heapMiB?: number,
  ) {
    for (let i = 0; i < size; i++) {
      const worker = new Worker(new URL("./parse-worker.js", import.meta.url), {
        resourceLimits: {
          maxYoungGenerationSizeMb: YOUNG_GENERATION_MIB,
          ...(heapMiB !== undefined && { maxOldGenerationSizeMb: heapMiB }),
        },
      });
      this.alive += 1;
      worker.on("message", (message: WorkerAnswer) => {
        const task = this.busy.get(worker);
        this.busy.delete(worker);
        const { ok, content, body, outline } = message;
        task?.resolve(
          ok && content !== undefined && body !== undefined && outline !== undefined
            ? {
                content,
                body: Buffer.from(body.buffer, body.byteOffset, body.byteLength),
                outline,
              }
            : undefined,
        );
        this.idle.push(worker);
        this.next();
      });
      // A worker that throws outside a task, runs out of memory or exits gives up its file.
      let dead = false;
      const gone = () => {
        if (dead) return;
        dead = true;
        const task = this.busy.get(worker);
        this.busy.delete(worker);
        const at = this.idle.indexOf(worker);
        if (at >= 0) this.idle.splice(at, 1);
        if (task) task.resolve(undefined);
        this.alive -= 1;
        if (this.alive === 0)
          for (const waiting of this.queue.splice(0)) waiting.resolve(undefined);
        worker.removeAllListeners();
        worker.on("error", () => {});
      };
      worker.on("error", gone);
      worker.on("exit", gone);
      this.idle.push(worker);
    }
  }

  /** The file parsed by a worker, or undefined when none could. */
  parse(dataFile: DataFile): Promise<ParsedBytes | undefined> {
    if (this.alive === 0) return Promise.resolve(undefined);
    return new Promise((resolve) => {
      this.queue.push({ dataFile, resolve });
      this.next();
    });
  }

  private next(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const worker = this.idle.shift() as Worker;
      const task = this.queue.shift() as Task;
      this.busy.set(worker, task);
      worker.postMessage(task.dataFile);
    }
  }

  /** Ends the workers; pending files are answered undefined. */
  async close(): Promise<void> {
    const workers = [...this.idle, ...this.busy.keys()];
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
