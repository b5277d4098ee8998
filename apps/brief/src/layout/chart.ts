import { type Digest, fill, formatNumber } from "@bilat/core";
import type { Content } from "pdfmake/interfaces.js";
import { PILLAR_COLOURS, renderTimelineChartSvg } from "../figures/index.js";
import { CONTENT_WIDTH } from "../styles.js";
import { sectionHeading } from "./headings.js";

/** Height of the chart with its legend: enough for the bars to read, short of a third of a page. */
const CHART_HEIGHT = 170;

/**
 * Events over time as bars stacked by pillar, in the pillar colours the section headings use;
 * events dated too coarsely to place on the axis are counted in a line below.
 */
export async function eventsChart(digest: Digest): Promise<Content[]> {
  const { labels, timeline } = digest;
  if (timeline.buckets.length === 0) return [];
  const svg = await renderTimelineChartSvg({
    buckets: timeline.buckets,
    pillarLabels: Object.fromEntries(digest.meta.pillars.map((p) => [p.pillar, p.label])),
    pillarColours: PILLAR_COLOURS,
    locale: digest.lang,
    width: CONTENT_WIDTH,
    height: CHART_HEIGHT,
  });
  const unplaced: Content[] =
    timeline.unplacedNote === undefined
      ? []
      : [{ text: timeline.unplacedNote, style: "small", margin: [0, 4, 0, 0] }];
  return [
    {
      unbreakable: true,
      stack: [
        sectionHeading(labels.sections.chart, "section-chart"),
        { svg, width: CONTENT_WIDTH, margin: [0, 6, 0, 0] },
        ...unplaced,
      ],
    },
  ];
}
