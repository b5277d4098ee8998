import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { buildJsonSchemaFiles } from "@bilat/core";
import { defineCommand } from "citty";
import { EXIT } from "../exit-codes.js";
import { findStaleFiles, writeFilesAtomically } from "../output/write-files.js";
import { dataArg } from "./shared-args.js";

export const schemaCommand = defineCommand({
  meta: {
    name: "schema",
    description: "Write the JSON Schemas editors use to check data files, under <data>/schema/",
  },
  args: {
    ...dataArg,
    check: {
      type: "boolean",
      default: false,
      description: "Write nothing; exit 1 if the schemas on disk are stale",
    },
  },
  async run({ args }) {
    const dir = join(args.data, "schema");
    const files = new Map(
      [...buildJsonSchemaFiles()].map(([name, text]) => [join(dir, name), text]),
    );
    if (args.check) {
      const stale = await findStaleFiles(files);
      for (const file of stale) process.stderr.write(`${file} is out of date\n`);
      if (stale.length) {
        process.stderr.write("✗ JSON Schemas are stale: run `pnpm bilat schema`\n");
        process.exitCode = EXIT.invalidData;
      } else process.stdout.write(`✓ ${files.size} JSON Schemas in ${dir} are up to date\n`);
      return;
    }
    await mkdir(dir, { recursive: true });
    const written = await writeFilesAtomically(files);
    process.stdout.write(`✓ ${files.size} JSON Schemas in ${dir} (${written} changed)\n`);
  },
});
