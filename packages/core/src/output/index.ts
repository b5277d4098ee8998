export * from "./output-format.js";
