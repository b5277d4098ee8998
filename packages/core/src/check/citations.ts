import type { RecordOrigin } from "../dataset.js";
import type { Citation } from "../model/citation.js";
import type { Source } from "../model/source.js";
import { type CheckContext, recordsAndInfo } from "./check-context.js";
import { normaliseQuotation } from "./quotation.js";
import { type Path, walk } from "./walk.js";

/** A citation wherever it stands: on a record, a role, a dispute's claim. */
export interface FoundCitation {
  origin: RecordOrigin;
  /** Path of the citation inside its record, e.g. `["disputes", 0, "claims", 1, "citations", 0]`. */
  path: Path;
  citation: Citation;
}

// Several checks read every citation: the records are walked once per load, not once per check.
const found = new WeakMap<CheckContext, FoundCitation[]>();
const sources = new WeakMap<CheckContext, Map<string, Source>>();
const normalised = new WeakMap<CheckContext, Map<string, string>>();

/** Every citation of every valid record and of the dataset's description, in document order. */
export function citationsOf(context: CheckContext): FoundCitation[] {
  let list = found.get(context);
  if (list === undefined) {
    list = [];
    for (const { record, origin } of recordsAndInfo(context)) {
      for (const { node, path } of walk(record)) {
        if (path[path.length - 2] === "citations" && typeof (node as Citation).excerpt === "string")
          list.push({ origin, path, citation: node as Citation });
      }
    }
    found.set(context, list);
  }
  return list;
}

/** The valid sources, by id. */
export function sourcesOf(context: CheckContext): Map<string, Source> {
  let map = sources.get(context);
  if (map === undefined) {
    map = new Map();
    for (const { kind, record } of context.records)
      if (kind === "source") map.set(record.id, record as Source);
    sources.set(context, map);
  }
  return map;
}

/**
 * An excerpt as compared with archives and with other citations of its passage, normalised once
 * per load: the excerpt and credibility checks both need it, and passages are quoted often.
 */
export function normalisedExcerpt(context: CheckContext, excerpt: string): string {
  let map = normalised.get(context);
  if (map === undefined) {
    map = new Map();
    normalised.set(context, map);
  }
  let text = map.get(excerpt);
  if (text === undefined) {
    text = normaliseQuotation(excerpt);
    map.set(excerpt, text);
  }
  return text;
}
