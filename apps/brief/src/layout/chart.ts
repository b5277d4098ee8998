import { type Digest, describeEventsChart } from "@bilat/core";
import { eventsChart as chartFigure } from "@bilat/figures";
import type { Content } from "pdfmake/interfaces.js";
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
export function eventsChart(digest: Digest): Content[] {
  const figure = chartFigure(digest, { width: CONTENT_WIDTH, height: CHART_HEIGHT }, 1, "embedded");
  if (figure === undefined) return [];
  const unplaced: Content[] =
    figure.note === undefined
      ? []
      : [paragraph({ text: figure.note, style: "small", margin: [0, 4, 0, 0] })];
  return [
    {
      unbreakable: true,
      stack: [
        sectionHeading(digest.labels.sections.chart, "section-chart"),
        tagged(
          { svg: figure.svg, width: CONTENT_WIDTH, margin: [0, 6, 0, 0] },
          { type: "Figure", alt: describeEventsChart(digest) },
        ),
        ...unplaced,
      ],
    },
  ];
}
