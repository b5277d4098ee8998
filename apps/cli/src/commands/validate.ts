import { loadDataset } from "@bilat/core";
import { defineCommand } from "citty";
import { cliContext } from "../cli-context.js";
import { EXIT } from "../exit-codes.js";
import { printProblems, summarise } from "../load-or-report.js";
import { PROBLEM_FORMATS, type ProblemFormat } from "../output/format-problems.js";
import { dataArg } from "./shared-args.js";

export const validateCommand = defineCommand({
  meta: {
    name: "validate",
    description: "Check every data file: schemas, references, dates, sources and translations",
  },
  args: {
    ...dataArg,
    format: {
      type: "enum",
      options: [...PROBLEM_FORMATS],
      default: "text",
      description: "text (file:line:col lines), json, or github (workflow annotations)",
    },
    strict: { type: "boolean", default: false, description: "Fail on warnings too" },
  },
  async run(context) {
    const { args } = context;
    const ctx = cliContext(context);
    const format = args.format as ProblemFormat;
    const result = await loadDataset(args.data, { strict: args.strict });
    const { errors, warnings } = summarise(result.problems);
    const records = result.ok ? result.dataset.byId.size : undefined;
    const counts = `${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"}`;
    const summary = result.ok
      ? `✓ ${args.data} is valid: ${records} records, ${counts}`
      : `✗ ${args.data} is invalid: ${counts}${!errors && args.strict ? " (warnings fail under --strict)" : ""}`;
    printProblems(ctx, result.problems, args.data, format, summary, !result.ok);
    ctx.exitCode = result.ok ? EXIT.ok : EXIT.invalidData;
  },
});
