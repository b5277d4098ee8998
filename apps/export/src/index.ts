export { CSV_COLUMNS, type CsvColumn } from "./csv/csv-columns.js";
export { type ExportFormatOptions, exportFormat } from "./export-format.js";
export {
  EXPORT_FORMAT_NAMES,
  EXPORT_FORMATS,
  type ExportFormat,
  type ExportOptions,
  exportDataset,
} from "./export-formats.js";
export { type ExportScope, type ScopedRecords, scopeRecords } from "./export-scope.js";
export { BILAT_NAMESPACE, stixId } from "./stix/stix-id.js";
export { ADMIRALTY_CONFIDENCE, DNI_CONFIDENCE } from "./stix/stix-scales.js";
export { TLP2_MARKING_IDS } from "./stix/tlp-markings.js";
