import type { CheckContext } from "../check/check-context.js";
import { type FoundCitation, gatherCitations, quotationsOf } from "../check/citations.js";
import { dateOrderProblems } from "../check/date-order.js";
import { printedScriptProblems } from "../check/printed-scripts.js";
import type { IdOccurrence } from "../check/unique-ids.js";
import type { IndexedRecord, RecordOrigin } from "../dataset.js";
import { languageCodes } from "../i18n/registry.js";
import { type DatasetInfo, DatasetInfoSchema } from "../model/dataset-info.js";
import { RECORD_KINDS } from "../model/record-kinds.js";
import type { DataFile } from "./discover-files.js";
import { foundValue } from "./found-value.js";
import { parseJson } from "./parse-json.js";
import { parseYaml } from "./parse-yaml.js";
import type { UnplacedProblem } from "./problem.js";
import { schemaProblems } from "./schema-problems.js";

/**
 * What one file yields on its own, before any check that reads other files: its records that
 * passed their schemas, those that did not, the ids it declares and its problems. It depends on
 * the file's text alone, which is what lets the parse cache keep it.
 */
export interface FileOutcome {
  problems: UnplacedProblem[];
  /** The dataset's description, from `dataset.yaml`. */
  info?: DatasetInfo;
  records: IndexedRecord[];
  invalid: CheckContext["invalid"];
  occurrences: IdOccurrence[];
  /** For a file holding a list of records, how many. */
  listLength?: number;
  /** The file could not be parsed: the ids it holds are unknown. */
  unparsed: boolean;
  /**
   * The citations of its valid records, in document order, and `quotationsOf` them: found with
   * the file, on the parsing workers, rather than on the thread that gathers every file.
   */
  citations: FoundCitation[];
  quotations: (string | null)[];
}

/**
 * The checks that read one record alone, run with its schema (on the parsing workers, kept in
 * the parse cache with the file's outcome): scripts no font prints, ranges that run backwards.
 */
const ownProblems = (record: unknown, origin: RecordOrigin): UnplacedProblem[] => [
  ...printedScriptProblems(record, origin),
  ...dateOrderProblems(record, origin),
];

/** Parses one data file and validates each of its records against its kind's schema. */
export function loadFile(dataFile: DataFile, text: string): FileOutcome {
  const outcome: FileOutcome = {
    problems: [],
    records: [],
    invalid: [],
    occurrences: [],
    unparsed: false,
    citations: [],
    quotations: [],
  };
  const { file, kind } = dataFile;
  const parsed = file.endsWith(".json") ? parseJson(text) : parseYaml(text, file);
  if (!parsed.ok) {
    const { problem, line, column } = parsed;
    outcome.problems.push({ ...problem, severity: "error", file, path: [], line, column });
    outcome.unparsed = true;
    return outcome;
  }
  if (parsed.value === undefined || parsed.value === null) {
    outcome.problems.push({
      code: "empty-file",
      severity: "error",
      file,
      path: [],
    });
    return outcome;
  }
  if (kind === "dataset") {
    const result = DatasetInfoSchema.safeParse(parsed.value);
    if (result.success) {
      outcome.info = result.data;
      for (const problem of ownProblems(result.data, { file, index: undefined }))
        outcome.problems.push(problem);
    } else {
      outcome.problems.push(
        ...schemaProblems(
          result.error.issues,
          DatasetInfoSchema,
          parsed.value,
          file,
          [],
          languageCodes(),
        ),
      );
    }
    return outcome;
  }
  const list = Array.isArray(parsed.value);
  if (list) outcome.listLength = (parsed.value as unknown[]).length;
  const raws: unknown[] = list ? (parsed.value as unknown[]) : [parsed.value];
  const schema = RECORD_KINDS[kind].schema;
  for (const [i, raw] of raws.entries()) {
    const origin = { file, index: list ? i : undefined };
    const prefix = list ? [i] : [];
    if (raw === null || typeof raw !== "object" || Array.isArray(raw)) {
      outcome.problems.push({
        code: "not-a-record",
        severity: "error",
        file,
        path: prefix,
        kind,
        found: foundValue(raw),
      });
      continue;
    }
    const id = (raw as { id?: unknown }).id;
    if (typeof id === "string") outcome.occurrences.push({ id, kind, origin });
    const result = schema.safeParse(raw);
    if (result.success) {
      outcome.records.push({ kind, record: result.data, origin } as IndexedRecord);
      gatherCitations(result.data, origin, outcome.citations);
      for (const problem of ownProblems(result.data, origin)) outcome.problems.push(problem);
    } else {
      outcome.problems.push(
        ...schemaProblems(result.error.issues, schema, raw, file, prefix, languageCodes()),
      );
      outcome.invalid.push({ kind, record: raw as Record<string, unknown>, origin });
    }
  }
  outcome.quotations = quotationsOf(outcome.citations);
  return outcome;
}
