import { type Dataset, loadDataset, type Problem } from "@bilat/core";
import { EXIT } from "./exit-codes.js";
import { coloursFor } from "./output/colours.js";
import {
  formatGithub,
  formatJson,
  formatText,
  type ProblemFormat,
} from "./output/format-problems.js";

export interface ValidationOutcome {
  dataset: Dataset | undefined;
  problems: Problem[];
  files: number;
}

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
  problems: readonly Problem[],
  dataDir: string,
  format: ProblemFormat,
  summary: string,
  failed = problems.some((p) => p.severity === "error"),
): void {
  const { errors, warnings } = summarise(problems);
  if (format === "json") {
    process.stdout.write(formatJson(problems, dataDir, { valid: !failed, errors, warnings }));
  } else if (format === "github") {
    if (problems.length) process.stdout.write(`${formatGithub(problems, dataDir)}\n`);
    process.stdout.write(`${summary}\n`);
  } else {
    const c = coloursFor(process.stderr);
    if (problems.length) process.stderr.write(`${formatText(problems, dataDir, c)}\n\n`);
    const line = failed ? c.red(summary) : warnings ? c.yellow(summary) : c.green(summary);
    (failed ? process.stderr : process.stdout).write(`${line}\n`);
  }
}

/**
 * Loads the data for a command that renders it: on invalid data prints the validator's
 * messages, sets exit code 1 and returns undefined, so nothing is written.
 */
export async function loadOrReport(
  dataDir: string,
  format: ProblemFormat = "text",
): Promise<Dataset | undefined> {
  const result = await loadDataset(dataDir);
  if (result.ok) {
    const { warnings } = summarise(result.problems);
    if (warnings && format === "text") {
      printProblems(
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
    result.problems,
    dataDir,
    format,
    `✗ ${errors} error${errors === 1 ? "" : "s"} in ${dataDir}: fix the data and run again; nothing was written.`,
  );
  process.exitCode = EXIT.invalidData;
  return undefined;
}
