import { readFile, stat } from "node:fs/promises";
import { resolve } from "node:path";
import type { CheckContext, SeenId } from "../check/check-context.js";
import { runChecks } from "../check/run-checks.js";
import { checkUniqueIds, type IdOccurrence } from "../check/unique-ids.js";
import type { Dataset, IndexedRecord } from "../dataset.js";
import { describeProblem } from "../i18n/problem-messages.js";
import { type Language, languageCodes } from "../i18n/registry.js";
import { type DatasetInfo, DatasetInfoSchema } from "../model/dataset-info.js";
import { RECORD_KINDS, type RecordKind } from "../model/record-kinds.js";
import { type DataFile, discoverFiles } from "./discover-files.js";
import { foundValue } from "./found-value.js";
import { YamlLocator } from "./locate.js";
import { parseJson } from "./parse-json.js";
import { parseYaml } from "./parse-yaml.js";
import { compareProblems, type Problem, type UnplacedProblem } from "./problem.js";
import { schemaProblems } from "./schema-problems.js";

/** Larger files are refused before reading: a data file this big is a mistake, not a dataset. */
export const MAX_FILE_BYTES = 400 * 1024 * 1024;

export type LoadResult =
  | { ok: true; dataset: Dataset; problems: Problem[] }
  | {
      ok: false;
      problems: Problem[];
      /** The records that did load, when the dataset's description did: for reading what can be read. */
      partial?: Dataset;
    };

export interface LoadOptions {
  /** Treat warnings (missing translations, events outside coverage) as failures. */
  strict?: boolean;
  /** The language of the problems' messages: English unless told (see `describeProblem`). */
  lang?: Language;
}

/**
 * Reads every YAML (or JSON) file under a data folder, validates each record against its schema, runs the
 * cross-record checks, and returns either the typed dataset or every problem found, each placed at
 * its file, line and column. Never throws for bad data.
 */
