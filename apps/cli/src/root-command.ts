import { defineCommand } from "citty";
import { briefCommand } from "./commands/brief.js";
import { reportCommand } from "./commands/report.js";
import { schemaCommand } from "./commands/schema.js";
import { validateCommand } from "./commands/validate.js";

export const rootCommand = defineCommand({
  meta: {
    name: "bilat",
    version: "0.1.0",
    description: "Sourced datasets on bilateral relations, turned into briefs and reports",
  },
  // In the order an analyst uses them: check the data, then produce the documents.
  subCommands: {
    validate: validateCommand,
    brief: briefCommand,
    report: reportCommand,
    schema: schemaCommand,
  },
});
