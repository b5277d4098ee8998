import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Source } from "../model/source.js";
import { remembered } from "../remembered.js";
import { type ClosestPassage, closestPassage, normaliseQuotation } from "./quotation.js";

/**
 * The archived text of every source of a load, normalised once when first needed, with the answer
 * for each excerpt already looked up: a dataset of 100,000 events quotes the same passages often.
 */
export class ArchiveIndex {
  private readonly texts = new Map<string, string | null>();
  /** Per source, per excerpt: no key is built per look-up, and the excerpts are shared strings. */
  private readonly answers = new Map<string, Map<string, boolean>>();

  constructor(
    private readonly dir: string,
    private readonly sources: ReadonlyMap<string, Source>,
  ) {}

  /** The normalised archive of a source; undefined when it names none or it cannot be read. */
  text(sourceId: string): string | undefined {
    const text = remembered(this.texts, sourceId, () => {
      const archive = this.sources.get(sourceId)?.archive;
      return archive === undefined ? null : readArchive(join(this.dir, archive));
    });
    return text ?? undefined;
  }

  /** Whether the excerpt, already normalised, stands verbatim in the source's archive. */
  contains(sourceId: string, quotation: string): boolean {
    const ofSource = remembered(this.answers, sourceId, () => new Map<string, boolean>());
    return remembered(ofSource, quotation, () => this.text(sourceId)?.includes(quotation) ?? false);
  }

  /** The passage of the archive nearest to an excerpt (already normalised) that is not in it. */
  closest(sourceId: string, quotation: string): ClosestPassage | undefined {
    const text = this.text(sourceId);
    return text === undefined ? undefined : closestPassage(text, quotation);
  }
}

function readArchive(path: string): string | null {
  try {
    return normaliseQuotation(readFileSync(path, "utf8"));
  } catch {
    // A missing or unreadable archive is reported by the archive check, once, on its source.
    return null;
  }
}
