import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { CheckContext, SeenId } from "../check/check-context.js";
import { CitationGathering } from "../check/citations.js";
import { runChecks } from "../check/run-checks.js";
import { checkUniqueIds, type IdOccurrence } from "../check/unique-ids.js";
import type { Dataset, IndexedRecord } from "../dataset.js";
import { describeProblem } from "../i18n/problem-messages.js";
import type { Language } from "../i18n/registry.js";
import type { DatasetInfo } from "../model/dataset-info.js";
import type { RecordKind } from "../model/record-kinds.js";
import type { Source } from "../model/source.js";
import { type HashedFile, hashArchives, verdictInputs } from "./check-verdict.js";
import { type DataFile, discoverFiles } from "./discover-files.js";
import { outcomesOf, type ParallelReport, readDataFiles } from "./load-outcomes.js";
import type { YamlLocator } from "./locate.js";
import { type CacheReport, ParseCache } from "./parse-cache.js";
import { compareProblems, type Problem, type UnplacedProblem } from "./problem.js";

export { MAX_FILE_BYTES } from "./load-outcomes.js";

export type LoadResult =
  | {
      ok: true;
      dataset: Dataset;
      problems: Problem[];
      cache?: CacheReport;
      parallel?: ParallelReport;
    }
  | {
      ok: false;
      problems: Problem[];
      cache?: CacheReport;
      /** Present when parsing was spread over worker threads. */
      parallel?: ParallelReport;
      /** The records that did load, when the dataset's description did: for reading what can be read. */
      partial?: Dataset;
    };

export interface LoadOptions {
  /** Treat warnings (missing translations, events outside coverage) as failures. */
  strict?: boolean;
  /** The language of the problems' messages: English unless told (see `describeProblem`). */
  lang?: Language;
  /**
   * Folder of the parse cache (e.g. `node_modules/.cache/bilat`): files unchanged since the
   * last load are not parsed and validated again. The checks across records run again whenever
   * any data file or archive changed; when none did, their last verdict, kept with it, is reused.
   */
  cache?: string;
  /**
   * From how many bytes of files to parse (those not in the cache) the parsing is spread over
   * worker threads: 8 MiB unless told; `Infinity` parses in this thread only. Workers need the
   * built JavaScript: run from the TypeScript sources, the loader parses in this thread.
   */
  parallelFrom?: number;
  /** How many parsing workers: the machine's cores (at most 4) unless told. */
  workers?: number;
  /** Heap limit of each parsing worker, in MiB (Node's default unless told). */
  workerHeapMiB?: number;
  /** Called after each file read, for progress on a terminal. */
  progress?: (progress: LoadProgress) => void;
}

export interface LoadProgress {
  /** Data files found, and read so far. */
  files: number;
  read: number;
  /** Records read so far. */
  records: number;
}

/** What `checkDataset` tells: whether the data is valid, and every problem, without the records. */
export interface DataCheck {
  ok: boolean;
  problems: Problem[];
  /** Records that passed their schema. */
  records: number;
  cache?: CacheReport;
  parallel?: ParallelReport;
}

/**
 * Reads every YAML (or JSON) file under a data folder, validates each record against its schema, runs the
 * cross-record checks, and returns either the typed dataset or every problem found, each placed at
 * its file, line and column. Never throws for bad data.
 */
export async function loadDataset(dir: string, options: LoadOptions = {}): Promise<LoadResult> {
  return (await load(dir, options, true)) as LoadResult;
}

/**
 * Checks a data folder as `loadDataset` does, for a caller that wants the problems alone: when
 * no data file nor archive changed since the cache's last verdict, no record is read at all.
 */
export async function checkDataset(dir: string, options: LoadOptions = {}): Promise<DataCheck> {
  return (await load(dir, options, false)) as DataCheck;
}

