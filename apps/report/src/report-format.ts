import { statSync } from "node:fs";
import {
  buildDigest,
  editionsOf,
  FormatOptionError,
  type OutputFormat,
  type OutputPlan,
  type OutputSelection,
  type PlanHooks,
} from "@bilat/core";
import { type ReportLink, renderIndex } from "./render-index.js";
import { renderReport } from "./render-report.js";
import { REPORT_PROFILE } from "./report-profile.js";
import { TemplateError } from "./template-error.js";

/** The report's own option: a folder of templates replacing shipped ones. */
export interface ReportFormatOptions {
  templatesDir: string | undefined;
}

const DEFAULT_LANGUAGES = "all";

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

/**
 * Every report file of a selection. The whole coverage goes to `<dataset>/<lang>.md` with an
 * index at `README.md`; a shorter period to `<dataset>/<from>_<to>/`, so it never replaces the
 * reports kept in the repository. The index is written only when every language is, so that it
 * never links a report the run did not produce nor leaves one out.
 */
function planReports(
  selection: OutputSelection,
  options: ReportFormatOptions,
  hooks: PlanHooks | undefined,
): OutputPlan {
  const files: OutputPlan = new Map();
  const links: ReportLink[] = [];
  for (const edition of editionsOf(selection, DEFAULT_LANGUAGES)) {
    const { dataset, lang, from, to, whole } = edition;
    const { id } = dataset.info;
    const digest = buildDigest(dataset, {
      lang,
      from,
      to,
      pillars: selection.pillars,
      tlp: selection.tlp,
      generated: selection.generated,
      profile: REPORT_PROFILE,
    });
    const path = whole ? `${id}/${lang}.md` : `${id}/${from}_${to}/${lang}.md`;
    files.set(path, renderReport(digest, { templatesDir: options.templatesDir }));
    if (whole) links.push({ path, digest });
    hooks?.planned?.(path);
  }
  const { languages } = selection;
  const everyLanguage =
    languages === undefined ||
    selection.datasets.every((d) => d.info.languages.every((l) => languages.includes(l)));
  if (everyLanguage && links.length > 0) {
    files.set("README.md", renderIndex(links, { templatesDir: options.templatesDir }));
  }
  return files;
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
      return planReports(selection, options, hooks);
    } catch (error) {
      // A broken override is a mistake in how the command was called, not in the data.
      if (error instanceof TemplateError) throw new FormatOptionError(error.message);
      throw error;
    }
  },
};
