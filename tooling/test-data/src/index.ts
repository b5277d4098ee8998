export * from "./data-folder.js";
export * from "./markers.js";
