import type { RecordOrigin } from "../dataset.js";
import type { UnplacedProblem } from "../load/problem.js";
import type { RecordKind } from "../model/record-kinds.js";
import { recordProblem } from "./check-context.js";

export interface IdOccurrence {
  id: string;
  kind: RecordKind;
  origin: RecordOrigin;
}

/** Every id names one record only, across all kinds: references never need a kind to resolve. */
export function checkUniqueIds(occurrences: readonly IdOccurrence[]): UnplacedProblem[] {
  const first = new Map<string, IdOccurrence>();
  const problems: UnplacedProblem[] = [];
  for (const occurrence of occurrences) {
    const earlier = first.get(occurrence.id);
    if (earlier === undefined) {
      first.set(occurrence.id, occurrence);
      continue;
    }
    problems.push(
      recordProblem(occurrence.origin, ["id"], {
        code: "duplicate-id",
        severity: "error",
        message: `the id \`${occurrence.id}\` is already used by the ${earlier.kind} in ${earlier.origin.file}`,
        expected: "an id used by no other record",
      }),
    );
  }
  return problems;
}
