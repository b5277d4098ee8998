import { buildDigest } from "@bilat/core";
import {
  editionOptions,
  editionsOf,
  type OutputPlan,
  type OutputSelection,
  type PlanHooks,
} from "@bilat/core/output";
import {
  INDEX_ENTRIES_FILE,
  type IndexEntry,
  indexEntry,
  serializeIndexEntries,
} from "./index-entries.js";
import { renderReportFiles } from "./report-files.js";
import { DEFAULT_LANGUAGES, type ReportFormatOptions } from "./report-format.js";
import { pagesFolder } from "./report-pages.js";
import { REPORT_PROFILE } from "./report-profile.js";

/**
 * Every report file of a selection. The whole coverage goes to `<dataset>/<lang>.md`, its map
 * and chart beside it (`<lang>-map.svg`, `<lang>-chart.svg`), with the pair's entries for the
 * index in `<dataset>/index.json`; a shorter period to `<dataset>/<from>_<to>/`, so it never
 * replaces the reports kept in the repository. The entries are written (and so the index,
 * `README.md`, rewritten: `plan-index.ts`) only when every language is, so that the index never
 * links a report the run did not produce nor leaves one out.
 */
export function planReports(
  selection: OutputSelection,
  options: ReportFormatOptions,
  hooks: PlanHooks | undefined,
): OutputPlan {
  const files: OutputPlan = new Map();
  const entries = new Map<string, IndexEntry[]>();
  for (const edition of editionsOf(selection, DEFAULT_LANGUAGES)) {
    const { dataset, lang, from, to, whole } = edition;
    const { id } = dataset.info;
    const digest = buildDigest(dataset, {
      lang,
      from,
      to,
      pillars: selection.pillars,
      tlp: selection.tlp,
      generated: selection.generated,
      profile: REPORT_PROFILE,
      ...editionOptions(selection, dataset),
    });
    const folder = whole ? id : `${id}/${from}_${to}`;
    // The report and, beside it, the figures it links.
    const pages: string[] = [];
    for (const [name, text] of renderReportFiles(digest, lang, options)) {
      // Kept as the UTF-8 it is written as: half the memory of a string holding any character
      // past Latin-1 (a typographic apostrophe will do), and out of the garbage collector's way.
      files.set(`${folder}/${name}`, Buffer.from(text, "utf8"));
      if (name.startsWith(`${pagesFolder(lang)}/`)) pages.push(`${folder}/${name}`);
      hooks?.planned?.(`${folder}/${name}`);
    }
    if (whole) {
      const entry = indexEntry({ path: `${folder}/${lang}.md`, digest }, pages);
      entries.set(id, [...(entries.get(id) ?? []), entry]);
    }
  }
  const { languages } = selection;
  const everyLanguage =
    languages === undefined ||
    selection.datasets.every((d) => d.info.languages.every((l) => languages.includes(l)));
  if (everyLanguage) {
    for (const [id, own] of entries) {
      files.set(`${id}/${INDEX_ENTRIES_FILE}`, serializeIndexEntries(own));
    }
  }
  return files;
}
