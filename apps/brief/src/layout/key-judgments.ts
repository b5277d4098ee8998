import { type Digest, fill } from "@bilat/core";
import type { Content } from "pdfmake/interfaces.js";
import { listTag, tagged } from "../structure/tags.js";
import { COLOURS } from "../styles.js";
import { citationMarks } from "./citations.js";
import { caption, paragraph, sectionHeading, withHeading } from "./headings.js";
import { outsideMarks } from "./outside-marks.js";

/**
 * Bottom line up front: each key judgment, then its likelihood (ICD 203 term and % range) and,
 * in a separate cell, its confidence, never in the same sentence. A shaded panel with a navy
 * edge sets the analyst's assessments apart from reported fact.
 */
export function keyJudgments(digest: Digest): Content[] {
  const { labels, lang } = digest;
  const heading = sectionHeading(labels.sections.keyJudgments, "section-key-judgments");
  if (digest.judgments.length === 0) return [heading, paragraph({ text: labels.phrases.none })];
  // One list, each judgment an item (its number the label), though each is its own panel.
  const list = listTag();
  const rows = digest.judgments.map((j, index): Content => {
    const grading: Content = {
      margin: [0, 4, 0, 0],
      columns: [
        paragraph({
          width: "auto",
          stack: [
            caption(labels.fields.likelihood, lang),
            { text: `${j.likelihood.text} (${j.likelihood.range})`, bold: true },
          ],
        }),
        paragraph({
          width: "auto",
          stack: [caption(labels.fields.confidence, lang), { text: j.confidence.text, bold: true }],
        }),
        ...(j.change === undefined
          ? []
          : [
              paragraph({
                width: "*",
                stack: [
                  caption(labels.edition.change, lang),
                  { text: j.change.text, bold: true, color: COLOURS.accent },
                ],
              }),
            ]),
      ],
      columnGap: 24,
    };
    const basis: Content[] =
      j.basis === undefined
        ? []
        : [
            paragraph({
              text: fill(labels.phrases.labelled, { label: labels.fields.basis, value: j.basis }),
              style: "small",
              italics: true,
              margin: [0, 3, 0, 0],
            }),
          ];
    return tagged(
      {
        columns: [
          tagged(
            { width: 16, text: `${index + 1}.`, bold: true, color: COLOURS.accent, fontSize: 11 },
            "Lbl",
          ),
          tagged(
            {
              width: "*",
              stack: [
                paragraph({
                  text: [
                    { text: j.statement, fontSize: 11 },
                    ...citationMarks(j.citations),
                    ...outsideMarks(j.outside),
                  ],
                }),
                grading,
                ...basis,
              ],
            },
            "LBody",
          ),
        ],
      } as Content,
      { type: "LI", parent: list },
    );
  });
  const last = rows.length - 1;
  const panels = rows.map(
    (row, index): Content => ({
      table: { widths: ["*"], dontBreakRows: true, body: [[row]] },
      layout: {
        fillColor: () => COLOURS.panel,
        hLineWidth: () => 0,
        vLineWidth: (i: number) => (i === 0 ? 3 : 0),
        vLineColor: () => COLOURS.panelEdge,
        paddingLeft: () => 12,
        paddingRight: () => 12,
        paddingTop: () => (index === 0 ? 10 : 5),
        paddingBottom: () => (index === last ? 10 : 5),
      },
    }),
  );
  return withHeading(heading, panels);
}
