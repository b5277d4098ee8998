import type { Digest } from "@bilat/core";
import type { Content } from "pdfmake/interfaces.js";
import { sectionHeading } from "./headings.js";

/** The chart of events over time by pillar. */
export async function eventsChart(digest: Digest): Promise<Content[]> {
  if (digest.timeline.periods.length === 0) return [];
  return [sectionHeading(digest.labels.sections.chart, "section-chart")];
}
