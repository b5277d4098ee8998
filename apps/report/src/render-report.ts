import type { Digest } from "@bilat/core";
import { createEnvironment } from "./create-environment.js";
import { loadTemplates } from "./load-templates.js";
import { sectionPartial } from "./section-partial.js";
import { tidyMarkdown } from "./tidy-markdown.js";

export interface RenderOptions {
  /** A folder of `.hbs` files replacing shipped templates or partials of the same name. */
  templatesDir?: string;
}

/**
 * Lays out a period summary (built with `REPORT_PROFILE`) as a GitHub-flavoured Markdown report:
 * `report.hbs` and a partial per section, rendered with the digest as context, in the digest's
 * order of sections (one the report has no partial for is not shown). Same digest and
 * templates, same text.
 */
export function renderReport(digest: Digest, options: RenderOptions = {}): string {
  const templates = loadTemplates(options.templatesDir);
  const render = createEnvironment(templates).get("report");
  if (render === undefined) throw new Error("the report template `report.hbs` is missing");
  const sections = digest.sections.filter((s) => templates.partials.has(sectionPartial(s.id)));
  return tidyMarkdown(render({ ...digest, sections }));
}
