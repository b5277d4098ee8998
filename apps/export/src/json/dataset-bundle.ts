import type { ScopedRecords } from "../export-scope.js";

/** Where the JSON export's schema is published beside the data's own schemas. */
export const BUNDLE_SCHEMA = "bundle.schema.json";

/**
 * Every record in scope, as validated (defaults filled in), grouped by kind under the names of the
 * data folders, so the file reads like the folder it came from.
 */
export function datasetBundle(scoped: ScopedRecords, schema: string = BUNDLE_SCHEMA) {
  return {
    $schema: schema,
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
