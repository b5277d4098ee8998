import { fill, fillPlural, labelsFor, loadDataset } from "@bilat/core";
import { defineCommand } from "citty";
import { cliContext } from "../cli-context.js";
import { EXIT } from "../exit-codes.js";
import { printProblems, summarise } from "../load-or-report.js";
import { parseLanguage } from "../option-values.js";
import { cacheFolder } from "../output/cache-folder.js";
import { PROBLEM_FORMATS, type ProblemFormat } from "../output/format-problems.js";
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
    const progress = await startProgress(ctx, format !== "text");
    const result = await loadDataset(args.data, {
      strict: args.strict,
      lang,
      cache: cacheFolder(args.cache, ctx.env),
      progress: progress.loading,
    });
    progress.stop();
    const { errors, warnings } = summarise(result.problems);
    const words = labelsFor(lang).validation;
    const counts = `${fillPlural(lang, words.errors, errors)}, ${fillPlural(lang, words.warnings, warnings)}`;
    const summary = result.ok
      ? fill(words.valid, { dir: args.data, records: result.dataset.byId.size, counts })
      : fill(words.invalid, { dir: args.data, counts }) +
        (!errors && args.strict ? words.strictNote : "");
    printProblems(ctx, result.problems, args.data, format, summary, !result.ok, lang);
    ctx.exitCode = result.ok ? EXIT.ok : EXIT.invalidData;
  },
});
