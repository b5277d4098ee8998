import type { RecordOrigin } from "../dataset.js";
import type { UnplacedProblem } from "../load/problem.js";
import { suggest } from "../load/suggest.js";
import type { OutsideInformation } from "../model/outside-information.js";
import { DATASET_FILE } from "../model/record-kinds.js";
import { type Check, recordProblem } from "./check-context.js";

/** The value at a dotted path (`roles.0.title`), or where the path stops and what it could name. */
export function resolveField(
  record: unknown,
  field: string,
): { found: true } | { found: false; at: string; known: string[] } {
  let node: unknown = record;
  const parts = field.split(".");
  for (const [i, part] of parts.entries()) {
    const known =
      node !== null && typeof node === "object"
        ? Object.keys(node).filter((k) => k !== "outsideInformation")
        : [];
    const next =
      node !== null && typeof node === "object" && Object.hasOwn(node, part)
        ? (node as Record<string, unknown>)[part]
        : undefined;
    if (next === undefined || part === "outsideInformation") {
      return { found: false, at: parts.slice(0, i + 1).join("."), known };
    }
    node = next;
  }
  return { found: true };
}

/**
 * A mark of outside information names a field the record has, so outputs can put the mark on the
 * statement it concerns; a typo would otherwise leave the statement looking sourced.
 */
export const checkOutsideInformation: Check = (context) => {
  const problems: UnplacedProblem[] = [];
  const targets: { kind: string; record: unknown; origin: RecordOrigin }[] = [...context.records];
  if (context.info) {
    targets.push({
      kind: "dataset",
      record: context.info,
      origin: { file: DATASET_FILE, index: undefined },
    });
  }
  for (const { kind, record, origin } of targets) {
    const marks = (record as { outsideInformation?: OutsideInformation[] }).outsideInformation;
    for (const [i, mark] of (marks ?? []).entries()) {
      if (mark.field === undefined) continue;
      const resolved = resolveField(record, mark.field);
      if (resolved.found) continue;
      const missing = resolved.at.split(".").at(-1) ?? resolved.at;
      const suggestion = suggest(missing, resolved.known);
      problems.push(
        recordProblem(origin, ["outsideInformation", i, "field"], {
          code: "invalid-outside-information",
          severity: "error",
          kind,
          at: resolved.at,
          known: resolved.known,
          ...(suggestion && { suggestion }),
        }),
      );
    }
  }
  return problems;
};
