import {
  checkDataset,
  discoverDatasets,
  fill,
  fillPlural,
  formatPath,
  labelsFor,
  type Problem,
} from "@bilat/core";
import { defineCommand } from "citty";
import { cliContext } from "../cli-context.js";
import { EXIT } from "../exit-codes.js";
import { printProblems, summarise } from "../load-or-report.js";
import { parseLanguage } from "../option-values.js";
import { cacheFolder } from "../output/cache-folder.js";
import { displayPath, PROBLEM_FORMATS, type ProblemFormat } from "../output/format-problems.js";
import { parallelFrom } from "../output/parallel-from.js";
import { startProgress } from "../output/progress.js";
import { COMMAND_META } from "./command-meta.js";
import { cacheArg, dataArg } from "./shared-args.js";

export const validateCommand = defineCommand({
  meta: COMMAND_META.validate,
  args: {
    ...dataArg,
    ...cacheArg,
    format: {
      type: "enum",
      options: [...PROBLEM_FORMATS],
      default: "text",
      description: "text (file:line:col lines), json, or github (workflow annotations)",
    },
    strict: { type: "boolean", default: false, description: "Fail on warnings too" },
    lang: {
      type: "string",
      valueHint: "en|fr",
      default: "en",
      description: "Language of the messages (codes and JSON fields stay the same)",
    },
  },
  async run(context) {
    const { args } = context;
    const ctx = cliContext(context);
    const format = args.format as ProblemFormat;
    const lang = parseLanguage(args.lang);
    const words = labelsFor(lang).validation;
    let failed = false;
    const reports: { dir: string; problems: Problem[]; valid: boolean }[] = [];
    for (const dir of discoverDatasets(args.data)) {
      const progress = await startProgress(ctx, format !== "text");
      const result = await checkDataset(dir, {
        strict: args.strict,
        lang,
        cache: cacheFolder(args.cache, ctx.env),
        ...parallelFrom(ctx.env),
        progress: progress.loading,
      });
      progress.stop();
      failed ||= !result.ok;
      reports.push({ dir, problems: result.problems, valid: result.ok });
      if (format === "json") continue;
      const { errors, warnings } = summarise(result.problems);
      const counts = `${fillPlural(lang, words.errors, errors)}, ${fillPlural(lang, words.warnings, warnings)}`;
      const summary = result.ok
        ? fill(words.valid, { dir, records: result.records, counts })
        : fill(words.invalid, { dir, counts }) + (!errors && args.strict ? words.strictNote : "");
      printProblems(ctx, result.problems, dir, format, summary, !result.ok, lang);
    }
    // One JSON document for every dataset: each problem's file names its dataset's folder.
    if (format === "json") {
      const problems = reports.flatMap(({ dir, problems }) =>
        problems.map((p) => ({
          ...p,
          file: displayPath(dir, p.file),
          pointer: formatPath(p.path),
        })),
      );
      const { errors, warnings } = summarise(problems);
      const datasets = reports.map(({ dir, valid }) => ({ data: dir, valid }));
      ctx.stdout.write(
        `${JSON.stringify({ valid: !failed, errors, warnings, datasets, problems }, null, 2)}\n`,
      );
    }
    ctx.exitCode = failed ? EXIT.invalidData : EXIT.ok;
  },
});
