import type { LoadProgress } from "@bilat/core";
import type { CliIo } from "../cli-context.js";

/** Runs shorter than this show nothing: a bar that flashes by is noise. */
const DELAY_MS = 1000;

export interface Progress {
  /** The data files read so far. */
  loading(progress: LoadProgress): void;
  /** One more output file laid out. */
  planned(path: string): void;
  /** Clears the bar, leaving the terminal as it was. */
  stop(): void;
}

const silent: Progress = { loading() {}, planned() {}, stop() {} };

/**
 * Progress on stderr for a long run — files read, records checked, files laid out — drawn by
 * cli-progress. Only on a terminal: never in a pipe, a file, a CI log (CI set) or a test's
 * buffer, and never for machine-readable output, so that what a program reads stays clean.
 */
export async function startProgress(io: CliIo, machineOutput = false): Promise<Progress> {
  const stream = io.stderr as NodeJS.WriteStream;
  if (machineOutput || stream.isTTY !== true || io.env.CI || io.env.TERM === "dumb") return silent;
  // Loaded only for a terminal: scripts and pipes never pay for it.
  const { SingleBar } = (await import("cli-progress")).default;
  const started = Date.now();
  let bar: InstanceType<typeof SingleBar> | undefined;
  let planned = 0;
  const show = (total: number, value: number, task: string, detail: string) => {
    if (bar === undefined) {
      if (Date.now() - started < DELAY_MS) return;
      bar = new SingleBar({
        stream,
        format: " {task} [{bar}] {value}/{total} {detail}",
        barsize: 24,
        hideCursor: true,
        clearOnComplete: true,
        noTTYOutput: false,
      });
      bar.start(total, value, { task, detail });
    }
    bar.setTotal(total);
    bar.update(value, { task, detail });
  };
  return {
    loading({ files, read, records }) {
      show(files, read, "reading data", `files · ${records.toLocaleString("en-GB")} records`);
    },
    planned() {
      planned += 1;
      show(Math.max(planned, 1), planned, "laying out  ", "files");
    },
    stop() {
      bar?.stop();
    },
  };
}
