export { type BriefOptions, briefDocument } from "./brief-document.js";
export { briefFormat } from "./brief-format.js";
export { countPages } from "./page-count.js";
export { BRIEF_MAX_DEVELOPMENTS, renderBrief } from "./render-brief.js";
export { citedSources, MAX_DISCREPANCIES, shownDiscrepancies } from "./shown-content.js";
