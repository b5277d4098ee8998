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

/** A page of the chronology, as the templates link it (`@chronologyPages`, `@pages`). */
export interface PageLink {
  title: string;
  /** The page's file, relative to the Markdown file that links it. */
  file: string;
  /** True on the page itself, in the list of pages each page shows. */
  current: boolean;
}

export interface RenderOptions {
  /** A folder of `.hbs` files replacing shipped templates or partials of the same name. */
  templatesDir?: string;
  /** The figures written beside the report; none when absent. */
  images?: ReportImages;
}

/** What the templates receive beside the context, as `@name`. */
export interface ReportData extends ReportImages {
  /** The chronology's pages, when it is too large to sit in the report; none otherwise. */
  chronologyPages: PageLink[] | undefined;
}

/** A neighbouring chronology page: the period it covers, and its file. */
export interface NearPage {
  period: string;
  file: string;
}

/** What a chronology page receives beside its context. */
export interface PageData {
  /** Its title, the report's file, and the pages before and after it (none at either end). */
  page: {
    title: string;
    report: string;
    previous: NearPage | undefined;
    next: NearPage | undefined;
  };
  /** Every page of the chronology, this one `current`. */
  pages: PageLink[];
}

/** The report's templates, compiled once for the report and each of its pages. */
export interface ReportRenderer {
  report(digest: Digest, data: ReportData): string;
  /** The top of a chronology page: its title and links. */
  pageTop(digest: Digest, data: PageData): string;
  /** The events of a chronology page, with their footnotes: what makes most of its weight. */
  pageEvents(digest: Digest): string;
}

/**
 * A chronology page, from its top and its events rendered apart: the events of a page are
 * rendered once, to weigh them, and reused when the page is written.
 */
export const chronologyPage = (top: string, events: string) => `${top}\n${events}`;

/** Compiles the templates (shipped ones, replaced by any of `templatesDir`) once. */
export function reportRenderer(templatesDir: string | undefined): ReportRenderer {
  const templates = loadTemplates(templatesDir);
  const environment = createEnvironment(templates);
  const main = (name: string) => {
    const render = environment.get(name);
    if (render === undefined) throw new Error(`the report template \`${name}.hbs\` is missing`);
    return render;
  };
  const report = main("report");
  const pageTop = main("chronology-page");
  const pageEvents = main("chronology-events");
  return {
    report(digest, data) {
      const sections = digest.sections.filter((s) => templates.partials.has(sectionPartial(s.id)));
      return tidyMarkdown(report({ ...digest, sections }, { data }));
    },
    pageTop: (digest, data) => tidyMarkdown(pageTop(digest, { data })),
    pageEvents: (digest) => tidyMarkdown(pageEvents(digest)),
  };
}

/**
 * Lays out a period summary (built with `REPORT_PROFILE`) as a GitHub-flavoured Markdown report:
 * `report.hbs` and a partial per section, rendered with the digest as context, in the digest's
 * order of sections (one the report has no partial for is not shown). Same digest and
 * templates, same text. The whole chronology stays in it (see `renderReportFiles` for pages).
 */
export function renderReport(digest: Digest, options: RenderOptions = {}): string {
  const images = options.images ?? { mapImage: undefined, chartImage: undefined };
  return reportRenderer(options.templatesDir).report(digest, {
    ...images,
    chronologyPages: undefined,
  });
}
