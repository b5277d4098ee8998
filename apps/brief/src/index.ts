export { type BriefOptions, briefDocument } from "./brief-document.js";
export { countPages } from "./page-count.js";
export { BRIEF_MAX_DEVELOPMENTS, renderBrief } from "./render-brief.js";
