export * from "./format-date.js";
export * from "./format-number.js";
export * from "./labels.js";
export * from "./localize.js";
