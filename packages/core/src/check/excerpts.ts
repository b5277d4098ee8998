import type { UnplacedProblem } from "../load/problem.js";
import { ArchiveIndex } from "./archive-index.js";
import { type Check, recordProblem } from "./check-context.js";
import { citationsOf, type Passage, passagesOf, sourcesOf } from "./citations.js";

/** Longest passage quoted back in a message; a longer one is cut in its middle. */
const MAX_SHOWN = 400;

const shown = (passage: string) =>
  passage.length <= MAX_SHOWN
    ? passage
    : `${passage.slice(0, MAX_SHOWN / 2)} … ${passage.slice(-MAX_SHOWN / 2)}`;

/**
 * Every excerpt stands verbatim in its source's archived text (white space and Unicode
 * normalisation aside), so no quotation in an output is misquoted. On a miss the message gives the
 * archive's closest passage, so the fix is one edit. A source with no archive cannot be checked:
 * a warning, which `--strict` makes a failure.
 */
export const checkExcerpts: Check = (context) => {
  const problems: UnplacedProblem[] = [];
  const sources = sourcesOf(context);
  const archives = new ArchiveIndex(context.dir, sources);
  const unchecked = new Map<string, number>();
  const passages = passagesOf(context);
  for (const [i, { origin, path, citation }] of citationsOf(context).entries()) {
    const source = sources.get(citation.source);
    // An unknown source is a dangling reference, reported by the reference check.
    if (source === undefined) continue;
    if (source.archive === undefined) {
      unchecked.set(source.id, (unchecked.get(source.id) ?? 0) + 1);
      continue;
    }
    // An archive that cannot be read is reported once, on its source, by the archive check.
    if (archives.text(source.id) === undefined) continue;
    const quotation = (passages[i] as Passage).quotation;
    if (archives.contains(source.id, quotation)) continue;
    const closest = archives.closest(source.id, quotation);
    problems.push(
      recordProblem(origin, [...path, "excerpt"], {
        code: "excerpt-not-in-archive",
        severity: "error",
        source: source.id,
        archive: source.archive,
        ...(closest && { closest: shown(closest.passage) }),
      }),
    );
  }
  const origins = new Map(
    context.records.filter((r) => r.kind === "source").map((r) => [r.record.id, r.origin]),
  );
  for (const [id, count] of unchecked) {
    const at = origins.get(id);
    if (!at) continue;
    problems.push(
      recordProblem(at, ["id"], {
        code: "source-without-archive",
        severity: "warning",
        source: id,
        quotations: count,
      }),
    );
  }
  return problems;
};
