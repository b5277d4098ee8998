import { type Language, labelsFor, languageCodes } from "@bilat/core";
import type { IndexDigest, ReportLink } from "./render-index.js";

/**
 * What the index says about one report, kept next to the pair's reports (`<id>/index.json`) so
 * that rendering one pair rewrites the index with every other pair's entries as they were.
 */
export interface IndexEntry {
  /** The report, relative to the index, with `/` separators, e.g. `sen-mli/en.md`. */
  path: string;
  lang: Language;
  meta: IndexDigest["meta"];
  /** The report's chronology pages, relative to the index, when it has them (oldest first). */
  pages?: string[];
}

/** The file, inside a pair's folder of reports, that holds its index entries. */
export const INDEX_ENTRIES_FILE = "index.json";

/** The entry of a rendered report, with its chronology pages when it has any. */
export function indexEntry(link: ReportLink, pages: readonly string[] = []): IndexEntry {
  const { datasetId, title, period, cutoff, tlp } = link.digest.meta;
  return {
    path: link.path,
    lang: link.digest.lang,
    meta: { datasetId, title, period, cutoff, tlp },
    ...(pages.length > 0 && { pages: [...pages] }),
  };
}

/** The entries of one pair as written to its `index.json`: stable JSON, one key per line. */
export function serializeIndexEntries(entries: readonly IndexEntry[]): string {
  return `${JSON.stringify({ reports: entries }, null, 2)}\n`;
}

/** Why a pair's `index.json` cannot be used, said so that the fix is plain. */
export class IndexEntriesError extends Error {
  override name = "IndexEntriesError";
}

const isText = (value: unknown): value is string => typeof value === "string";

// Checked by hand rather than with a schema library: six string fields, and the report package
// has no other use for one.

function isEntry(value: unknown): value is IndexEntry {
  if (value === null || typeof value !== "object") return false;
  const { path, lang, meta, pages } = value as Record<string, unknown>;
  if (!isText(path) || !languageCodes().includes(lang as Language) || typeof meta !== "object") {
    return false;
  }
  if (pages !== undefined && !(Array.isArray(pages) && pages.every(isText))) return false;
  const m = (meta ?? {}) as Record<string, Record<string, unknown> | string>;
  const period = m.period as Record<string, unknown> | undefined;
  const cutoff = m.cutoff as Record<string, unknown> | undefined;
  return (
    isText(m.datasetId) &&
    isText(m.title) &&
    isText(m.tlp) &&
    isText(period?.from) &&
    isText(period?.to) &&
    isText(period?.text) &&
    isText(cutoff?.iso) &&
    isText(cutoff?.text)
  );
}

/** Reads a pair's `index.json`; `file` names it in the error when it is not one bilat wrote. */
export function parseIndexEntries(text: string, file: string): IndexEntry[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new IndexEntriesError(
      `${file} is not JSON: delete it and render that pair's reports again`,
    );
  }
  const reports = (parsed as { reports?: unknown } | null)?.reports;
  if (!Array.isArray(reports) || !reports.every(isEntry)) {
    throw new IndexEntriesError(
      `${file} does not list reports as \`bilat report\` writes them: delete it and render that pair's reports again`,
    );
  }
  return reports;
}

/** An entry as the index template sees a report: its path, and the summary's labels and meta. */
export function indexLink(entry: IndexEntry): ReportLink {
  return {
    path: entry.path,
    digest: { lang: entry.lang, labels: labelsFor(entry.lang), meta: entry.meta },
    pages: entry.pages ?? [],
  };
}
