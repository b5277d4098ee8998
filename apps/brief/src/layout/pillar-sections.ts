import { type Digest, type DigestEvent, type DigestPillar, fill, formatNumber } from "@bilat/core";
import { PILLAR_COLOURS } from "@bilat/figures";
import type { Content } from "pdfmake/interfaces.js";
import { listTag, type StructureTag, tagged } from "../structure/tags.js";
import { COLOURS } from "../styles.js";
import { citationMarks } from "./citations.js";
import { paragraph, sectionHeading, subHeading, withHeading } from "./headings.js";
import { outsideMarks } from "./outside-marks.js";
import { trendLine } from "./trends.js";

const SECTION_ID = "section-developments";
const DATE_WIDTH = 82;

/**
 * One dated development: the date in a margin column (with a "disputed" flag under it when the
 * sources disagree on something about it), then headline, summary and citations: an item of its
 * pillar's list, the date its label.
 */
function development(event: DigestEvent, digest: Digest, list: StructureTag): Content {
  const disputed: Content[] = event.disputed
    ? [{ text: digest.labels.phrases.disputed, style: "disputed" }]
    : [];
  return tagged(
    {
      unbreakable: true,
      margin: [0, 0, 0, 6],
      columns: [
        tagged(
          {
            width: DATE_WIDTH,
            stack: [{ text: event.date.text, style: "date" }, ...disputed],
            margin: [0, 1, 0, 0],
          },
          "Lbl",
        ),
        tagged(
          {
            width: "*",
            text: [
              { text: `${event.title}${/[.!?…]$/.test(event.title) ? "" : "."} `, bold: true },
              event.summary,
              ...citationMarks(event.citations),
              ...outsideMarks(event.outside),
            ],
          },
          "LBody",
        ),
      ],
      columnGap: 10,
    } as Content,
    { type: "LI", parent: list },
  );
}

/** "and 4 more (see the full report)" when the brief shows only the latest developments. */
function moreLine(pillar: DigestPillar, digest: Digest): Content[] {
  const hidden = pillar.total - pillar.developments.length;
  if (hidden <= 0) return [];
  return [
    paragraph({
      text: fill(digest.labels.phrases.more, { count: formatNumber(hidden, digest.lang) }),
      style: "small",
      italics: true,
      margin: [DATE_WIDTH + 10, 0, 0, 0],
    }),
  ];
}

/**
 * A section per pillar: its heading, the one-sentence summary that opens it, then its dated
 * developments, oldest first. The heading, summary and first development are kept on one page.
 */
export function pillarSections(digest: Digest): Content[] {
  const { labels } = digest;
  const heading = sectionHeading(labels.sections.developments, SECTION_ID);
  if (digest.pillars.length === 0)
    return [heading, paragraph({ text: labels.phrases.noDevelopments })];
  return withHeading(
    heading,
    digest.pillars.flatMap((pillar): Content[] => {
      const list = listTag();
      const [first, ...rest] = pillar.developments.map((e) => development(e, digest, list));
      return [
        {
          unbreakable: true,
          stack: [
            {
              columns: [
                // The pillar's colour in the chart, as a key between the two.
                {
                  width: 12,
                  canvas: [
                    {
                      type: "rect",
                      x: 0,
                      y: 13,
                      w: 8,
                      h: 8,
                      color: PILLAR_COLOURS[pillar.pillar],
                    },
                  ],
                },
                {
                  width: "*",
                  stack: [subHeading(pillar.label, `pillar-${pillar.pillar}`, SECTION_ID)],
                },
              ],
            },
            ...(pillar.trend === undefined
              ? []
              : [paragraph(trendLine(pillar.trend, digest, false))]),
            paragraph({
              text: [pillar.summary, ...outsideMarks(pillar.outside)],
              style: "lead",
              margin: [0, 0, 0, 6],
              color: COLOURS.ink,
            }),
            ...(first === undefined ? [] : [first]),
          ],
        },
        ...rest,
        ...moreLine(pillar, digest),
      ];
    }),
  );
}
