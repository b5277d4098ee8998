import type { DatasetInfo } from "./model/dataset-info.js";
import type { AnyRecord, RecordKind, RecordOf } from "./model/record-kinds.js";

/** Where a record was read from: its file (relative to the data folder) and index in a list file. */
export interface RecordOrigin {
  file: string;
  /** Position in a file holding a list of records; undefined for a file holding one record. */
  index: number | undefined;
}

export interface IndexedRecord<K extends RecordKind = RecordKind> {
  kind: K;
  record: RecordOf<K>;
  origin: RecordOrigin;
}

/** A loaded, valid dataset: every record by kind, in file order, and an index by id. */
export interface Dataset {
  /** The data folder it was read from. */
  dir: string;
  info: DatasetInfo;
  sources: RecordOf<"source">[];
  actors: RecordOf<"actor">[];
  places: RecordOf<"place">[];
  events: RecordOf<"event">[];
  agreements: RecordOf<"agreement">[];
  indicators: RecordOf<"indicator">[];
  judgments: RecordOf<"judgment">[];
  trends: RecordOf<"trend">[];
  byId: ReadonlyMap<string, IndexedRecord>;
}

/** The record with this id, if it is of the given kind. */
export function findRecord<K extends RecordKind>(
  dataset: Dataset,
  kind: K,
  id: string,
): RecordOf<K> | undefined {
  const entry = dataset.byId.get(id);
  return entry?.kind === kind ? (entry.record as RecordOf<K>) : undefined;
}

/** The record with this id, of any kind. */
export function getRecord(dataset: Dataset, id: string): AnyRecord | undefined {
  return dataset.byId.get(id)?.record;
}
