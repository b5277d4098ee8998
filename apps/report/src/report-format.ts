import { statSync } from "node:fs";
import { FormatOptionError, type OutputFormat } from "@bilat/core/output";
import { TemplateError } from "./template-error.js";

/** The report's own option: a folder of templates replacing shipped ones. */
export interface ReportFormatOptions {
  templatesDir: string | undefined;
}

export const DEFAULT_LANGUAGES = "all";

function parseTemplatesDir(value: string | boolean | undefined): string | undefined {
  if (value === undefined || typeof value === "boolean") return undefined;
  let isFolder = false;
  try {
    isFolder = statSync(value).isDirectory();
  } catch {
    // Reported below, like any other wrong option.
  }
  if (!isFolder) {
    throw new FormatOptionError(`\`--templates ${value}\` is not a folder of .hbs templates`);
  }
  return value;
}

/** The Markdown report as an output format, with the index of every report under the output folder. */
export const reportFormat: OutputFormat<ReportFormatOptions> = {
  name: "report",
  description: "Write the Markdown reports, one per language, and their index under reports/",
  what: "Markdown reports",
  noun: { one: "report file", other: "report files" },
  defaultOut: "reports",
  defaultLanguages: DEFAULT_LANGUAGES,
  options: {
    templates: {
      type: "string",
      valueHint: "dir",
      description: "Folder of .hbs files replacing shipped templates or partials of the same name",
    },
  },
  parseOptions: (raw) => ({ templatesDir: parseTemplatesDir(raw.templates) }),
  async plan(selection, options, hooks) {
    try {
      // Loaded only now, so that listing the commands does not load Handlebars and the schemas.
      const { planReports } = await import("./plan-reports.js");
      return planReports(selection, options, hooks);
    } catch (error) {
      // A broken override is a mistake in how the command was called, not in the data.
      if (error instanceof TemplateError) throw new FormatOptionError(error.message);
      throw error;
    }
  },
  // Each report's pages folder, `<folder>/<lang>-chronology/`, whether or not this run has pages
  // for it: pages a larger dataset once needed are left over when it shrinks.
  ownedFolders: (plan) =>
    [...plan.keys()].flatMap((path) => {
      const report = /^(.+)\/([a-z]{2,3})\.md$/.exec(path);
      return report ? [`${report[1]}/${report[2]}-chronology`] : [];
    }),
  async planShared(plan, folder, options) {
    try {
      const { planIndex } = await import("./plan-index.js");
      return await planIndex(plan, folder, options);
    } catch (error) {
      if (error instanceof TemplateError) throw new FormatOptionError(error.message);
      throw error;
    }
  },
};
