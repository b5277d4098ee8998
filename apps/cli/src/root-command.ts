import { defineCommand } from "citty";
import { formatCommand } from "./commands/format-command.js";
import { schemaCommand } from "./commands/schema.js";
import { validateCommand } from "./commands/validate.js";
import { FORMATS } from "./formats.js";

export const rootCommand = defineCommand({
  meta: {
    name: "bilat",
    version: "0.1.0",
    description: "Sourced datasets on bilateral relations, turned into briefs and reports",
  },
  // In the order an analyst uses them: check the data, then produce the documents.
  subCommands: {
    validate: validateCommand,
    ...Object.fromEntries(FORMATS.map((format) => [format.name, formatCommand(format)])),
    schema: schemaCommand,
  },
});