async function load(
  dir: string,
  options: LoadOptions,
  recordsWanted: boolean,
): Promise<LoadResult | DataCheck> {
  const root = resolve(dir);
  /** Problems of the folder's layout: found anew on every load, never kept in the verdict. */
  const layout: UnplacedProblem[] = [];
  const problems: UnplacedProblem[] = [];
  /** Where each file read lies, to read it again for the positions of its problems. */
  const absolute = new Map<string, string>();
  /** Files holding a list of records, with the number of records in each. */
  const listLengths = new Map<string, number>();
  const discovered = await discoverFiles(root).catch((error: NodeJS.ErrnoException) => {
    layout.push({
      code: "file-unreadable",
      severity: "error",
      file: dir,
      path: [],
      target: "folder",
      reason: error.code ?? "unknown",
    });
    return { files: [] as DataFile[], problems: [] };
  });
  for (const problem of discovered.problems) layout.push(problem);
  for (const { file, absolute: path } of discovered.files) absolute.set(file, path);
  const lang = options.lang ?? "en";

  // The cache is opened only for a folder that holds data, so that a mistyped `--data` leaves no trace.
  const cache =
    options.cache && discovered.files.length > 0 ? ParseCache.open(options.cache, root) : undefined;
  const read = await readDataFiles(discovered.files, cache, problems, options);
  // Known once every file is hashed: some are hashed only by the workers that parse them.
  const inputsOf = () =>
    cache && read.every((r) => r?.content !== undefined)
      ? verdictInputs(read as HashedFile[])
      : undefined;
  let inputs = inputsOf();
  if (!recordsWanted && cache && inputs !== undefined) {
    const verdict = cache.verdict(inputs);
    if (verdict) {
      cache.answered(read.length);
      const placed = await placeProblems(
        [...layout, ...verdict.problems],
        absolute,
        listLengths,
        lang,
      );
      return {
        ok: !failed(placed, options),
        problems: placed,
        records: verdict.records,
        cache: cache.report,
      };
    }
  }

  let info: DatasetInfo | undefined;
  const records: IndexedRecord[] = [];
  const invalid: CheckContext["invalid"] = [];
  const occurrences: IdOccurrence[] = [];
  /** Record files that could not be read or parsed: the ids they hold are unknown. */
  const unread: string[] = [];
  const gathering = new CitationGathering();
  // With a verdict in view (no file changed), the citations are gathered only if the checks run
  // after all; they then find them themselves.
  const verdictInView = inputs !== undefined && cache?.promisesVerdict(inputs) === true;
  const { outcomes, parallel, changed, handedOn } = await outcomesOf(
    read,
    cache,
    problems,
    options,
    verdictInView
      ? undefined
      : (outcome) => {
          gathering.add(outcome.citations, outcome.quotations);
          // The passages hold the quotations from now on: most repeat one already held, and are
          // let go now rather than kept with the outcome, by the thousand, until every file is in.
          outcome.quotations = [];
        },
    !recordsWanted,
  );
  for (const [i, dataFile] of discovered.files.entries()) {
    const outcome = outcomes[i];
    if (outcome === undefined) {
      absolute.delete(dataFile.file);
      unread.push(dataFile.file);
      continue;
    }
    // Problems are appended one by one: a spread of a large list overflows the call stack.
    for (const problem of outcome.problems) problems.push(problem);
    if (outcome.unparsed) unread.push(dataFile.file);
    if (outcome.info) info = outcome.info;
    if (outcome.listLength !== undefined) listLengths.set(dataFile.file, outcome.listLength);
    for (const record of outcome.records) records.push(record);
    for (const record of outcome.invalid) invalid.push(record);
    for (const occurrence of outcome.occurrences) occurrences.push(occurrence);
    options.progress?.({
      files: discovered.files.length,
      read: i + 1,
      records: records.length + invalid.length,
    });
  }

  inputs ??= inputsOf();
  // Counted once, for the verdict and the answer: a set of every id of a large dataset.
  let counted: number | undefined;
  const recordCount = () => {
    counted ??= distinctIds(records);
    return counted;
  };
  // Asked only now: an entry refused while reading the records withdraws the verdict's trust.
  const verdict = inputs !== undefined && !changed ? cache?.verdict(inputs) : undefined;
  let found: UnplacedProblem[];
  if (verdict) {
    found = verdict.problems;
  } else {
    for (const problem of checkUniqueIds(occurrences)) problems.push(problem);
    const ids = new Map<string, SeenId>();
    for (const { id, kind, origin } of occurrences) if (!ids.has(id)) ids.set(id, { kind, origin });
    const context: CheckContext = { dir: root, info, records, invalid, ids, unread };
    if (handedOn) gathering.handOver(context);
    for (const problem of runChecks(context)) problems.push(problem);
    found = await locateProblems(problems, absolute, listLengths);
    if (cache && inputs !== undefined && !changed) {
      const archives = records.flatMap((r) => {
        const archive = r.kind === "source" ? (r.record as Source).archive : undefined;
        return archive === undefined ? [] : [archive];
      });
      cache.setVerdict({
        inputs,
        archives: hashArchives(root, archives),
        problems: found,
        records: recordCount(),
      });
    }
  }
  cache?.save();

  const placed = await placeProblems([...layout, ...found], absolute, listLengths, lang);
  const report = { ...(cache && { cache: cache.report }), ...(parallel && { parallel }) };
  if (!recordsWanted) {
    // No dataset is built for a caller that wants the problems alone.
    return {
      ok: info !== undefined && !failed(placed, options),
      problems: placed,
      records: info === undefined ? 0 : recordCount(),
      ...report,
    };
  }
  if (info === undefined) return { ok: false, problems: placed, ...report };
  if (failed(placed, options)) {
    return { ok: false, problems: placed, partial: buildDataset(root, info, records), ...report };
  }
  return { ok: true, dataset: buildDataset(root, info, records), problems: placed, ...report };
}

