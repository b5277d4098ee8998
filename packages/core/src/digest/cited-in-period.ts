import type { Source } from "../model/source.js";
import type { DigestContext } from "./digest-context.js";
import type { PeriodDispute } from "./digest-discrepancies.js";
import type { selectPeriod } from "./select-period.js";

/**
 * The sources the period's records cite, whether or not an output shows them: what "sources" counts
 * in a document's figures and what the intelligence gaps judge. One pass over the citations.
 */
export function citedInPeriod(
  ctx: DigestContext,
  selected: ReturnType<typeof selectPeriod>,
  disputes: readonly PeriodDispute[],
): Source[] {
  const ids = new Set<string>();
  const add = (citations: readonly { source: string }[]) => {
    for (const c of citations) ids.add(c.source);
  };
  for (const j of selected.judgments) for (const id of j.evidence) add(ctx.citationsOf(id));
  for (const records of [selected.indicators, selected.events, selected.agreements]) {
    for (const r of records) add(r.citations);
  }
  for (const d of disputes) for (const claim of d.dispute.claims) add(claim.citations);
  return ctx.dataset.sources.filter((s) => ids.has(s.id));
}
