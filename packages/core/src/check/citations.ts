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
const passages = new WeakMap<CheckContext, Passage[]>();

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

/** One passage of one source: the excerpt normalised, as it is compared with the archive. */
export interface Passage {
  source: string;
  quotation: string;
}

/**
 * For each citation of `citationsOf`, at the same index, the passage it quotes: citations of one
 * passage (the same excerpt once normalised) share one object. Found once per load, since the
 * excerpt and credibility checks both compare every citation's, and passages are quoted often:
 * each excerpt is normalised once, and no key is built per citation.
 */
export function passagesOf(context: CheckContext): Passage[] {
  let list = passages.get(context);
  if (list === undefined) {
    const quotations = new Map<string, string>();
    const bySource = new Map<string, Map<string, Passage>>();
    list = citationsOf(context).map(({ citation: { source, excerpt } }) => {
      let quotation = quotations.get(excerpt);
      if (quotation === undefined) {
        quotation = normaliseQuotation(excerpt);
        quotations.set(excerpt, quotation);
      }
      let ofSource = bySource.get(source);
      if (ofSource === undefined) {
        ofSource = new Map();
        bySource.set(source, ofSource);
      }
      let passage = ofSource.get(quotation);
      if (passage === undefined) {
        passage = { source, quotation };
        ofSource.set(quotation, passage);
      }
      return passage;
    });
    passages.set(context, list);
  }
  return list;
}
