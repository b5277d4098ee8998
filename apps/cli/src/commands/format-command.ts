import type { OutputFormat } from "@bilat/core";
import { type ArgsDef, defineCommand } from "citty";
import { cliContext } from "../cli-context.js";
import { runFormat } from "../pipeline/run-format.js";
import { sharedArgs } from "../pipeline/shared-options.js";

/** The command of an output format: the shared options, the format's own, one pipeline. */
export function formatCommand<Options>(format: OutputFormat<Options>) {
  const own: ArgsDef = {};
  for (const [name, option] of Object.entries(format.options)) {
    own[name] =
      option.type === "boolean"
        ? { type: "boolean", default: false, description: option.description }
        : { type: "string", valueHint: option.valueHint, description: option.description };
  }
  return defineCommand({
    meta: { name: format.name, description: format.description },
    args: { ...sharedArgs(format as OutputFormat<unknown>), ...own },
    async run(context) {
      await runFormat(cliContext(context), format, context.args, context.rawArgs);
    },
  });
}
