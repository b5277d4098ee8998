import type { Dataset, Language } from "@bilat/core";
import { writeCsv } from "./csv/write-csv.js";
import type { ExportFormat } from "./export-kinds.js";
import { type ExportScope, scopeRecords } from "./export-scope.js";
import { placeFeatures } from "./geojson/place-features.js";
import { datasetBundle } from "./json/dataset-bundle.js";
import { stixBundle } from "./stix/stix-bundle.js";

export { EXPORT_FORMAT_NAMES, EXPORT_FORMATS, type ExportFormat } from "./export-kinds.js";

export interface ExportOptions extends ExportScope {
  /** Language of the text columns and names (not of the JSON, which keeps every language). */
  lang: Language;
  /** Day the STIX objects are dated (YYYY-MM-DD, from SOURCE_DATE_EPOCH); the cut-off otherwise. */
  day?: string;
}

/** The dataset (or the part in scope) in one export format, as the text of one file. */
export function exportDataset(
  dataset: Dataset,
  format: ExportFormat,
  options: ExportOptions,
): string {
  const scoped = scopeRecords(dataset, options);
  const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
  switch (format) {
    case "csv":
      return writeCsv(scoped, options.lang);
    case "geojson":
      return json(placeFeatures(scoped, options.lang));
    case "json":
      return json(datasetBundle(scoped));
    case "stix": {
      const { day } = options;
      return json(
        stixBundle(scoped, {
          lang: options.lang,
          ...(day === undefined || day.length !== 10 ? {} : { day }),
          period: {
            ...(options.from === undefined ? {} : { from: options.from }),
            ...(options.to === undefined ? {} : { to: options.to }),
          },
        }),
      );
    }
  }
}
