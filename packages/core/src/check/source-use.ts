import type { UnplacedProblem } from "../load/problem.js";
import { type Check, recordProblem } from "./check-context.js";
import { citationsOf } from "./citations.js";

/**
 * Every source is cited somewhere: an uncited source is either a citation forgotten or a record to
 * drop, and outputs list only the sources they cite.
 */
export const checkSourcesCited: Check = (context) => {
  const cited = new Set(citationsOf(context).map((c) => c.citation.source));
  const problems: UnplacedProblem[] = [];
  for (const { kind, record, origin } of context.records) {
    if (kind !== "source" || cited.has(record.id)) continue;
    problems.push(
      recordProblem(origin, ["id"], {
        code: "uncited-source",
        severity: "warning",
        source: record.id,
      }),
    );
  }
  return problems;
};