export async function loadDataset(dir: string, options: LoadOptions = {}): Promise<LoadResult> {
  const root = resolve(dir);
  const problems: UnplacedProblem[] = [];
  const texts = new Map<string, string>();
  /** Files holding a list of records, with the number of records in each. */
  const listLengths = new Map<string, number>();
  const discovered = await discoverFiles(root).catch((error: NodeJS.ErrnoException) => {
    problems.push({
      code: "file-unreadable",
      severity: "error",
      file: dir,
      path: [],
      target: "folder",
      reason: error.code ?? "unknown",
    });
    return { files: [] as DataFile[], problems: [] };
  });
  problems.push(...discovered.problems);

  let info: DatasetInfo | undefined;
  const records: IndexedRecord[] = [];
  const invalid: CheckContext["invalid"] = [];
  const occurrences: IdOccurrence[] = [];
  /** Record files that could not be read or parsed: the ids they hold are unknown. */
  const unread: string[] = [];

  for (const dataFile of discovered.files) {
    const text = await readText(dataFile, problems);
    if (text === undefined) {
      unread.push(dataFile.file);
      continue;
    }
    texts.set(dataFile.file, text);
    const parsed = dataFile.file.endsWith(".json")
      ? parseJson(text)
      : parseYaml(text, dataFile.file);
    if (!parsed.ok) {
      const { problem, line, column } = parsed;
      problems.push({ ...problem, severity: "error", file: dataFile.file, path: [], line, column });
      unread.push(dataFile.file);
      continue;
    }
    if (parsed.value === undefined || parsed.value === null) {
      problems.push({
        code: "empty-file",
        severity: "error",
        file: dataFile.file,
        path: [],
      });
      continue;
    }
    if (dataFile.kind === "dataset") {
      const result = DatasetInfoSchema.safeParse(parsed.value);
      if (result.success) info = result.data;
      else
        problems.push(
          ...schemaProblems(
            result.error.issues,
            DatasetInfoSchema,
            parsed.value,
            dataFile.file,
            [],
            languageCodes(),
          ),
        );
      continue;
    }
    const list = Array.isArray(parsed.value);
    if (list) listLengths.set(dataFile.file, (parsed.value as unknown[]).length);
    const raws: unknown[] = list ? (parsed.value as unknown[]) : [parsed.value];
    const schema = RECORD_KINDS[dataFile.kind].schema;
    for (const [i, raw] of raws.entries()) {
      const origin = { file: dataFile.file, index: list ? i : undefined };
      const prefix = list ? [i] : [];
      if (raw === null || typeof raw !== "object" || Array.isArray(raw)) {
        problems.push({
          code: "not-a-record",
          severity: "error",
          file: dataFile.file,
          path: prefix,
          kind: dataFile.kind,
          found: foundValue(raw),
        });
        continue;
      }
      const id = (raw as { id?: unknown }).id;
      if (typeof id === "string") occurrences.push({ id, kind: dataFile.kind, origin });
      const result = schema.safeParse(raw);
      if (result.success) {
        records.push({ kind: dataFile.kind, record: result.data, origin } as IndexedRecord);
      } else {
        problems.push(
          ...schemaProblems(
            result.error.issues,
            schema,
            raw,
            dataFile.file,
            prefix,
            languageCodes(),
          ),
        );
        invalid.push({ kind: dataFile.kind, record: raw as Record<string, unknown>, origin });
      }
    }
  }

  problems.push(...checkUniqueIds(occurrences));
  const ids = new Map<string, SeenId>();
  for (const { id, kind, origin } of occurrences) if (!ids.has(id)) ids.set(id, { kind, origin });
  const context: CheckContext = { dir: root, info, records, invalid, ids, unread };
  problems.push(...runChecks(context));

  const placed = placeProblems(problems, texts, listLengths, options.lang ?? "en");
  const failed = placed.some(
    (p) => p.severity === "error" || (options.strict && p.severity === "warning"),
  );
  if (info === undefined) return { ok: false, problems: placed };
  if (failed) return { ok: false, problems: placed, partial: buildDataset(root, info, records) };
  return { ok: true, dataset: buildDataset(root, info, records), problems: placed };
}

async function readText(
  dataFile: DataFile,
  problems: UnplacedProblem[],
): Promise<string | undefined> {
  try {
    const { size } = await stat(dataFile.absolute);
    if (size > MAX_FILE_BYTES) {
      problems.push({
        code: "file-too-large",
        severity: "error",
        file: dataFile.file,
        path: [],
        megabytes: Math.round(size / 1024 / 1024),
        limitMegabytes: MAX_FILE_BYTES / 1024 / 1024,
      });
      return undefined;
    }
    return await readFile(dataFile.absolute, "utf8");
  } catch (error) {
    problems.push({
      code: "file-unreadable",
      severity: "error",
      file: dataFile.file,
      path: [],
      target: "file",
      reason: (error as NodeJS.ErrnoException).code ?? "unknown",
    });
    return undefined;
  }
}

/**
 * Looks up line and column for each problem, parsing for positions only the files that need it,
 * and words it in the language asked for.
 */
function placeProblems(
  problems: UnplacedProblem[],
  texts: Map<string, string>,
  listLengths: Map<string, number>,
  lang: Language,
): Problem[] {
  const locators = new Map<string, YamlLocator>();
  const place = (problem: UnplacedProblem): { line: number; column: number } => {
    if (problem.line !== undefined && problem.column !== undefined) {
      return { line: problem.line, column: problem.column };
    }
    const text = texts.get(problem.file);
    if (text === undefined) return { line: 1, column: 1 };
    let locator = locators.get(problem.file);
    if (!locator) {
      locator = new YamlLocator(text, listLengths.get(problem.file));
      locators.set(problem.file, locator);
    }
    return locator.locate(problem.path, problem.code === "unknown-key");
  };
  const placed = problems.map(
    (problem): Problem => ({ ...problem, ...place(problem), ...describeProblem(problem, lang) }),
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
