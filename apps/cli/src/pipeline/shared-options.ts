import {
  DATASETS_ROOT,
  discoverDatasets,
  documentDate,
  type Language,
  languageCodes,
  type OutputFormat,
  type OutputPeriod,
  PILLARS,
  type Pillar,
  SERIES_STEPS,
  type SeriesStep,
  type Tlp,
} from "@bilat/core";
import type { ArgsDef } from "citty";
import { cacheArg, dataArg } from "../commands/shared-args.js";
import { parseLanguages, parsePeriod, parsePillars, parseTlp } from "../option-values.js";
import { UsageError } from "../usage-error.js";

/** The options every output format takes, described for the format's `--help`. */
export function sharedArgs(format: OutputFormat<unknown>): ArgsDef {
  const languages =
    format.defaultLanguages === "all" ? "every language of the dataset" : "the dataset's first";
  const out = format.outMayBeFile
    ? "Folder to write into, or the file to write when there is one (- for standard output)"
    : "Folder to write into";
  return {
    ...dataArg,
    ...cacheArg,
    from: {
      type: "string",
      valueHint: "date",
      description: "First day, month or year covered (Default: start of the dataset's coverage)",
    },
    to: {
      type: "string",
      valueHint: "date",
      description: "Last day, month or year covered (Default: end of the dataset's coverage)",
    },
    pillars: {
      type: "string",
      valueHint: "list",
      description: `Pillars to cover, comma-separated: ${PILLARS.join(", ")} (Default: all)`,
    },
    lang: {
      type: "string",
      valueHint: "list",
      description: `Languages, comma-separated: ${languageCodes().join(", ")} (Default: ${languages})`,
    },
    tlp: {
      type: "string",
      valueHint: "label",
      description: "Sharing label, e.g. TLP:AMBER (Default: the dataset's)",
    },
    out: {
      type: "string",
      valueHint: format.outMayBeFile ? "dir|file" : "dir",
      description: `${out} (Default: ${format.defaultOut})`,
    },
    check: {
      type: "boolean",
      default: false,
      description: "Write nothing; exit 1 if the files on disk are stale",
    },
    since: {
      type: "string",
      valueHint: "ref",
      description:
        "Say what changed since this revision of the data's git repository (tag, branch, commit, HEAD~3)",
    },
    every: {
      type: "string",
      valueHint: "month|quarter",
      description: "Write one edition per month or quarter of the period",
    },
  };
}

/** The shared options, checked before any data is read, so that a typo costs nothing. */
export interface SharedOptions {
  dataDirs: string[];
  languages: Language[] | undefined;
  /**
   * The editions to write. One period today (`--from`/`--to`); options that write a series
   * (every month, since a git ref) add theirs here, and every format writes each.
   */
  periods: OutputPeriod[];
  pillars: Pillar[] | undefined;
  tlp: Tlp | undefined;
  out: string | undefined;
  check: boolean;
  /** Whether the parse cache may be used (`--no-cache` turns it off). */
  cache: boolean;
  /** From SOURCE_DATE_EPOCH, when set: the date printed as the production date. */
  generated: string | undefined;
  /** The revision to compare with (`--since`). */
  since: string | undefined;
  /** One edition per month or quarter of the period (`--every`), expanded once data is read. */
  every: SeriesStep | undefined;
}

function parseEvery(value: string | undefined): SeriesStep | undefined {
  if (value === undefined) return undefined;
  if ((SERIES_STEPS as readonly string[]).includes(value)) return value as SeriesStep;
  throw new UsageError(
    `\`--every ${value}\` is not a series step (expected one of: ${SERIES_STEPS.join(", ")})`,
  );
}

function parseSince(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (value.trim() === "" || value.startsWith("-")) {
    throw new UsageError(
      "`--since` takes a revision of the data's git repository, e.g. `--since edition-2025-10`",
    );
  }
  return value;
}

export function parseSharedOptions(
  args: Record<string, unknown>,
  env: Readonly<Record<string, string | undefined>>,
): SharedOptions {
  const str = (name: string) => args[name] as string | undefined;
  const { from, to } = parsePeriod(str("from"), str("to"));
  const epoch = env.SOURCE_DATE_EPOCH;
  return {
    // Every dataset under the folder (or the folder itself when it is one), sharing one renderer.
    dataDirs: discoverDatasets(str("data") ?? DATASETS_ROOT),
    languages: parseLanguages(str("lang")),
    periods: [{ from, to }],
    pillars: parsePillars(str("pillars")),
    tlp: parseTlp(str("tlp")),
    out: str("out"),
    check: args.check === true,
    cache: args.cache !== false,
    generated: documentDate("", epoch) || undefined,
    since: parseSince(str("since")),
    every: parseEvery(str("every")),
  };
}
