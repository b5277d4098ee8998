import type { RecordOrigin } from "../dataset.js";
import type { UnplacedProblem } from "../load/problem.js";
import { dateBounds, isPartialDate } from "../model/partial-date.js";
import { recordProblem } from "./check-context.js";
import { eachVisit } from "./walk.js";

const isDate = (v: unknown): v is string => typeof v === "string" && isPartialDate(v);

/**
 * Every `from`…`to` pair (event ranges, role tenures, coverage) runs forward in time. It reads
 * one record alone, so the loader runs it with the record's schema, on the parsing workers, and
 * the parse cache keeps its problems with the file's (as for printed scripts).
 */
export function dateOrderProblems(record: unknown, origin: RecordOrigin): UnplacedProblem[] {
  const problems: UnplacedProblem[] = [];
  eachVisit(record, (visit) => {
    const { from, to } = visit.node as { from?: unknown; to?: unknown };
    if (!isDate(from) || !isDate(to)) return;
    if (dateBounds(from).start > dateBounds(to).end) {
      problems.push(
        recordProblem(origin, [...visit.path, "to"], {
          code: "range-order",
          severity: "error",
          from,
          to,
        }),
      );
    }
  });
  return problems;
}
