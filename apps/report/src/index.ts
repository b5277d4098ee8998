export { escapeCell, escapeMarkdown } from "./helpers/escape-markdown.js";
export { mermaidText } from "./helpers/mermaid-text.js";
export {
  INDEX_ENTRIES_FILE,
  IndexEntriesError,
  type IndexEntry,
  indexEntry,
  indexLink,
  parseIndexEntries,
  serializeIndexEntries,
} from "./index-entries.js";
export { DEFAULT_TEMPLATES_DIR, loadTemplates } from "./load-templates.js";
export {
  type IndexContext,
  type IndexDigest,
  indexContext,
  type ReportLink,
  renderIndex,
} from "./render-index.js";
export {
  type RenderOptions,
  type ReportImage,
  type ReportImages,
  renderReport,
} from "./render-report.js";
export { renderReportFiles } from "./report-files.js";
export { type ReportFormatOptions, reportFormat } from "./report-format.js";
export { REPORT_PROFILE, REPORT_SECTIONS } from "./report-profile.js";
export { TemplateError } from "./template-error.js";
