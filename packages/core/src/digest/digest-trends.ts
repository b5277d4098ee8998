import { formatDate, formatDatePhrase } from "../i18n/format-date.js";
import { fill } from "../i18n/labels.js";
import { dateBounds, type PartialDate } from "../model/partial-date.js";
import type { Pillar } from "../model/pillar.js";
import type { Trend, TrendDirection } from "../model/trend.js";
import { overlapsPeriod } from "../query/event-filter.js";
import type { DigestContext } from "./digest-context.js";
import type { DigestTrend } from "./digest-edition-types.js";

/**
 * CrisisWatch-style marks: "+" improved, "-" deteriorated, "=" unchanged (the brief's fonts have
 * no arrows).
 */
const ARROWS: Record<TrendDirection, string> = { improved: "+", deteriorated: "-", unchanged: "=" };

/**
 * Each pillar's trend for the period: the recorded trend of that pillar whose period overlaps
 * the digest's and ends last. A pillar without one gets none: nothing is invented.
 */
export function digestTrends(
  ctx: DigestContext,
  pillars: readonly Pillar[],
  from: PartialDate,
  to: PartialDate,
): DigestTrend[] {
  const { labels, lang } = ctx;
  return pillars.flatMap((pillar) => {
    const candidates = ctx.dataset.trends
      .filter((t) => t.pillar === pillar && overlapsPeriod(t.period, from, to))
      .sort((a, b) => (dateBounds(a.period).end < dateBounds(b.period).end ? -1 : 1));
    const trend = candidates.at(-1) as Trend | undefined;
    if (trend === undefined) return [];
    const direction = labels.trends.directions[trend.trend];
    const text = fill(labels.trends.over, {
      direction,
      period: formatDate(trend.period, lang),
      phrase: formatDatePhrase(trend.period, lang),
    });
    return [
      {
        pillar,
        pillarLabel: labels.pillars[pillar],
        direction: trend.trend,
        arrow: ARROWS[trend.trend],
        text,
        labelled: fill(labels.phrases.labelled, { label: labels.pillars[pillar], value: text }),
        alert:
          trend.alert === undefined
            ? undefined
            : { code: trend.alert, text: labels.trends.alerts[trend.alert] },
        reason: ctx.text(trend.reason),
        analystJudgment: trend.analystJudgment,
        citations: ctx.notes.cite(trend.citations ?? []),
      },
    ];
  });
}
