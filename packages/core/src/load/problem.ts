import type { RecordKind } from "../model/record-kinds.js";
import type { SchemaRule } from "../model/rules.js";
import type { FoundValue } from "./found-value.js";

/**
 * What each problem code carries, as data: the dangling id, the accepted values, the suggestion…
 * The words are the language module's (`i18n/languages/<code>/problems.ts`); a tool reading JSON
 * gets the same fields whatever the language. `field` is the path inside the record as a reader
 * writes it (`citations[0].source`), "" for the record itself.
 */
export interface ProblemPayloads {
  /** `reason` is the YAML parser's own words. */
  "yaml-syntax": { reason: string };
  "yaml-alias-limit": Record<never, never>;
  /** A JSON record file that cannot be parsed; `reason` in jsonc-parser's terms, e.g. "value expected". */
  "json-syntax": { reason: string };
  "file-too-large": { megabytes: number; limitMegabytes: number };
  /** `target` is the data folder or one file; `reason` the system's error code (ENOENT…). */
  "file-unreadable": { target: "folder" | "file"; reason: string };
  "empty-file": Record<never, never>;
  "not-a-record": { kind: RecordKind; found: FoundValue };
  /** A folder not read (`folder` set) or a stray file at the top of the data folder. */
  "unknown-folder": {
    folder?: string;
    folders: string[];
    datasetFile: string;
    suggestion?: string;
  };
  "missing-dataset-file": { datasetFile: string };
  /** The dataset's description under another name (`dataset.json`): only `datasetFile` is read. */
  "dataset-file-name": { found: string; datasetFile: string };
  /** `expected` names what the field takes, when known: a type, or the accepted values. */
  "missing-field": {
    field: string;
    expectedType?: ExpectedType;
    allowed?: string[];
    rule?: SchemaRule;
    note?: string;
  };
  "wrong-type": { field: string; expectedType: ExpectedType; found: FoundValue };
  "invalid-value": {
    field: string;
    found: FoundValue;
    allowed?: string[];
    suggestion?: string;
    rule?: SchemaRule;
    note?: string;
  };
  "unknown-key": { key: string; parent: string; allowed: string[]; suggestion?: string };
  "too-few": Limit;
  "too-many": Limit;
  "invalid-format": { field: string; found: FoundValue; rule?: SchemaRule; note?: string };
  "duplicate-id": { id: string; others: { kind: RecordKind; file: string; item?: number }[] };
  /** `unread`: files that could not be read, where the id may be. */
  "dangling-reference": {
    id: string;
    kinds: RecordKind[];
    suggestion?: string;
    unread: string[];
  };
  "wrong-reference-kind": { id: string; kind: RecordKind; kinds: RecordKind[] };
  "range-order": { from: string; to: string };
  /** `by`: the event is dated "no later than" `date`. */
  "dated-after-sources": { date: string; latest: string; by: boolean };
  "outside-coverage": { start: string; end: string };
  /** An excerpt without its rendering in `lang`, or a text without its `lang` version. */
  "missing-translation": { lang: string; excerpt: boolean; field: string };
  "invalid-dispute": {
    kind: RecordKind;
    field: string;
    fields: string[];
    suggestion?: string;
  };
  "missing-archive": { archive: string };
  /** A mark of outside information whose `field` is not in its record (`kind` may be `dataset`). */
  "invalid-outside-information": {
    kind: string;
    /** The part of the path that does not exist, e.g. `actors.7`. */
    at: string;
    /** The fields known where the path stops. */
    known: string[];
    suggestion?: string;
  };
  /**
   * An excerpt not found in its source's archived text; `closest` is the archive's nearest passage
   * (cut in its middle when long; undefined when no passage comes near).
   */
  "excerpt-not-in-archive": { source: string; archive: string; closest?: string };
  /** `quotations`: how many citations of the source cannot be checked. */
  "source-without-archive": { source: string; quotations: number };
  /** The same passage of `source` graded `credibility` here and otherwise elsewhere. */
  /** `others`: the first places graded otherwise, each once; `more`: how many others there are. */
  "inconsistent-credibility": {
    source: string;
    credibility: number;
    others: { credibility: number; file: string; item?: number }[];
    more?: number;
  };
  "uncited-source": { source: string };
  "approximate-place-without-note": { place: string; geoPrecision: number; languages: string[] };
  /** Two trends of one pillar whose periods overlap: `other` is the earlier one's id. */
  "overlapping-trends": { pillar: string; other: string };
  /**
   * A text in a script no font of the PDF brief prints (it shows there as code points): the
   * script's name (or the code point when unnamed), the first such character, and the scripts
   * the brief prints.
   */
  "unprinted-script": { script: string; char: string; codePoint: string; printed: string[] };
  /** A country code ISO 3166-1 does not have, with the likeliest codes and their English names. */
  "unknown-country": { found: string; suggestions: { code: string; name: string }[] };
}

