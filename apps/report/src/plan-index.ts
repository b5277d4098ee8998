import type { OutputFolder, OutputPlan } from "@bilat/core/output";
import {
  INDEX_ENTRIES_FILE,
  type IndexEntry,
  indexLink,
  parseIndexEntries,
} from "./index-entries.js";
import { renderIndex } from "./render-index.js";
import type { ReportFormatOptions } from "./report-format.js";

/** The index of every pair, at the top of the output folder. */
const INDEX_FILE = "README.md";

/**
 * The index of every pair under the output folder: the entries this run planned, with those
 * every other pair's folder holds, pairs in the order of their ids. None when the run planned
 * no entries (a shorter period, or some languages only).
 */
export async function planIndex(
  plan: OutputPlan,
  folder: OutputFolder,
  options: ReportFormatOptions,
): Promise<OutputPlan> {
  const fresh = new Map<string, IndexEntry[]>();
  for (const [path, text] of plan) {
    const [id, file] = path.split("/");
    if (file === INDEX_ENTRIES_FILE && id !== undefined) {
      fresh.set(id, parseIndexEntries(String(text), path));
    }
  }
  if (fresh.size === 0) return new Map();
  const all = new Map(fresh);
  for (const id of await folder.folders()) {
    if (all.has(id)) continue;
    const path = `${id}/${INDEX_ENTRIES_FILE}`;
    const text = await folder.read(path);
    // A folder without entries is not a pair's reports (or holds shorter periods only).
    if (text !== undefined) all.set(id, parseIndexEntries(text, path));
  }
  const ids = [...all.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const links = ids.flatMap((id) => (all.get(id) ?? []).map(indexLink));
  return new Map([[INDEX_FILE, renderIndex(links, { templatesDir: options.templatesDir })]]);
}
