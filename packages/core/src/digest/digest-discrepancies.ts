import type { Agreement } from "../model/agreement.js";
import type { Dispute } from "../model/dispute.js";
import type { Event } from "../model/event.js";
import type { Indicator } from "../model/indicator.js";
import type { DigestContext } from "./digest-context.js";
import type { DigestDiscrepancy } from "./digest-types.js";

/** A dispute of the period and the record it is about, before it is worded and cited. */
export interface PeriodDispute {
  recordId: string;
  /** What a reader calls the record: the dispute's subject. */
  subject: () => string;
  dispute: Dispute;
}

/**
 * Every dispute of the period, in the order the outputs list them: on the sources cited in the
 * period (an ambiguous publication date), then on its events, agreements and figures.
 */
export function periodDisputes(
  ctx: DigestContext,
  events: readonly Event[],
  agreements: readonly Agreement[],
  indicators: readonly Indicator[],
): PeriodDispute[] {
  const cited = new Set<string>();
  for (const records of [events, agreements, indicators]) {
    for (const record of records) for (const c of record.citations) cited.add(c.source);
  }
  const disputes: PeriodDispute[] = [];
  const add = (recordId: string, subject: () => string, list: readonly Dispute[] | undefined) => {
    for (const dispute of list ?? []) disputes.push({ recordId, subject, dispute });
  };
  for (const s of ctx.dataset.sources) {
    if (cited.has(s.id)) add(s.id, () => ctx.nameOf(s.id), s.disputes);
  }
  for (const e of events) add(e.id, () => ctx.text(e.title), e.disputes);
  for (const a of agreements) add(a.id, () => ctx.text(a.title), a.disputes);
  for (const i of indicators) add(i.id, () => ctx.text(i.name), i.disputes);
  return disputes;
}

/** One dispute as the outputs show it: what is in doubt, then every reading with its citations. */
export function digestDiscrepancy(ctx: DigestContext, d: PeriodDispute): DigestDiscrepancy {
  return {
    recordId: d.recordId,
    subject: d.subject(),
    field: d.dispute.field,
    note: ctx.text(d.dispute.note),
    claims: d.dispute.claims.map((c) => ({
      statement: ctx.text(c.statement),
      citations: ctx.notes.cite(c.citations),
    })),
  };
}
