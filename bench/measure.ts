/** Timing helpers of the benchmarks: whole commands as fresh processes, and work in process. */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

export interface Timing {
  /** Median wall-clock seconds. */
  seconds: number;
  /** Median CPU seconds (user + system) of the process, when GNU time is there to say. */
  cpuSeconds: number | undefined;
  /** Largest peak resident memory of the runs, in MiB, when GNU time is there to say. */
  peakMiB: number | undefined;
  runs: number;
}

export const median = (xs: readonly number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

const GNU_TIME = "/usr/bin/time";

/**
 * Runs a command `runs` times as a fresh process and returns its median time; `before` runs
 * untimed ahead of each run (to empty a cache, say). A failing run stops the benchmark.
 */
export function timeCommand(
  command: string,
  args: readonly string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; runs: number; before?: () => void },
): Timing {
  const walls: number[] = [];
  const cpus: number[] = [];
  let peak: number | undefined;
  const withTime = existsSync(GNU_TIME);
  for (let i = 0; i < options.runs; i++) {
    options.before?.();
    const [file, list] = withTime
      ? [GNU_TIME, ["-f", "bench-time %U %S %M", command, ...args]]
      : [command, [...args]];
    const t0 = performance.now();
    const run = spawnSync(file, list, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      encoding: "utf8",
      maxBuffer: 256 * 1024 * 1024,
    });
    walls.push((performance.now() - t0) / 1000);
    const measured = /bench-time (\S+) (\S+) (\d+)/.exec(run.stderr ?? "");
    if (run.status !== 0 && run.status !== 1) {
      throw new Error(`\`${command} ${args.join(" ")}\` failed (${run.status}):\n${run.stderr}`);
    }
    if (measured) {
      cpus.push(Number(measured[1]) + Number(measured[2]));
      peak = Math.max(peak ?? 0, Number(measured[3]) / 1024);
    }
  }
  return {
    seconds: median(walls),
    cpuSeconds: cpus.length ? median(cpus) : undefined,
    peakMiB: peak,
    runs: options.runs,
  };
}

/** Median time of work done `runs` times in this process (and the first run apart). */
export async function timeInProcess<T>(
  runs: number,
  work: () => Promise<T> | T,
): Promise<{ first: number; seconds: number; value: T }> {
  const times: number[] = [];
  let value: T | undefined;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    value = await work();
    times.push((performance.now() - t0) / 1000);
  }
  return { first: times[0] ?? 0, seconds: median(times), value: value as T };
}

export const s = (seconds: number | undefined) =>
  seconds === undefined ? "–" : `${seconds.toFixed(seconds < 1 ? 3 : 2)} s`;
export const mib = (value: number | undefined) =>
  value === undefined ? "–" : `${Math.round(value)} MiB`;
