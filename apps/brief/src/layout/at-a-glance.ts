import { type Digest, type DigestFigure, formatNumber } from "@bilat/core";
import type { Content } from "pdfmake/interfaces.js";
import { type StructureTag, tableTag, tagged } from "../structure/tags.js";
import { COLOURS } from "../styles.js";
import { citationMarks } from "./citations.js";
import { caption, paragraph, sectionHeading, withHeading } from "./headings.js";
import { outsideMarks } from "./outside-marks.js";
import { trendLine } from "./trends.js";

/** Figures per row: wide enough for "1,404.5 billion CFA francs" at figure size. */
const PER_ROW = 3;

/** Cards in a row, a rule under each row; rows are separate tables so a page breaks between. */
const cardLayout = {
  hLineWidth: (i: number) => (i === 0 ? 0 : 0.5),
  hLineColor: () => COLOURS.rule,
  vLineWidth: () => 0,
  paddingLeft: (i: number) => (i === 0 ? 0 : 10),
  paddingRight: () => 10,
  paddingTop: () => 6,
  paddingBottom: () => 8,
};

function figureCard(figure: DigestFigure, digest: Digest): Content {
  const context = [figure.period, figure.scope].filter(Boolean).join(" · ");
  const disputed: Content[] = figure.disputed
    ? [{ text: ` ${digest.labels.phrases.disputed}`, style: "disputed" }]
    : [];
  return tagged(
    {
      stack: [
        { text: figure.value, style: "figureValue" },
        { text: [{ text: figure.name, bold: true }, ...disputed], margin: [0, 3, 0, 0] },
        {
          text: [context, ...citationMarks(figure.citations), ...outsideMarks(figure.outside)],
          style: "small",
          margin: [0, 1, 0, 0],
        },
      ],
    },
    "TD",
  );
}

/** Rows of equal cells, the last padded with empty ones so every column keeps its width. */
function grid(cells: Content[], perRow: number): Content[][] {
  const rows: Content[][] = [];
  for (let i = 0; i < cells.length; i += perRow) {
    const row = cells.slice(i, i + perRow);
    while (row.length < perRow) row.push(tagged({ text: "" }, "TD"));
    rows.push(row);
  }
  return rows;
}

/**
 * "At a glance": the key figures as cards (value, what it measures, period and scope, sources),
 * then how much the note rests on: events, agreements and sources in the period. One table in
 * the structure tree (a row of cards per row), though each row is laid out on its own.
 */
export function atAGlance(digest: Digest): Content[] {
  const { labels, meta, lang } = digest;
  const cards = digest.keyFigures.map((f) => figureCard(f, digest));
  const counts: [string, number][] = [
    [labels.fields.events, meta.counts.events],
    [labels.sections.agreements, meta.counts.agreements],
    [labels.fields.sources, meta.counts.sources],
  ];
  const table = tableTag();
  const row: StructureTag = { type: "TR", parent: table };
  const figures: Content[] =
    cards.length === 0
      ? [paragraph({ text: labels.phrases.none })]
      : grid(cards, PER_ROW).map((cells) =>
          tagged(
            {
              table: { widths: Array(PER_ROW).fill("*"), dontBreakRows: true, body: [cells] },
              layout: cardLayout,
            } as Content,
            { ...row },
          ),
        );
  return withHeading(sectionHeading(labels.sections.atAGlance, "section-at-a-glance"), [
    ...figures,
    tagged(
      {
        margin: [0, 6, 0, 0],
        unbreakable: true,
        columns: counts.map(([name, count]) =>
          tagged(
            {
              width: "auto",
              stack: [
                caption(name, lang),
                { text: formatNumber(count, lang), bold: true, fontSize: 12 },
              ],
            },
            "TD",
          ),
        ),
        columnGap: 28,
      } as Content,
      { ...row },
    ),
    // CrisisWatch-style: each pillar's trend where the analyst recorded one, nothing otherwise.
    ...digest.trends.map((t) =>
      paragraph({ ...(trendLine(t, digest, true) as object), margin: [0, 6, 0, 0] } as Content),
    ),
  ]);
}
