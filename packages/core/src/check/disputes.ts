import type { UnplacedProblem } from "../load/problem.js";
import { knownKeysAt } from "../load/schema-walk.js";
import { suggest } from "../load/suggest.js";
import type { Dispute } from "../model/dispute.js";
import { RECORD_KINDS } from "../model/record-kinds.js";
import { type Check, recordProblem } from "./check-context.js";

/** A dispute names a field its record has, so outputs can mark that value as contested. */
export const checkDisputes: Check = (context) => {
  const problems: UnplacedProblem[] = [];
  for (const { kind, record, origin } of context.records) {
    const disputes = (record as { disputes?: Dispute[] }).disputes;
    if (!disputes) continue;
    const fields = knownKeysAt(RECORD_KINDS[kind].schema, []).filter(
      (f) => f !== "disputes" && f !== "id",
    );
    for (const [i, dispute] of disputes.entries()) {
      if (!fields.includes(dispute.field)) {
        const suggestion = suggest(dispute.field, fields);
        problems.push(
          recordProblem(origin, ["disputes", i, "field"], {
            code: "invalid-dispute",
            severity: "error",
            kind,
            field: dispute.field,
            fields,
            ...(suggestion && { suggestion }),
          }),
        );
      }
    }
  }
  return problems;
};
