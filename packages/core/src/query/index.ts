export * from "./coverage.js";
export * from "./event-filter.js";
