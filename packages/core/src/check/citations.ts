import type { RecordOrigin } from "../dataset.js";
import type { Citation } from "../model/citation.js";
import type { Source } from "../model/source.js";
import { remembered } from "../remembered.js";
import { type CheckContext, INFO_ORIGIN, recordsAndInfo } from "./check-context.js";
import { normaliseQuotation } from "./quotation.js";
import { eachVisit, type Path } from "./walk.js";

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

/**
 * The citations inside one record, in document order, appended to `into`: every object whose
 * parent stands under a `citations` key and that has a text excerpt.
 */
export function gatherCitations(
  record: unknown,
  origin: RecordOrigin,
  into: FoundCitation[],
): void {
  eachVisit(record, (visit) => {
    if (visit.parentKey === "citations" && typeof (visit.node as Citation).excerpt === "string")
      into.push({ origin, path: visit.path, citation: visit.node as Citation });
  });
}

/**
 * The quotation of each citation (`normaliseQuotation` of its excerpt), or null where it is the
 * excerpt itself: found where the file is parsed, so that the thread that gathers every file
 * only interns them, and an unchanged excerpt is not sent twice.
 */
export function quotationsOf(citations: readonly FoundCitation[]): (string | null)[] {
  return citations.map(({ citation }) => {
    const quotation = normaliseQuotation(citation.excerpt);
    return quotation === citation.excerpt ? null : quotation;
  });
}

/** Every citation of every valid record and of the dataset's description, in document order. */
export function citationsOf(context: CheckContext): FoundCitation[] {
  return remembered(found, context, () => {
    const list: FoundCitation[] = [];
    for (const { record, origin } of recordsAndInfo(context)) gatherCitations(record, origin, list);
    return list;
  });
}

/** The valid sources, by id. */
export function sourcesOf(context: CheckContext): Map<string, Source> {
  return remembered(sources, context, () => {
    const map = new Map<string, Source>();
    for (const { kind, record } of context.records)
      if (kind === "source") map.set(record.id, record as Source);
    return map;
  });
}

/** One passage of one source: the excerpt normalised, as it is compared with the archive. */
export interface Passage {
  source: string;
  quotation: string;
}

/** The passages of a load: one object per source and normalised excerpt. */
class PassageIndex {
  private readonly quotations = new Map<string, string>();
  private readonly bySource = new Map<string, Map<string, Passage>>();

  of({ source, excerpt }: Citation): Passage {
    return this.interned(
      source,
      remembered(this.quotations, excerpt, () => normaliseQuotation(excerpt)),
    );
  }

  /** The passage of a source's quotation already normalised. */
  interned(source: string, quotation: string): Passage {
    const ofSource = remembered(this.bySource, source, () => new Map<string, Passage>());
    return remembered(ofSource, quotation, () => ({ source, quotation }));
  }
}

/**
 * For each citation of `citationsOf`, at the same index, the passage it quotes: citations of one
 * passage (the same excerpt once normalised) share one object. Found once per load, since the
 * excerpt and credibility checks both compare every citation's, and passages are quoted often:
 * each excerpt is normalised once, and no key is built per citation.
 */
export function passagesOf(context: CheckContext): Passage[] {
  return remembered(passages, context, () => {
    const index = new PassageIndex();
    return citationsOf(context).map(({ citation }) => index.of(citation));
  });
}

/**
 * What `citationsOf` and `passagesOf` find, gathered file by file while the loader waits for
 * files still being parsed, so that the checks, which can only start once every file is in, find
 * it done. Each file's citations and quotations come found (see `loadFile`): only the passages
 * are interned here. Files are added in the order of the check context's records, then it is
 * handed over.
 */
export class CitationGathering {
  private readonly found: FoundCitation[] = [];
  private readonly passages: Passage[] = [];
  private readonly index = new PassageIndex();

  /** The citations of a file's valid records, with `quotationsOf` them. */
  add(citations: readonly FoundCitation[], quotations: readonly (string | null)[]): void {
    for (const [i, found] of citations.entries()) {
      this.found.push(found);
      const { source, excerpt } = found.citation;
      this.passages.push(this.index.interned(source, quotations[i] ?? excerpt));
    }
  }

  /** Gives a context, whose records are exactly those added and in that order, what was found. */
  handOver(context: CheckContext): void {
    if (context.info) {
      const citations: FoundCitation[] = [];
      gatherCitations(context.info, INFO_ORIGIN, citations);
      this.add(citations, quotationsOf(citations));
    }
    found.set(context, this.found);
    passages.set(context, this.passages);
  }
}
