import type { Citation } from "../model/citation.js";
import type { Dispute } from "../model/dispute.js";
import type { DateSpec } from "../model/partial-date.js";
import type { AnyRecord, RecordKind } from "../model/record-kinds.js";

/** How one field that matters to a reader moved between two editions. */
export type FieldChange =
  | { field: "date"; before: DateSpec; after: DateSpec }
  | { field: "status"; before: string; after: string }
  | {
      field: "likelihood" | "confidence";
      before: string;
      after: string;
      direction: "raised" | "lowered";
    }
  | { field: "value"; before: number; after: number }
  | { field: "unit"; before: string; after: string }
  | { field: "reliability"; before: string; after: string }
  | { field: "citations"; added: Citation[]; removed: Citation[] }
  | { field: "disputes"; opened: Dispute[]; settled: Dispute[] }
  /** Wording or any other field changed: the paths of what changed, e.g. `summary.fr`. */
  | { field: "other"; paths: string[] };

export type ChangeStatus = "added" | "removed" | "changed";

/** A record that is new, withdrawn or changed since the earlier edition, matched by id. */
export interface RecordChange {
  kind: RecordKind;
  id: string;
  status: ChangeStatus;
  /** The record as it was (removed or changed records). */
  before?: AnyRecord;
  /** The record as it is (added or changed records). */
  after?: AnyRecord;
  /** What changed, for changed records; empty for added and removed ones. */
  fields: FieldChange[];
}