/** Records counted as the dataset's index (`byId`) holds them: a duplicated id once. */
const distinctIds = (records: readonly IndexedRecord[]) =>
  new Set(records.map((r) => r.record.id)).size;

const failed = (problems: readonly Problem[], options: LoadOptions) =>
  problems.some((p) => p.severity === "error" || (options.strict && p.severity === "warning"));

/**
 * Gives each problem its line and column, parsing for positions only the files that need it.
 * Those files are read again rather than kept: problems are few, and the texts of a large
 * dataset would double the memory a load takes. The position-keeping parser is imported only
 * then: a valid dataset's load never needs it.
 */
async function locateProblems(
  problems: UnplacedProblem[],
  absolute: Map<string, string>,
  listLengths: Map<string, number>,
): Promise<UnplacedProblem[]> {
  if (problems.every((p) => p.line !== undefined && p.column !== undefined)) return problems;
  const { YamlLocator } = await import("./locate.js");
  const locators = new Map<string, YamlLocator>();
  return problems.map((problem) => {
    if (problem.line !== undefined && problem.column !== undefined) return problem;
    const path = absolute.get(problem.file);
    if (path === undefined) return { ...problem, line: 1, column: 1 };
    let locator = locators.get(problem.file);
    if (!locator) {
      locator = new YamlLocator(readFileSync(path, "utf8"), listLengths.get(problem.file));
      locators.set(problem.file, locator);
    }
    return { ...problem, ...locator.locate(problem.path, problem.code === "unknown-key") };
  });
}

/** Places every problem and words it in the language asked for, in the order a reader goes. */
async function placeProblems(
  problems: UnplacedProblem[],
  absolute: Map<string, string>,
  listLengths: Map<string, number>,
  lang: Language,
): Promise<Problem[]> {
  const located = await locateProblems(problems, absolute, listLengths);
  const placed = located.map(
    (problem): Problem => ({
      ...problem,
      line: problem.line ?? 1,
      column: problem.column ?? 1,
      ...describeProblem(problem, lang),
    }),
  );
  return placed.sort(compareProblems);
}

function buildDataset(dir: string, info: DatasetInfo, records: IndexedRecord[]): Dataset {
  const byKind = (kind: RecordKind) => records.filter((r) => r.kind === kind).map((r) => r.record);
  return {
    dir,
    info,
    sources: byKind("source") as Dataset["sources"],
    actors: byKind("actor") as Dataset["actors"],
    places: byKind("place") as Dataset["places"],
    events: byKind("event") as Dataset["events"],
    agreements: byKind("agreement") as Dataset["agreements"],
    indicators: byKind("indicator") as Dataset["indicators"],
    judgments: byKind("judgment") as Dataset["judgments"],
    trends: byKind("trend") as Dataset["trends"],
    byId: new Map(records.map((r) => [r.record.id, r])),
  };
}
