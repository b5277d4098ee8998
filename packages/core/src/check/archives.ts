import { existsSync } from "node:fs";
import { join } from "node:path";
import type { UnplacedProblem } from "../load/problem.js";
import type { Source } from "../model/source.js";
import { type Check, recordProblem } from "./check-context.js";

/** A source's archived copy, when named, exists: citations are checked against it. */
export const checkArchives: Check = (context) => {
  const problems: UnplacedProblem[] = [];
  for (const { kind, record, origin } of context.records) {
    if (kind !== "source") continue;
    const archive = (record as Source).archive;
    if (archive !== undefined && !existsSync(join(context.dir, archive))) {
      problems.push(
        recordProblem(origin, ["archive"], {
          code: "missing-archive",
          severity: "error",
          archive,
        }),
      );
    }
  }
  return problems;
};
