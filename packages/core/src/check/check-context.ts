import type { IndexedRecord, RecordOrigin } from "../dataset.js";
import type { ProblemData, Severity, UnplacedProblem } from "../load/problem.js";
import type { DatasetInfo } from "../model/dataset-info.js";
import type { RecordKind } from "../model/record-kinds.js";

/** An id seen in the data, even on a record that failed its schema. */
export interface SeenId {
  kind: RecordKind;
  origin: RecordOrigin;
}

/** What every cross-record check reads. */
export interface CheckContext {
  dir: string;
  info: DatasetInfo | undefined;
  /** Records that passed their schema. */
  records: IndexedRecord[];
  /**
   * Records that failed their schema, as parsed: checks that can work on untyped data (references)
   * read them too, so one run reports every problem of a record, not only its schema errors.
   */
  invalid: { kind: RecordKind; record: Record<string, unknown>; origin: RecordOrigin }[];
  /** Every id of every record, first occurrence, including records that failed their schema. */
  ids: ReadonlyMap<string, SeenId>;
  /** Record files that could not be read or parsed, whose ids are therefore unknown. */
  unread: readonly string[];
}

export type Check = (context: CheckContext) => UnplacedProblem[];

/** A problem at a path inside a record, wherever the record sits in its file. */
export function recordProblem(
  origin: RecordOrigin,
  path: readonly (string | number)[],
  fields: ProblemData & { severity: Severity },
): UnplacedProblem {
  const prefix = origin.index === undefined ? [] : [origin.index];
  return { ...fields, file: origin.file, path: [...prefix, ...path] };
}

/** Where the dataset's own description lies, for the checks that read it as a record. */
export const INFO_ORIGIN: RecordOrigin = { file: "dataset.yaml", index: undefined };

/** Every valid record, and the dataset's own description, for checks that look inside all of them. */
export function recordsAndInfo(context: CheckContext): { record: unknown; origin: RecordOrigin }[] {
  const targets: { record: unknown; origin: RecordOrigin }[] = context.records.map(
    ({ record, origin }) => ({ record, origin }),
  );
  if (context.info) targets.push({ record: context.info, origin: INFO_ORIGIN });
  return targets;
}
