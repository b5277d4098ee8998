/** The export formats, each with the file extension and media type it is written with. */
export const EXPORT_FORMATS = {
  csv: { extension: "csv", mediaType: "text/csv" },
  geojson: { extension: "geojson", mediaType: "application/geo+json" },
  json: { extension: "json", mediaType: "application/json" },
  stix: { extension: "stix.json", mediaType: "application/stix+json;version=2.1" },
} as const;
export type ExportFormat = keyof typeof EXPORT_FORMATS;
export const EXPORT_FORMAT_NAMES = Object.keys(EXPORT_FORMATS) as ExportFormat[];
