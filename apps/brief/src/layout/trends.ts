import type { Digest, DigestTrend } from "@bilat/core";
import type { Content } from "pdfmake/interfaces.js";
import { citationMarks } from "./citations.js";

/** Arrow colours, each 4.5:1 or more on white (WCAG 2.2 AA for text). */
const TREND_COLOURS: Record<DigestTrend["direction"], string> = {
  deteriorated: "#A4262C",
  improved: "#1E6B36",
  unchanged: "#4F5861",
};

/**
 * A pillar's trend in one line: the arrow, "Deteriorated in February 2025", the alert when
 * there is one, then its reason, marked as the analyst's judgment when it is.
 */
export function trendLine(trend: DigestTrend, digest: Digest, withPillar: boolean): Content {
  const colour = TREND_COLOURS[trend.direction];
  const label = withPillar ? trend.labelled : trend.text;
  const alert =
    trend.alert === undefined
      ? []
      : [{ text: ` · ${trend.alert.text}`, bold: true, color: colour }];
  const judgment = trend.analystJudgment
    ? [{ text: ` (${digest.labels.trends.analystJudgment})`, italics: true }]
    : [];
  return {
    text: [
      { text: `${trend.arrow} `, bold: true, color: colour },
      { text: label, bold: true, color: colour },
      ...alert,
      { text: ` — ${trend.reason}` },
      ...judgment,
      ...citationMarks(trend.citations),
    ],
    margin: [0, 0, 0, 3],
  } as Content;
}
