import { BUNDLE_SCHEMA_URL } from "@bilat/core";
import type { ScopedRecords } from "../export-scope.js";

/**
 * Every record in scope, as validated (defaults filled in), grouped by kind under the names of the
 * data folders, so the file reads like the folder it came from.
 */
export function datasetBundle(scoped: ScopedRecords) {
  return {
    $schema: BUNDLE_SCHEMA_URL,
    dataset: scoped.dataset.info,
    sources: scoped.sources,
    actors: scoped.actors,
    places: scoped.places,
    events: scoped.events,
    agreements: scoped.agreements,
    indicators: scoped.indicators,
    judgments: scoped.judgments,
    trends: scoped.trends,
  };
}
