import { briefFormat } from "@bilat/brief/format";
import type { OutputFormat } from "@bilat/core";
import { exportFormat } from "@bilat/export/format";
import { reportFormat } from "@bilat/report/format";

/**
 * Every output format, each a command of its own name that runs through the one pipeline
 * (`pipeline/run-format.ts`). Adding a format is one package implementing `OutputFormat` and
 * one line here.
 */
export const FORMATS: readonly OutputFormat<never>[] = [
  briefFormat,
  reportFormat,
  exportFormat,
] as OutputFormat<never>[];
