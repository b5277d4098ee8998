export { type BriefOptions, briefDocument } from "./brief-document.js";
export { briefFormat } from "./brief-format.js";
export { BRIEF_PROFILE, BRIEF_SECTIONS, type BriefSection } from "./brief-profile.js";
export { countPages } from "./page-count.js";
export { renderBrief } from "./render-brief.js";
