import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { DATASET_FILE } from "../model/record-kinds.js";

/** The folder that holds one dataset per country pair, at the root of a repository. */
export const DATASETS_ROOT = "data";

/**
 * The dataset folders a command acts on. A folder with a `dataset.yaml` is one dataset; any
 * other folder holds one dataset per subfolder that has one (`data/sen-mli/`, `data/mrt-mli/`…),
 * in the order of their names so that outputs and logs are the same on every machine. A folder
 * with neither is returned as it is, so that loading it says what is missing.
 */
export function discoverDatasets(root: string = DATASETS_ROOT): string[] {
  if (existsSync(join(root, DATASET_FILE))) return [root];
  let names: string[];
  try {
    names = readdirSync(root, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && existsSync(join(root, entry.name, DATASET_FILE)))
      .map((entry) => entry.name);
  } catch {
    // Not a folder: the loader reports it ("the data folder does not exist").
    return [root];
  }
  if (names.length === 0) return [root];
  return names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).map((name) => join(root, name));
}
