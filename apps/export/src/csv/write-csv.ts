import type { Language } from "@bilat/core";
import { stringify } from "csv-stringify/sync";
import type { ScopedRecords } from "../export-scope.js";
import { CSV_COLUMNS } from "./csv-columns.js";
import { eventRows } from "./event-rows.js";

/**
 * The events as RFC 4180 CSV: a header row, CRLF line ends, fields quoted where they need it.
 * A UTF-8 byte-order mark lets spreadsheets open it with its accents intact.
 */
export function writeCsv(scoped: ScopedRecords, lang: Language): string {
  const columns = CSV_COLUMNS.map(([key]) => key);
  const body = stringify(eventRows(scoped, lang), {
    header: true,
    columns: [...columns],
    record_delimiter: "windows",
  });
  return `\uFEFF${body}`;
}
