export { escapeCell, escapeMarkdown } from "./helpers/escape-markdown.js";
export { mermaidText } from "./helpers/mermaid-text.js";
export { DEFAULT_TEMPLATES_DIR, loadTemplates } from "./load-templates.js";
export { type IndexContext, indexContext, type ReportLink, renderIndex } from "./render-index.js";
export { type RenderOptions, renderReport } from "./render-report.js";
export { type ReportFormatOptions, reportFormat } from "./report-format.js";
export { REPORT_PROFILE, REPORT_SECTIONS } from "./report-profile.js";
export { TemplateError } from "./template-error.js";
