export * from "./dataset.js";
export * from "./digest/index.js";
export * from "./edition/index.js";
export * from "./i18n/index.js";
export {
  type LoadOptions,
  type LoadResult,
  loadDataset,
  MAX_FILE_BYTES,
} from "./load/load-dataset.js";
export {
  compareProblems,
  formatPath,
  isError,
  PROBLEM_CODES,
  type Problem,
  type ProblemCode,
  type Severity,
} from "./load/problem.js";
export { didYouMean, suggest } from "./load/suggest.js";
export * from "./model/index.js";
export * from "./output/index.js";
export * from "./query/index.js";
export * from "./schema/json-schema.js";
