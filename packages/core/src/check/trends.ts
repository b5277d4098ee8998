import type { UnplacedProblem } from "../load/problem.js";
import { dateBounds } from "../model/partial-date.js";
import type { Trend } from "../model/trend.js";
import { type Check, recordProblem } from "./check-context.js";

/** Two trends of one pillar over overlapping periods would tell the reader two things at once. */
export const checkTrendOverlaps: Check = (context) => {
  const problems: UnplacedProblem[] = [];
  const trends = context.records.filter((r) => r.kind === "trend");
  for (const [i, a] of trends.entries()) {
    const ta = a.record as Trend;
    const ba = dateBounds(ta.period);
    for (const b of trends.slice(0, i)) {
      const tb = b.record as Trend;
      if (ta.pillar !== tb.pillar) continue;
      const bb = dateBounds(tb.period);
      if (ba.start > bb.end || bb.start > ba.end) continue;
      problems.push(
        recordProblem(a.origin, ["period"], {
          code: "overlapping-trends",
          severity: "error",
          pillar: ta.pillar,
          other: tb.id,
        }),
      );
    }
  }
  return problems;
};
