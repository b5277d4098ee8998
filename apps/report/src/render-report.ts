import type { Digest } from "@bilat/core";
import { createEnvironment } from "./create-environment.js";
import { loadTemplates } from "./load-templates.js";
import { tidyMarkdown } from "./tidy-markdown.js";

export interface RenderOptions {
  /** A folder of `.hbs` files replacing shipped templates or partials of the same name. */
  templatesDir?: string;
}

/**
 * Lays out a period summary as a GitHub-flavoured Markdown report: `report.hbs` and its
 * partials, rendered with the digest as context. Same digest and templates, same text.
 */
export function renderReport(digest: Digest, options: RenderOptions = {}): string {
  const render = createEnvironment(loadTemplates(options.templatesDir)).get("report");
  if (render === undefined) throw new Error("the report template `report.hbs` is missing");
  return tidyMarkdown(render(digest));
}
