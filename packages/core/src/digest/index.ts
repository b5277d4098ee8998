export * from "./build-digest.js";
export * from "./describe-figures.js";
export type * from "./digest-edition-types.js";
export * from "./digest-options.js";
export * from "./digest-profile.js";
export type * from "./digest-types.js";
export * from "./sections.js";
