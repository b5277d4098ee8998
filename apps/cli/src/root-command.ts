import type { ArgsDef, CommandDef } from "citty";
import { COMMAND_META } from "./commands/command-meta.js";
import { lazyCommand } from "./commands/lazy-command.js";
import { FORMATS } from "./formats.js";

export const rootCommand: CommandDef<ArgsDef> = {
  meta: {
    name: "bilat",
    version: "0.1.0",
    description: "Sourced datasets on bilateral relations, turned into briefs and reports",
  },
  // In the order an analyst uses them: check the data, then produce the documents.
  subCommands: {
    validate: lazyCommand(
      COMMAND_META.validate,
      async () => (await import("./commands/validate.js")).validateCommand,
    ),
    ...Object.fromEntries(
      FORMATS.map((format) => [
        format.name,
        lazyCommand({ name: format.name, description: format.description }, async () =>
          (await import("./commands/format-command.js")).formatCommand(format),
        ),
      ]),
    ),
    schema: lazyCommand(
      COMMAND_META.schema,
      async () => (await import("./commands/schema.js")).schemaCommand,
    ),
  },
};
