import type { CommandMeta } from "citty";

/**
 * Name and one-line description of the commands that are not output formats (those describe
 * themselves). Kept apart from the commands so that `bilat --help` lists them without importing
 * any.
 */
export const COMMAND_META = {
  validate: {
    name: "validate",
    description: "Check every data file: schemas, references, dates, sources and translations",
  },
  schema: {
    name: "schema",
    description: "Write the JSON Schemas editors use to check data files, under <data>/schema/",
  },
} as const satisfies Record<string, CommandMeta>;
