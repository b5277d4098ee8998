import type { Language } from "@bilat/core";
import type { ScopedRecords } from "../export-scope.js";
import { TLP2_MARKING_IDS } from "./tlp-markings.js";

/** A STIX object as written: its type, identifier and the rest of its properties. */
export interface StixObject {
  type: string;
  id: string;
  [property: string]: unknown;
}

/** What every object builder needs: the records, the language, the clock and the marking. */
export interface StixContext {
  scoped: ScopedRecords;
  lang: Language;
  /** STIX timestamp of `created` and `modified` (the information cut-off unless told otherwise). */
  timestamp: string;
  /** bilat id → STIX identifier of the object that stands for it. */
  ids: Map<string, string>;
}

/** The properties every SDO of the bundle carries. */
export function commonProperties(context: StixContext) {
  return {
    spec_version: "2.1",
    created: context.timestamp,
    modified: context.timestamp,
    object_marking_refs: [TLP2_MARKING_IDS[context.scoped.dataset.info.tlp]],
  };
}

/** A day (YYYY-MM-DD) as a STIX timestamp at midnight UTC. */
export const stixTimestamp = (day: string) => `${day}T00:00:00.000Z`;
