import type { UnplacedProblem } from "../load/problem.js";
import { dateBounds, isPartialDate } from "../model/partial-date.js";
import { type Check, recordProblem, recordsAndInfo } from "./check-context.js";
import { walk } from "./walk.js";

const isDate = (v: unknown): v is string => typeof v === "string" && isPartialDate(v);

/** Every `from`…`to` pair (event ranges, role tenures, coverage) runs forward in time. */
export const checkDateOrder: Check = (context) => {
  const problems: UnplacedProblem[] = [];
  for (const { record, origin } of recordsAndInfo(context)) {
    for (const visit of walk(record)) {
      const { from, to } = visit.node as { from?: unknown; to?: unknown };
      if (!isDate(from) || !isDate(to)) continue;
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
    }
  }
  return problems;
};
