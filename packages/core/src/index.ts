export { PRINTED_SCRIPTS, unprintedCharacter } from "./check/printed-scripts.js";
export * from "./dataset.js";
export * from "./digest/index.js";
export * from "./edition/index.js";
export * from "./i18n/index.js";
export { DATASETS_ROOT, discoverDatasets } from "./load/discover-datasets.js";
export type { FoundValue } from "./load/found-value.js";
export {
  checkDataset,
  type DataCheck,
  type LoadOptions,
  type LoadProgress,
  type LoadResult,
  loadDataset,
  MAX_FILE_BYTES,
} from "./load/load-dataset.js";
export type { ParallelReport } from "./load/load-outcomes.js";
export type { CacheReport } from "./load/parse-cache.js";
export {
  compareProblems,
  type ExpectedType,
  formatPath,
  isError,
  type Limit,
  PROBLEM_CODES,
  type Problem,
  type ProblemCode,
  type ProblemData,
  type ProblemOf,
  type ProblemPayloads,
  type ProblemPlace,
  type ProblemText,
  type Severity,
} from "./load/problem.js";
export { didYouMean, suggest } from "./load/suggest.js";
export * from "./model/index.js";
export { SCHEMA_RULES, type SchemaRule } from "./model/rules.js";
export * from "./output/index.js";
export * from "./query/index.js";
export * from "./schema/json-schema.js";
