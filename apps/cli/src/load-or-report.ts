import {
  type Dataset,
  type Language,
  type LoadOptions,
  loadDataset,
  type Problem,
} from "@bilat/core";
import type { CliContext, CliIo } from "./cli-context.js";
import { EXIT } from "./exit-codes.js";
import { coloursFor } from "./output/colours.js";
import {
  formatGithub,
  formatJson,
  formatText,
  type ProblemFormat,
} from "./output/format-problems.js";

/** Counts for the one-line summary. */
export function summarise(problems: readonly Problem[]) {
  const errors = problems.filter((p) => p.severity === "error").length;
  return { errors, warnings: problems.length - errors };
}

/**
 * Prints problems in the chosen format: text on stderr, machine formats on stdout. `failed` says
 * whether the data was refused, which under `--strict` warnings alone can cause.
 */
export function printProblems(
  io: CliIo,
  problems: readonly Problem[],
  dataDir: string,
  format: ProblemFormat,
  summary: string,
  failed = problems.some((p) => p.severity === "error"),
  lang: Language = "en",
): void {
  const { errors, warnings } = summarise(problems);
  if (format === "json") {
    io.stdout.write(formatJson(problems, dataDir, { valid: !failed, errors, warnings }));
  } else if (format === "github") {
    if (problems.length) io.stdout.write(`${formatGithub(problems, dataDir, lang)}\n`);
    io.stdout.write(`${summary}\n`);
  } else {
    const c = coloursFor(io.stderr, io.env);
    if (problems.length) io.stderr.write(`${formatText(problems, dataDir, c, lang)}\n\n`);
    const line = failed ? c.red(summary) : warnings ? c.yellow(summary) : c.green(summary);
    (failed ? io.stderr : io.stdout).write(`${line}\n`);
  }
}

/**
 * Loads the data for a command that renders it: on invalid data prints the validator's
 * messages, sets exit code 1 and returns undefined, so nothing is written.
 */
export async function loadOrReport(
  ctx: CliContext,
  dataDir: string,
  format: ProblemFormat = "text",
  options: Pick<LoadOptions, "cache" | "progress" | "parallelFrom"> = {},
): Promise<Dataset | undefined> {
  const result = await loadDataset(dataDir, options);
  if (result.ok) {
    const { warnings } = summarise(result.problems);
    if (warnings && format === "text") {
      printProblems(
        ctx,
        result.problems,
        dataDir,
        format,
        `${warnings} warning${warnings === 1 ? "" : "s"} in the data (run \`bilat validate\` for details)`,
      );
    }
    return result.dataset;
  }
  const { errors } = summarise(result.problems);
  printProblems(
    ctx,
    result.problems,
    dataDir,
    format,
    `✗ ${errors} error${errors === 1 ? "" : "s"} in ${dataDir}: fix the data and run again; nothing was written.`,
  );
  ctx.exitCode = EXIT.invalidData;
  return undefined;
}

/**
 * Loads every data folder of a run, each once, so that all the documents written share them.
 * Returns undefined when any is invalid: then nothing is written.
 */
export async function loadAllOrReport(
  ctx: CliContext,
  dataDirs: readonly string[],
  options: Pick<LoadOptions, "cache" | "progress" | "parallelFrom"> = {},
): Promise<Dataset[] | undefined> {
  const datasets: Dataset[] = [];
  for (const dir of dataDirs) {
    const dataset = await loadOrReport(ctx, dir, "text", options);
    if (dataset === undefined) return undefined;
    datasets.push(dataset);
  }
  return datasets;
}
