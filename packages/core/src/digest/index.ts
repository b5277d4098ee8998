export * from "./build-digest.js";
export * from "./describe-figures.js";
export * from "./digest-options.js";
export type * from "./digest-types.js";
