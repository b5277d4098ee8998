export * from "./compare-datasets.js";
export * from "./read-revision.js";
export type * from "./record-changes.js";
export * from "./series.js";
