import { formatPercent } from "../i18n/format-number.js";
import { localizeOptional } from "../i18n/localize.js";
import type { Judgment } from "../model/judgment.js";
import { LIKELIHOOD_RANGES } from "../model/likelihood.js";
import type { DigestContext } from "./digest-context.js";
import { digestOutside } from "./digest-outside.js";
import type { DigestCitation, DigestJudgment } from "./digest-types.js";

/** A key judgment with its likelihood (and ICD 203 range), its confidence, and its evidence's sources. */
export function digestJudgment(ctx: DigestContext, j: Judgment): DigestJudgment {
  const [low, high] = LIKELIHOOD_RANGES[j.likelihood];
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
  };
}

/** One reference per source: a judgment may rest on many records citing the same source. */
function dedupeNotes(citations: DigestCitation[]): DigestCitation[] {
  const seen = new Set<number>();
  return citations
    .filter((c) => (seen.has(c.note) ? false : (seen.add(c.note), true)))
    .sort((a, b) => a.note - b.note);
}
