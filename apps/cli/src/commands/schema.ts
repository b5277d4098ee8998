import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { buildJsonSchemaFiles } from "@bilat/core";
import { defineCommand } from "citty";
import { cliContext } from "../cli-context.js";
import { EXIT } from "../exit-codes.js";
import { checkFilesCurrent, writeFilesAtomically } from "../output/write-files.js";
import { COMMAND_META } from "./command-meta.js";

export const schemaCommand = defineCommand({
  meta: COMMAND_META.schema,
  args: {
    data: {
      type: "string",
      description: "Folder whose schema/ subfolder receives the schemas, shared by every dataset",
      valueHint: "dir",
      default: "data",
    },
    check: {
      type: "boolean",
      default: false,
      description: "Write nothing; exit 1 if the schemas on disk are stale",
    },
  },
  async run(context) {
    const { args } = context;
    const ctx = cliContext(context);
    const dir = join(args.data, "schema");
    const files = new Map(
      [...buildJsonSchemaFiles()].map(([name, text]) => [join(dir, name), text]),
    );
    if (args.check) {
      if (await checkFilesCurrent(ctx.stderr, files, "JSON Schemas", "pnpm bilat schema")) {
        ctx.stdout.write(`✓ ${files.size} JSON Schemas in ${dir} are up to date\n`);
      } else ctx.exitCode = EXIT.invalidData;
      return;
    }
    await mkdir(dir, { recursive: true });
    const written = await writeFilesAtomically(files);
    ctx.stdout.write(`✓ ${files.size} JSON Schemas in ${dir} (${written} changed)\n`);
  },
});