/** A number of items, characters, or a bound on a number, that a value falls short of or exceeds. */
export interface Limit {
  field: string;
  origin: "array" | "string" | "number" | "other";
  limit: number;
  found: FoundValue;
  rule?: SchemaRule;
  note?: string;
}

/** What a field takes, named for the language module to word. */
export type ExpectedType =
  | "text"
  | "number"
  | "whole-number"
  | "boolean"
  | "list"
  | "fields"
  /** Text keyed by language: the codes of the languages it may be written in. */
  | { localizedText: string[] }
  | { other: string };

/** Stable codes for every problem the loader and the checks report; tools may rely on them. */
export const PROBLEM_CODES = [
  "yaml-syntax",
  "yaml-alias-limit",
  "json-syntax",
  "file-too-large",
  "file-unreadable",
  "empty-file",
  "not-a-record",
  "unknown-folder",
  "missing-dataset-file",
  "dataset-file-name",
  "missing-field",
  "wrong-type",
  "invalid-value",
  "unknown-key",
  "too-few",
  "too-many",
  "invalid-format",
  "duplicate-id",
  "dangling-reference",
  "unknown-country",
  "wrong-reference-kind",
  "range-order",
  "dated-after-sources",
  "outside-coverage",
  "missing-translation",
  "invalid-dispute",
  "missing-archive",
  "invalid-outside-information",
  "overlapping-trends",
  "unprinted-script",
  "excerpt-not-in-archive",
  "source-without-archive",
  "inconsistent-credibility",
  "uncited-source",
  "approximate-place-without-note",
] as const satisfies readonly (keyof ProblemPayloads)[];
export type ProblemCode = keyof ProblemPayloads;
// Every code with a payload is listed above: this line fails to compile otherwise.
const _everyCodeListed: Exclude<ProblemCode, (typeof PROBLEM_CODES)[number]> extends never
  ? true
  : never = true;
void _everyCodeListed;

export type Severity = "error" | "warning";

/** A problem's code and payload, without place or words. */
export type ProblemData = { [C in ProblemCode]: { code: C } & ProblemPayloads[C] }[ProblemCode];

/** The problem data of one code. */
export type ProblemOf<C extends ProblemCode> = Extract<ProblemData, { code: C }>;

/** Where a problem sits. */
export interface ProblemPlace {
  severity: Severity;
  /** Path of the file, relative to the data folder, with forward slashes. */
  file: string;
  /** 1-based line and column; 1:1 when the problem concerns the whole file. */
  line: number;
  column: number;
  /** Where in the file's YAML the problem sits, e.g. `["citations", 0, "source"]`. */
  path: (string | number)[];
}

/** A problem's words in one language: what is wrong, and what was expected when that helps. */
export interface ProblemText {
  message: string;
  expected?: string;
}

/**
 * One thing wrong with the data, at a place an analyst can open in an editor: its code and
 * payload, and its words in the language the loader was asked for (`describeProblem` rewords it).
 */
export type Problem = ProblemData & ProblemPlace & ProblemText;

/** A problem found by a check: not yet placed at a line, nor worded. */
export type UnplacedProblem = ProblemData &
  Omit<ProblemPlace, "line" | "column"> & { line?: number; column?: number };

export function isError(problem: Pick<Problem, "severity">): boolean {
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
