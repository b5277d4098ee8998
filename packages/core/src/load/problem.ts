/** Stable codes for every problem the loader and the checks report; tools may rely on them. */
export const PROBLEM_CODES = [
  "yaml-syntax",
  "yaml-alias-limit",
  "file-too-large",
  "file-unreadable",
  "empty-file",
  "not-a-record",
  "unknown-folder",
  "missing-dataset-file",
  "missing-field",
  "wrong-type",
  "invalid-value",
  "unknown-key",
  "too-few",
  "too-many",
  "invalid-format",
  "duplicate-id",
  "dangling-reference",
  "wrong-reference-kind",
  "range-order",
  "dated-after-sources",
  "outside-coverage",
  "missing-translation",
  "invalid-dispute",
  "missing-archive",
  "invalid-outside-information",
  "overlapping-trends",
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

export type Severity = "error" | "warning";

/** One thing wrong with the data, at a place an analyst can open in an editor. */
export interface Problem {
  code: ProblemCode;
  severity: Severity;
  /** Path of the file, relative to the data folder, with forward slashes. */
  file: string;
  /** 1-based line and column; 1:1 when the problem concerns the whole file. */
  line: number;
  column: number;
  /** Where in the file's YAML the problem sits, e.g. `["citations", 0, "source"]`. */
  path: (string | number)[];
  /** What is wrong, in words for an analyst. */
  message: string;
  /** What was expected instead, when that helps. */
  expected?: string;
}

/** A problem whose line and column are not yet known: they are looked up only when needed. */
export type UnplacedProblem = Omit<Problem, "line" | "column"> & { line?: number; column?: number };

export function isError(problem: Problem): boolean {
  return problem.severity === "error";
}

/** Orders problems by file, then line, then column, so reports read top to bottom. */
export function compareProblems(a: Problem, b: Problem): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.line - b.line || a.column - b.column || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
}

/** Formats a path inside a record as a reader would write it: `citations[0].source`. */
export function formatPath(path: readonly (string | number)[]): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out === "" ? part : `.${part}`;
  }
  return out;
}
