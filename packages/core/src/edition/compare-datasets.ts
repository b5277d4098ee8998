import type { Dataset } from "../dataset.js";
import type { Judgment } from "../model/judgment.js";
import {
  type AnyRecord,
  RECORD_KIND_NAMES,
  RECORD_KINDS,
  type RecordKind,
} from "../model/record-kinds.js";
import { canonical, compareRecords } from "./compare-records.js";
import type { FieldChange, RecordChange } from "./record-changes.js";

/** A key judgment's change since the earlier edition, as ICD 203 asks recurrent products to say. */
export interface JudgmentChange {
  id: string;
  change: "new" | "withdrawn" | "changed" | "unchanged";
  /** The judgment as it is now, or its last wording when withdrawn. */
  judgment: Judgment;
  likelihood?: Extract<FieldChange, { field: "likelihood" | "confidence" }>;
  confidence?: Extract<FieldChange, { field: "likelihood" | "confidence" }>;
  /** The statement or basis was reworded. */
  reworded: boolean;
}

export interface ChangeCounts {
  added: number;
  removed: number;
  changed: number;
}

/** Everything that differs between two editions of a dataset, records matched by id. */
export interface DatasetChanges {
  /** Added, removed and changed records, by kind (in folder order), then by id. */
  records: RecordChange[];
  /** Every judgment of either edition with its change, in the current edition's order. */
  judgments: JudgmentChange[];
  counts: Record<RecordKind, ChangeCounts>;
  /** Paths of dataset.yaml that changed (title, assessments, gaps…). */
  dataset: string[];
  /** True when nothing at all differs. */
  unchanged: boolean;
}

const folderOf = (kind: RecordKind) => RECORD_KINDS[kind].folder;
const recordsOf = (dataset: Dataset, kind: RecordKind) =>
  dataset[folderOf(kind) as keyof Dataset] as AnyRecord[];

/**
 * Compares an earlier edition of a dataset with the current one. A record whose id changed reads
 * as one record removed and another added: ids are the only link between editions.
 */
export function compareDatasets(before: Dataset, after: Dataset): DatasetChanges {
  const records: RecordChange[] = [];
  const counts = {} as Record<RecordKind, ChangeCounts>;
  for (const kind of RECORD_KIND_NAMES) {
    const was = new Map(recordsOf(before, kind).map((r) => [r.id, r]));
    const now = new Map(recordsOf(after, kind).map((r) => [r.id, r]));
    const ids = [...new Set([...was.keys(), ...now.keys()])].sort();
    const count = { added: 0, removed: 0, changed: 0 };
    for (const id of ids) {
      const b = was.get(id);
      const a = now.get(id);
      if (b === undefined && a !== undefined) {
        records.push({ kind, id, status: "added", after: a, fields: [] });
        count.added += 1;
      } else if (a === undefined && b !== undefined) {
        records.push({ kind, id, status: "removed", before: b, fields: [] });
        count.removed += 1;
      } else if (a !== undefined && b !== undefined && canonical(a) !== canonical(b)) {
        records.push({
          kind,
          id,
          status: "changed",
          before: b,
          after: a,
          fields: compareRecords(b, a),
        });
        count.changed += 1;
      }
    }
    counts[kind] = count;
  }
  const dataset = compareRecords(before.info as never, after.info as never).flatMap((c) =>
    c.field === "other" ? c.paths : [c.field],
  );
  return {
    records,
    judgments: judgmentChanges(before, after, records),
    counts,
    dataset,
    unchanged: records.length === 0 && dataset.length === 0,
  };
}

function judgmentChanges(
  before: Dataset,
  after: Dataset,
  records: RecordChange[],
): JudgmentChange[] {
  const byId = new Map(records.filter((r) => r.kind === "judgment").map((r) => [r.id, r]));
  const current = after.judgments.map((judgment): JudgmentChange => {
    const change = byId.get(judgment.id);
    if (change === undefined)
      return { id: judgment.id, change: "unchanged", judgment, reworded: false };
    if (change.status === "added")
      return { id: judgment.id, change: "new", judgment, reworded: false };
    const find = (field: "likelihood" | "confidence") =>
      change.fields.find((f): f is NonNullable<JudgmentChange["likelihood"]> => f.field === field);
    const other = change.fields.find((f) => f.field === "other");
    const reworded =
      other?.field === "other" &&
      other.paths.some((p) => p.startsWith("statement") || p.startsWith("basis"));
    const likelihood = find("likelihood");
    const confidence = find("confidence");
    return {
      id: judgment.id,
      change: "changed",
      judgment,
      ...(likelihood ? { likelihood } : {}),
      ...(confidence ? { confidence } : {}),
      reworded,
    };
  });
  const withdrawn = before.judgments
    .filter((j) => byId.get(j.id)?.status === "removed")
    .map(
      (judgment): JudgmentChange => ({
        id: judgment.id,
        change: "withdrawn",
        judgment,
        reworded: false,
      }),
    );
  return [...current, ...withdrawn];
}
