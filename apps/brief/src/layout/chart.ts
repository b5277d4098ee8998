import { type Digest, describeEventsChart, languageModule } from "@bilat/core";
import type { Content } from "pdfmake/interfaces.js";
import { PILLAR_COLOURS, renderTimelineChartSvg } from "../figures/index.js";
import { tagged } from "../structure/tags.js";
import { CONTENT_WIDTH } from "../styles.js";
import { paragraph, sectionHeading } from "./headings.js";

/** Height of the chart with its legend: enough for the bars to read, short of a third of a page. */
const CHART_HEIGHT = 170;

/**
 * Events over time as bars stacked by pillar, in the pillar colours the section headings use;
 * events dated too coarsely to place on the axis are counted in a line below. In the structure
 * tree, a Figure whose alternate text gives the counts by year and pillar.
 */
export async function eventsChart(digest: Digest): Promise<Content[]> {
  const { labels, timeline } = digest;
  if (timeline.buckets.length === 0) return [];
  const svg = await renderTimelineChartSvg({
    buckets: timeline.buckets,
    pillarLabels: Object.fromEntries(digest.meta.pillars.map((p) => [p.pillar, p.label])),
    pillarColours: PILLAR_COLOURS,
    locale: languageModule(digest.lang).chart,
    width: CONTENT_WIDTH,
    height: CHART_HEIGHT,
  });
  const unplaced: Content[] =
    timeline.unplacedNote === undefined
      ? []
      : [paragraph({ text: timeline.unplacedNote, style: "small", margin: [0, 4, 0, 0] })];
  return [
    {
      unbreakable: true,
      stack: [
        sectionHeading(labels.sections.chart, "section-chart"),
        tagged(
          { svg, width: CONTENT_WIDTH, margin: [0, 6, 0, 0] },
          { type: "Figure", alt: describeEventsChart(digest) },
        ),
        ...unplaced,
      ],
    },
  ];
}
