import { statSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { dirname, join, relative } from "node:path";
import { buildDigest, type Dataset, type Language } from "@bilat/core";
import { type ReportLink, renderIndex, renderReport, TemplateError } from "@bilat/report";
import { defineCommand } from "citty";
import { EXIT } from "../exit-codes.js";
import { loadOrReport } from "../load-or-report.js";
import { parseLanguage, parsePeriod } from "../option-values.js";
import { checkFilesCurrent, writeFilesAtomically } from "../output/write-files.js";
import { UsageError } from "../usage-error.js";
import { dataArg } from "./shared-args.js";

interface ReportOptions {
  langs: readonly Language[] | undefined;
  from: string | undefined;
  to: string | undefined;
  templatesDir: string | undefined;
  out: string;
}

function parseTemplatesDir(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  let isFolder = false;
  try {
    isFolder = statSync(value).isDirectory();
  } catch {
    // Reported below as a usage error, like any other wrong option.
  }
  if (!isFolder) throw new UsageError(`\`--templates ${value}\` is not a folder of .hbs templates`);
  return value;
}

/** Checks every option before the data is read, so a mistyped option costs nothing. */
function parseOptions(args: Record<string, unknown>): ReportOptions {
  const { from, to } = parsePeriod(args.from as string | undefined, args.to as string | undefined);
  const lang = args.lang as string | undefined;
  return {
    langs: lang === undefined ? undefined : [parseLanguage(lang)],
    from,
    to,
    templatesDir: parseTemplatesDir(args.templates as string | undefined),
    out: args.out as string,
  };
}

/**
 * Every file the command writes, by path. The whole coverage goes to `<out>/<dataset>/<lang>.md`
 * with an index at `<out>/README.md`; a shorter period to `<out>/<dataset>/<from>_<to>/`, so it
 * never replaces the reports kept in the repository. The index is rewritten only when every
 * language is, so that it never links a report this run did not produce.
 */
export function planReports(dataset: Dataset, options: ReportOptions): Map<string, string> {
  const { coverage, id, languages } = dataset.info;
  const from = options.from ?? coverage.from;
  const to = options.to ?? coverage.to;
  const whole = from === coverage.from && to === coverage.to;
  const folder = whole ? join(options.out, id) : join(options.out, id, `${from}_${to}`);
  const files = new Map<string, string>();
  const links: ReportLink[] = [];
  for (const lang of options.langs ?? languages) {
    const digest = buildDigest(dataset, { lang, from, to });
    const path = join(folder, `${lang}.md`);
    files.set(path, renderReport(digest, { templatesDir: options.templatesDir }));
    // Index links are relative and use `/` on every system, as Markdown links do.
    links.push({ path: relative(options.out, path).split("\\").join("/"), digest });
  }
  if (whole && options.langs === undefined) {
    files.set(
      join(options.out, "README.md"),
      renderIndex(links, { templatesDir: options.templatesDir }),
    );
  }
  return files;
}

export const reportCommand = defineCommand({
  meta: {
    name: "report",
    description: "Write the Markdown reports, one per language, and their index under reports/",
  },
  args: {
    ...dataArg,
    lang: {
      type: "string",
      description: "Only this language, en or fr (default: every language of the dataset)",
      valueHint: "en|fr",
    },
    from: {
      type: "string",
      description: "First day, month or year of the period (default: the dataset's coverage)",
      valueHint: "date",
    },
    to: {
      type: "string",
      description: "Last day, month or year of the period (default: the dataset's coverage)",
      valueHint: "date",
    },
    templates: {
      type: "string",
      description: "Folder of .hbs files replacing shipped templates or partials of the same name",
      valueHint: "dir",
    },
    out: {
      type: "string",
      description: "Folder to write into",
      valueHint: "dir",
      default: "reports",
    },
    check: {
      type: "boolean",
      default: false,
      description: "Write nothing; exit 1 if the reports on disk are stale",
    },
  },
  async run({ args }) {
    const options = parseOptions(args);
    const dataset = await loadOrReport(args.data);
    if (dataset === undefined) return;
    let files: Map<string, string>;
    try {
      files = planReports(dataset, options);
    } catch (error) {
      // A broken override is a mistake in how the command was called, not in the data.
      if (error instanceof TemplateError) throw new UsageError(error.message);
      throw error;
    }
    const count = files.size === 1 ? "1 report file" : `${files.size} report files`;
    if (args.check) {
      if (await checkFilesCurrent(files, "Markdown reports", "pnpm bilat report")) {
        process.stdout.write(`✓ ${count} in ${options.out}: up to date\n`);
      } else process.exitCode = EXIT.invalidData;
      return;
    }
    for (const dir of new Set([...files.keys()].map((path) => dirname(path)))) {
      await mkdir(dir, { recursive: true });
    }
    const written = await writeFilesAtomically(files);
    process.stdout.write(`✓ ${count} in ${options.out} (${written} changed)\n`);
  },
});
