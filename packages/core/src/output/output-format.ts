import type { Dataset } from "../dataset.js";
import type { EditionComparison } from "../digest/digest-edition-types.js";
import type { Revision } from "../edition/read-revision.js";
import type { Language } from "../i18n/registry.js";
import type { PartialDate } from "../model/partial-date.js";
import type { Pillar } from "../model/pillar.js";
import type { Tlp } from "../model/tlp.js";

/** The bytes of one output file: text (written as UTF-8) or binary. */
export type OutputBytes = string | Uint8Array;

/**
 * Every file a format writes, by path relative to the output folder, `/`-separated. The command
 * line writes the whole plan atomically or, under `--check`, compares it with what is on disk.
 */
export type OutputPlan = Map<string, OutputBytes>;

/** An option a format understands beyond the shared ones, as `--name value` or `--name`. */
export type FormatOption =
  | { type: "string"; description: string; valueHint?: string }
  | { type: "boolean"; description: string };

/** The raw values of a format's own options, by name, as the command line read them. */
export type RawFormatOptions = Record<string, string | boolean | undefined>;

/** One period to write, its ends as given (a day, month or year); absent ends: the coverage. */
export interface OutputPeriod {
  from?: PartialDate;
  to?: PartialDate;
}

/**
 * What to write, chosen by the options every format shares. Lists rather than single values,
 * so that one run writes several languages, periods and datasets sharing what is loaded.
 */
export interface OutputSelection {
  /** The datasets to write, each loaded and valid. */
  datasets: readonly Dataset[];
  /** Languages to write; `undefined` lets the format choose per dataset (`defaultLanguages`). */
  languages: readonly Language[] | undefined;
  /** One edition per period, in order; `[{}]` is the dataset's whole coverage. */
  periods: readonly OutputPeriod[];
  /** Pillars to cover; all five when `undefined`. */
  pillars: readonly Pillar[] | undefined;
  /** Sharing label; each dataset's own when `undefined`. */
  tlp: Tlp | undefined;
  /** Date the documents are produced on, YYYY-MM-DD; each dataset's cut-off when `undefined`. */
  generated: string | undefined;
  /** Each dataset's earlier edition and what changed since (`--since`); none without it. */
  comparisons?: ReadonlyMap<Dataset, EditionComparison>;
  /** The revision each dataset's data is at, named in editions (`--since`). */
  revisions?: ReadonlyMap<Dataset, Revision>;
}

/** The edition options of a digest for one dataset of a selection: what it compares with. */
export function editionOptions(
  selection: OutputSelection,
  dataset: Dataset,
): { since?: EditionComparison; revision?: Revision } {
  const since = selection.comparisons?.get(dataset);
  const revision = selection.revisions?.get(dataset);
  return {
    ...(since === undefined ? {} : { since }),
    ...(revision === undefined ? {} : { revision }),
  };
}

/** Hooks a format calls while it plans, so that the command line can show progress. */
export interface PlanHooks {
  /** One file of the plan is ready (its path relative to the output folder). */
  planned?(path: string): void;
}

/**
 * What a format may read of the output folder as other runs left it: the names of its
 * subfolders, and a file's text (undefined when absent), by path relative to the folder.
 */
export interface OutputFolder {
  folders(): Promise<string[]>;
  read(path: string): Promise<string | undefined>;
}

/**
 * An output format: its name, the options it understands, and a plan from the selection to the
 * files it writes. The command line owns the rest once for every format: the shared options,
 * where files go, `--check`, atomic writes, exit codes and progress.
 */
export interface OutputFormat<Options = Record<string, never>> {
  /** The command that writes it, e.g. `brief`. */
  name: string;
  /** One line for `--help`. */
  description: string;
  /** What the files are, in a sentence such as "Markdown reports are stale". */
  what: string;
  /** What one file is called in a summary line: "3 report files", "Brief written to …". */
  noun: { one: string; other: string };
  /** Folder written to when `--out` is not given, relative to where the command runs. */
  defaultOut: string;
  /** True when `--out` may also name the one file a plan holds (e.g. `--out note.pdf`). */
  outMayBeFile?: boolean;
  /** Which languages to write when none is asked for: each dataset's first, or all of them. */
  defaultLanguages: "first" | "all";
  /** The format's own options, by name (without `--`). */
  options: Record<string, FormatOption>;
  /** Checks the format's own options before any data is read; throws `FormatOptionError`. */
  parseOptions(raw: RawFormatOptions): Options;
  /** Every file to write for the selection, by path relative to the output folder. */
  plan(selection: OutputSelection, options: Options, hooks?: PlanHooks): Promise<OutputPlan>;
  /**
   * Files shared by every run that writes into the same folder (the reports' index of every
   * pair), planned from this run's plan and what other runs left there. The command line plans
   * them again, holding the folder's lock, after the plan is written, so that runs at the same
   * time each see the others' files.
   */
  planShared?(plan: OutputPlan, folder: OutputFolder, options: Options): Promise<OutputPlan>;
  /**
   * Folders, relative to the output folder, that hold this plan's files and nothing else (the
   * pages of a report): a file there that the plan does not hold is left over from an earlier
   * run, removed when writing and reported by `--check`.
   */
  ownedFolders?(plan: OutputPlan): string[];
  /** A few words about one written file for the summary line, e.g. "6 pages". */
  describeFile?(bytes: OutputBytes): string;
}

/** A format's own option has a wrong value, or what it names is unusable (exit code 2). */
export class FormatOptionError extends Error {
  override name = "FormatOptionError";
}

/**
 * The languages a format writes for one dataset: those asked for, or by default the dataset's
 * first language or all of them.
 */
export function languagesFor(
  dataset: Dataset,
  selection: OutputSelection,
  defaults: OutputFormat<unknown>["defaultLanguages"],
): readonly Language[] {
  if (selection.languages !== undefined) return selection.languages;
  const all = dataset.info.languages;
  return defaults === "all" ? all : all.slice(0, 1);
}

/** One document to write: a dataset, a language and a period (the ends resolved). */
export interface Edition {
  dataset: Dataset;
  lang: Language;
  from: PartialDate;
  to: PartialDate;
  /** True when the period is the dataset's whole coverage. */
  whole: boolean;
}

/** Every document of a selection: each dataset, then each period, then each language. */
export function editionsOf(
  selection: OutputSelection,
  defaults: OutputFormat<unknown>["defaultLanguages"],
): Edition[] {
  const editions: Edition[] = [];
  for (const dataset of selection.datasets) {
    const { coverage } = dataset.info;
    for (const period of selection.periods) {
      const from = period.from ?? coverage.from;
      const to = period.to ?? coverage.to;
      const whole = from === coverage.from && to === coverage.to;
      for (const lang of languagesFor(dataset, selection, defaults)) {
        editions.push({ dataset, lang, from, to, whole });
      }
    }
  }
  return editions;
}
