import type { Digest } from "@bilat/core";
import { createEnvironment } from "./create-environment.js";
import { loadTemplates } from "./load-templates.js";
import { sectionPartial } from "./section-partial.js";
import { tidyMarkdown } from "./tidy-markdown.js";

/** An image file beside the report, and the line to print under it, if any. */
export interface ReportImage {
  file: string;
  /** The image's text alternative. */
  alt: string;
  note: string | undefined;
}

/** The figures a report links, given to the templates as `@mapImage` and `@chartImage`. */
export interface ReportImages {
  mapImage: ReportImage | undefined;
  chartImage: ReportImage | undefined;
}

export interface RenderOptions {
  /** A folder of `.hbs` files replacing shipped templates or partials of the same name. */
  templatesDir?: string;
  /** The figures written beside the report; none when absent. */
  images?: ReportImages;
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
  const images = options.images ?? { mapImage: undefined, chartImage: undefined };
  return tidyMarkdown(render({ ...digest, sections }, { data: images }));
}
