import type { Citation } from "../model/citation.js";
import type { Dispute } from "../model/dispute.js";
import { CONFIDENCE_LEVELS, LIKELIHOODS } from "../model/likelihood.js";
import type { AnyRecord } from "../model/record-kinds.js";
import type { FieldChange } from "./record-changes.js";

/** Fields compared on their own, with a typed change; every other field counts as wording. */
const TYPED_FIELDS = new Set([
  "date",
  "status",
  "likelihood",
  "confidence",
  "value",
  "unit",
  "reliability",
  "citations",
  "disputes",
]);

/** A stable text of a value, keys sorted, so that equal data compares equal. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "undefined";
}

const same = (a: unknown, b: unknown) => canonical(a) === canonical(b);

/** A citation's identity across editions: its source and its words. */
const citationKey = (c: Citation) => `${c.source}\u0000${c.excerpt.replace(/\s+/gu, " ")}`;
/** A dispute's identity across editions: the field in doubt. */
const disputeKey = (d: Dispute) => d.field;

function diffBy<T>(before: readonly T[], after: readonly T[], key: (t: T) => string) {
  const was = new Set(before.map(key));
  const now = new Set(after.map(key));
  return {
    added: after.filter((t) => !was.has(key(t))),
    removed: before.filter((t) => !now.has(key(t))),
  };
}

function rankDirection(scale: readonly string[], before: string, after: string) {
  return scale.indexOf(after) > scale.indexOf(before) ? "raised" : "lowered";
}

/** Paths (dotted) under which two values differ, stopping at the first differing level. */
function differingPaths(before: unknown, after: unknown, prefix: string): string[] {
  if (same(before, after)) return [];
  const isObject = (v: unknown) => v !== null && typeof v === "object" && !Array.isArray(v);
  if (isObject(before) && isObject(after)) {
    const b = before as Record<string, unknown>;
    const a = after as Record<string, unknown>;
    const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].sort();
    return keys.flatMap((k) => differingPaths(b[k], a[k], prefix === "" ? k : `${prefix}.${k}`));
  }
  return [prefix];
}

/** What changed between two versions of one record, field by field. */
export function compareRecords(before: AnyRecord, after: AnyRecord): FieldChange[] {
  const b = before as unknown as Record<string, unknown>;
  const a = after as unknown as Record<string, unknown>;
  const changes: FieldChange[] = [];
  if ("date" in a && !same(b.date, a.date)) {
    changes.push({ field: "date", before: b.date as never, after: a.date as never });
  }
  if ("status" in a && b.status !== a.status) {
    changes.push({ field: "status", before: String(b.status), after: String(a.status) });
  }
  if ("likelihood" in a && b.likelihood !== a.likelihood) {
    const [from, to] = [String(b.likelihood), String(a.likelihood)];
    changes.push({
      field: "likelihood",
      before: from,
      after: to,
      direction: rankDirection(LIKELIHOODS, from, to),
    });
  }
  if ("confidence" in a && b.confidence !== a.confidence) {
    const [from, to] = [String(b.confidence), String(a.confidence)];
    changes.push({
      field: "confidence",
      before: from,
      after: to,
      direction: rankDirection(CONFIDENCE_LEVELS, from, to),
    });
  }
  if ("value" in a && b.value !== a.value) {
    changes.push({ field: "value", before: b.value as number, after: a.value as number });
  }
  if ("unit" in a && b.unit !== a.unit) {
    changes.push({ field: "unit", before: String(b.unit), after: String(a.unit) });
  }
  if ("reliability" in a && b.reliability !== a.reliability) {
    changes.push({
      field: "reliability",
      before: String(b.reliability),
      after: String(a.reliability),
    });
  }
  const citations = diffBy(
    (b.citations ?? []) as Citation[],
    (a.citations ?? []) as Citation[],
    citationKey,
  );
  if (citations.added.length + citations.removed.length > 0)
    changes.push({ field: "citations", ...citations });
  const disputes = diffBy(
    (b.disputes ?? []) as Dispute[],
    (a.disputes ?? []) as Dispute[],
    disputeKey,
  );
  if (disputes.added.length + disputes.removed.length > 0) {
    changes.push({ field: "disputes", opened: disputes.added, settled: disputes.removed });
  }
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter(
    (k) => !TYPED_FIELDS.has(k),
  );
  const paths = keys.sort().flatMap((k) => differingPaths(b[k], a[k], k));
  if (paths.length > 0) changes.push({ field: "other", paths });
  return changes;
}
