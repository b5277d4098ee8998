import type { RecordOrigin } from "../dataset.js";
import type { UnplacedProblem } from "../load/problem.js";
import type { RecordKind } from "../model/record-kinds.js";
import { recordProblem } from "./check-context.js";

export interface IdOccurrence {
  id: string;
  kind: RecordKind;
  origin: RecordOrigin;
}

const where = (o: IdOccurrence) => ({
  kind: o.kind,
  file: o.origin.file,
  ...(o.origin.index !== undefined && { item: o.origin.index + 1 }),
});

/**
 * Every id names one record only, across all kinds: references never need a kind to resolve.
 * Each record sharing an id is reported, since either may be the one to rename.
 */
export function checkUniqueIds(occurrences: readonly IdOccurrence[]): UnplacedProblem[] {
  const byId = new Map<string, IdOccurrence[]>();
  for (const occurrence of occurrences) {
    const group = byId.get(occurrence.id);
    if (group) group.push(occurrence);
    else byId.set(occurrence.id, [occurrence]);
  }
  const problems: UnplacedProblem[] = [];
  for (const [id, group] of byId) {
    if (group.length < 2) continue;
    for (const occurrence of group) {
      const others = group.filter((o) => o !== occurrence).map(where);
      problems.push(
        recordProblem(occurrence.origin, ["id"], {
          code: "duplicate-id",
          severity: "error",
          id,
          others,
        }),
      );
    }
  }
  return problems;
}
