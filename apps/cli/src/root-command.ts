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
  subCommands: {
    validate: validateCommand,
    schema: schemaCommand,
    report: reportCommand,
    brief: briefCommand,
  },
});
