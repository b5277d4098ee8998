import type { Agreement } from "../model/agreement.js";
import type { Dispute } from "../model/dispute.js";
import type { Event } from "../model/event.js";
import type { Indicator } from "../model/indicator.js";
import type { DigestContext } from "./digest-context.js";
import type { DigestDiscrepancy } from "./digest-types.js";

/**
 * Every dispute of the period, each reading with its citations: on the sources cited in the
 * period (an ambiguous publication date), then on its events, agreements and figures.
 */
export function digestDiscrepancies(
  ctx: DigestContext,
  events: readonly Event[],
  agreements: readonly Agreement[],
  indicators: readonly Indicator[],
): DigestDiscrepancy[] {
  const cited = new Set(
    [...events, ...agreements, ...indicators].flatMap((r) => r.citations.map((c) => c.source)),
  );
  const disputed: { recordId: string; subject: string; disputes: readonly Dispute[] }[] = [
    ...ctx.dataset.sources
      .filter((s) => cited.has(s.id))
      .map((s) => ({ recordId: s.id, subject: ctx.nameOf(s.id), disputes: s.disputes ?? [] })),
    ...events.map((e) => ({
      recordId: e.id,
      subject: ctx.text(e.title),
      disputes: e.disputes ?? [],
    })),
    ...agreements.map((a) => ({
      recordId: a.id,
      subject: ctx.text(a.title),
      disputes: a.disputes ?? [],
    })),
    ...indicators.map((i) => ({
      recordId: i.id,
      subject: ctx.text(i.name),
      disputes: i.disputes ?? [],
    })),
  ];
  return disputed.flatMap(({ recordId, subject, disputes }) =>
    disputes.map((d) => ({
      recordId,
      subject,
      field: d.field,
      note: ctx.text(d.note),
      claims: d.claims.map((c) => ({
        statement: ctx.text(c.statement),
        citations: ctx.notes.cite(c.citations),
      })),
    })),
  );
}
