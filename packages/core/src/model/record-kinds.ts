import type { z } from "zod";
import { ActorSchema } from "./actor.js";
import { AgreementSchema } from "./agreement.js";
import { EventSchema } from "./event.js";
import { IndicatorSchema } from "./indicator.js";
import { JudgmentSchema } from "./judgment.js";
import { PlaceSchema } from "./place.js";
import { SourceSchema } from "./source.js";
import { TrendSchema } from "./trend.js";

/** Each kind of record, the folder of the data directory that holds it, and its schema. */
export const RECORD_KINDS = {
  source: { folder: "sources", schema: SourceSchema },
  actor: { folder: "actors", schema: ActorSchema },
  place: { folder: "places", schema: PlaceSchema },
  event: { folder: "events", schema: EventSchema },
  agreement: { folder: "agreements", schema: AgreementSchema },
  indicator: { folder: "indicators", schema: IndicatorSchema },
  judgment: { folder: "judgments", schema: JudgmentSchema },
  trend: { folder: "trends", schema: TrendSchema },
} as const;

export type RecordKind = keyof typeof RECORD_KINDS;
export const RECORD_KIND_NAMES = Object.keys(RECORD_KINDS) as RecordKind[];

export type RecordOf<K extends RecordKind> = z.output<(typeof RECORD_KINDS)[K]["schema"]>;
export type AnyRecord = { [K in RecordKind]: RecordOf<K> }[RecordKind];

/** The file that describes the dataset itself, at the root of the data folder. */
export const DATASET_FILE = "dataset.yaml";
