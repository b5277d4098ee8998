import type { PlanHooks } from "@bilat/core";

/** Where a command writes: a terminal, a pipe, or a test's buffer. */
export interface OutputStream {
  /** Text, or the bytes of a file written to standard output (`--out -`). */
  write(chunk: string | Uint8Array): unknown;
  /** True on a terminal, where colour and progress are wanted. */
  isTTY?: boolean;
}

/** What a run of the command line is given: its output streams and environment. */
export interface CliIo {
  stdout: OutputStream;
  stderr: OutputStream;
  /** The environment the run reads (SOURCE_DATE_EPOCH, NO_COLOR, FORCE_COLOR, BILAT_DEBUG…). */
  env: Readonly<Record<string, string | undefined>>;
}

/** What every command receives, and where it leaves its exit code. */
export interface CliContext extends CliIo {
  exitCode: number;
  /** Told of each file an output format plans, for a progress display (none by default). */
  progress?: PlanHooks;
}

/** The context citty hands a command: `data` is the run's `CliContext`. */
export const cliContext = (context: { data?: unknown }): CliContext => context.data as CliContext;
