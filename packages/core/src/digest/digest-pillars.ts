import { formatDatePhrase } from "../i18n/format-date.js";
import { formatNumber } from "../i18n/format-number.js";
import { fill } from "../i18n/labels.js";
import type { Event } from "../model/event.js";
import { leadingDate } from "../model/partial-date.js";
import type { Pillar } from "../model/pillar.js";
import type { DigestContext } from "./digest-context.js";
import type { DigestTrend } from "./digest-edition-types.js";
import { digestOutside, within } from "./digest-outside.js";
import { digestEvent } from "./digest-record.js";
import type { DigestPillar } from "./digest-types.js";

/**
 * One section per pillar that has developments: the analyst's assessment from dataset.yaml as
 * its opening sentence (or one generated from the events), then the latest developments.
 */
export function digestPillars(
  ctx: DigestContext,
  events: readonly Event[],
  pillars: readonly Pillar[],
  maxDevelopments: number | undefined,
  trends: readonly DigestTrend[] = [],
): DigestPillar[] {
  const { labels, lang } = ctx;
  // Each pillar's events in one pass over the period's, in their order.
  const byPillar = new Map<Pillar, Event[]>(pillars.map((p) => [p, []]));
  for (const e of events) {
    for (const p of e.pillars) {
      const list = byPillar.get(p);
      // A pillar named twice on one event still lists the event once.
      if (list !== undefined && list.at(-1) !== e) list.push(e);
    }
  }
  return pillars.flatMap((pillar) => {
    const all = byPillar.get(pillar) as Event[];
    if (all.length === 0) return [];
    const shown = maxDevelopments === undefined ? all : all.slice(-maxDevelopments);
    const latest = all.at(-1) as Event;
    const assessment = ctx.dataset.info.assessments?.[pillar];
    const summary = assessment
      ? ctx.text(assessment)
      : all.length === 1
        ? fill(labels.phrases.pillarSummaryOne, {
            when: formatDatePhrase(latest.date, lang),
            title: ctx.text(latest.title),
          })
        : fill(labels.phrases.pillarSummary, {
            count: formatNumber(all.length, lang),
            period: formatDatePhrase(
              { from: leadingDate((all[0] as Event).date), to: leadingDate(latest.date) },
              lang,
            ),
            when: formatDatePhrase(latest.date, lang),
            title: ctx.text(latest.title),
          });
    const developments = shown.map((e) => digestEvent(ctx, e));
    // Marks on this pillar's assessment in dataset.yaml, when the assessment is what opens it.
    const outside = assessment
      ? digestOutside(ctx, ctx.dataset.info.outsideInformation, within(`assessments.${pillar}`))
      : [];
    const trend = trends.find((t) => t.pillar === pillar);
    return [
      {
        pillar,
        label: labels.pillars[pillar],
        trend,
        summary,
        developments,
        total: all.length,
        outside,
      },
    ];
  });
}
