import {
  editionsOf,
  FormatOptionError,
  type OutputFormat,
  type OutputPlan,
  type OutputSelection,
} from "@bilat/core/output";
import { EXPORT_FORMAT_NAMES, EXPORT_FORMATS, type ExportFormat } from "./export-kinds.js";

export interface ExportFormatOptions {
  format: ExportFormat;
}

const DEFAULT_LANGUAGES = "first";

function parseFormat(value: string | boolean | undefined): ExportFormat {
  if (typeof value !== "string") {
    throw new FormatOptionError(
      `say which export to write: \`--format ${EXPORT_FORMAT_NAMES.join("|")}\``,
    );
  }
  if (!(EXPORT_FORMAT_NAMES as string[]).includes(value)) {
    throw new FormatOptionError(
      `\`--format ${value}\` is not an export format (expected one of: ${EXPORT_FORMAT_NAMES.join(", ")})`,
    );
  }
  return value as ExportFormat;
}

/**
 * The exports as an output format: one file per dataset, period and language, named
 * `<dataset>[_<from>_<to>][_<lang>].<ext>`; the JSON export holds every language, so it has no
 * language in its name and is written once per dataset and period.
 */
export const exportFormat: OutputFormat<ExportFormatOptions> = {
  name: "export",
  description: "Write the dataset for other tools: CSV, GeoJSON, JSON or a STIX 2.1 bundle",
  what: "exports",
  noun: { one: "export", other: "exports" },
  defaultOut: "out",
  outMayBeFile: true,
  defaultLanguages: DEFAULT_LANGUAGES,
  options: {
    format: {
      type: "string",
      valueHint: EXPORT_FORMAT_NAMES.join("|"),
      description:
        "What to write: csv (ACLED columns), geojson, json (every record) or stix (STIX 2.1)",
    },
  },
  parseOptions: (raw) => ({ format: parseFormat(raw.format) }),
  async plan(selection: OutputSelection, options, hooks): Promise<OutputPlan> {
    // Loaded only now, so that listing the commands does not load the writers and the schemas.
    const { exportDataset } = await import("./export-formats.js");
    const files: OutputPlan = new Map();
    const { extension } = EXPORT_FORMATS[options.format];
    for (const { dataset, lang, from, to, whole } of editionsOf(selection, DEFAULT_LANGUAGES)) {
      const period = whole ? "" : `_${from}_${to}`;
      const language = options.format === "json" ? "" : `_${lang}`;
      const path = `${dataset.info.id}${period}${language}.${extension}`;
      if (files.has(path)) continue;
      const scope = whole ? {} : { from, to };
      files.set(
        path,
        exportDataset(dataset, options.format, {
          lang,
          ...scope,
          ...(selection.pillars === undefined ? {} : { pillars: selection.pillars }),
          ...(selection.generated === undefined ? {} : { day: selection.generated }),
        }),
      );
      hooks?.planned?.(path);
    }
    return files;
  },
};
