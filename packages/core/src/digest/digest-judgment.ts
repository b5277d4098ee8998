import { formatPercent } from "../i18n/format-number.js";
import { localizeOptional } from "../i18n/localize.js";
import type { Judgment } from "../model/judgment.js";
import { LIKELIHOOD_RANGES } from "../model/likelihood.js";
import { judgmentChangeText } from "./digest-changes.js";
import type { DigestContext } from "./digest-context.js";
import type { EditionComparison } from "./digest-edition-types.js";
import { digestOutside } from "./digest-outside.js";
import type { DigestCitation, DigestJudgment } from "./digest-types.js";

/** A key judgment with its likelihood (and ICD 203 range), its confidence, and its evidence's sources. */
export function digestJudgment(
  ctx: DigestContext,
  j: Judgment,
  since?: EditionComparison,
): DigestJudgment {
  const [low, high] = LIKELIHOOD_RANGES[j.likelihood];
  const change = since?.changes.judgments.find((c) => c.id === j.id);
  return {
    id: j.id,
    statement: ctx.text(j.statement),
    likelihood: {
      term: j.likelihood,
      text: ctx.labels.likelihood[j.likelihood],
      range: formatPercent(`${low}–${high}`, ctx.lang),
    },
    confidence: { level: j.confidence, text: ctx.labels.confidence[j.confidence] },
    basis: localizeOptional(j.basis, ctx.lang),
    evidence: j.evidence.map((id) => ({ id, title: ctx.nameOf(id) })),
    citations: dedupeNotes(ctx.notes.cite(j.evidence.flatMap(ctx.citationsOf))),
    outside: digestOutside(ctx, j.outsideInformation),
    change:
      change === undefined || change.change === "withdrawn"
        ? undefined
        : { kind: change.change, text: judgmentChangeText(ctx, change) },
  };
}

/**
 * One reference per source and grade: a judgment may rest on many records citing the same source,
 * and each citation keeps its own grade (a source cited as C1 and as C2 shows both, never only
 * the better one).
 */
function dedupeNotes(citations: DigestCitation[]): DigestCitation[] {
  const seen = new Set<string>();
  return citations
    .filter((c) => {
      const key = `${c.note} ${c.grade}`;
      return seen.has(key) ? false : (seen.add(key), true);
    })
    .sort((a, b) => a.note - b.note || (a.grade < b.grade ? -1 : a.grade > b.grade ? 1 : 0));
}
