import { readdir } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { DATASET_FILE, RECORD_KINDS, type RecordKind } from "../model/record-kinds.js";
import type { UnplacedProblem } from "./problem.js";
import { suggest } from "./suggest.js";

/** Folders of a data directory that hold no records. */
const NOT_RECORDS = new Set(["schema", "archive", "test", "node_modules"]);

export interface DataFile {
  /** Path relative to the data folder, with forward slashes. */
  file: string;
  absolute: string;
  kind: RecordKind | "dataset";
}

const isYaml = (name: string) => name.endsWith(".yaml") || name.endsWith(".yml");
/** Record files may also be JSON (a bulk export of another tool, or bilat's own JSON export). */
const isJson = (name: string) => name.endsWith(".json");

/** Lists the YAML and JSON files of a data folder with the kind of record each holds, in a stable order. */
export async function discoverFiles(
  dir: string,
): Promise<{ files: DataFile[]; problems: UnplacedProblem[] }> {
  const files: DataFile[] = [];
  const problems: UnplacedProblem[] = [];
  const folders = Object.fromEntries(
    Object.entries(RECORD_KINDS).map(([kind, { folder }]) => [folder, kind as RecordKind]),
  );
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  for (const entry of entries) {
    if (!entry.isFile() || !(isYaml(entry.name) || isJson(entry.name))) continue;
    const absolute = join(entry.parentPath, entry.name);
    const file = relative(dir, absolute).split(sep).join("/");
    const [top, ...rest] = file.split("/");
    if (top === undefined || NOT_RECORDS.has(top)) continue;
    if (rest.length === 0) {
      if (file === "dataset.json") {
        problems.push({
          code: "dataset-file-name",
          severity: "error",
          file,
          path: [],
          found: file,
          datasetFile: DATASET_FILE,
        });
        continue;
      }
      // Other JSON beside dataset.yaml is not data (package.json, tsconfig.json of a data package).
      if (isJson(entry.name)) continue;
      if (file === DATASET_FILE) files.push({ file, absolute, kind: "dataset" });
      else if (file !== "pnpm-lock.yaml") {
        problems.push({
          code: "unknown-folder",
          severity: "warning",
          file,
          path: [],
          folders: Object.keys(folders),
          datasetFile: DATASET_FILE,
        });
      }
      continue;
    }
    const kind = folders[top];
    if (kind === undefined) {
      const suggestion = suggest(top, Object.keys(folders));
      problems.push({
        code: "unknown-folder",
        severity: "error",
        file,
        path: [],
        folder: top,
        folders: Object.keys(folders),
        datasetFile: DATASET_FILE,
        ...(suggestion && { suggestion }),
      });
      continue;
    }
    files.push({ file, absolute, kind });
  }
  files.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  if (!files.some((f) => f.kind === "dataset")) {
    problems.push({
      code: "missing-dataset-file",
      severity: "error",
      file: DATASET_FILE,
      path: [],
      datasetFile: DATASET_FILE,
    });
  }
  return { files, problems };
}
