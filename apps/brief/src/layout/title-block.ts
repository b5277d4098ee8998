import type { Digest } from "@bilat/core";
import type { Content } from "pdfmake/interfaces.js";
import { tagged } from "../structure/tags.js";
import { COLOURS } from "../styles.js";
import { tlpMarking } from "./header-footer.js";
import { caption, paragraph } from "./headings.js";

/**
 * The first lines of the note: what it is, its title (the document's H1), then the country
 * pair, the period, the information cut-off and the TLP label in a ruled strip, as briefing
 * notes set them under the title. The strip is a table of names over values; its TLP label is
 * the one a screen reader announces (the running heads and feet are artifacts).
 */
export function titleBlock(digest: Digest): Content {
  const { labels, meta, lang } = digest;
  const facts: [string, Content][] = [
    [labels.document.pair, { text: meta.pair, bold: true }],
    [labels.document.period, { text: meta.period.text, bold: true }],
    [labels.document.cutoff, { text: meta.cutoff.text, bold: true }],
    [labels.document.generated, { text: meta.generated.text, bold: true }],
    // "TLP" is the label's own name, the same in every language.
    ["TLP", tlpMarking(digest)],
  ];
  const last = facts.length - 1;
  const edition = [meta.edition.dataCommit, meta.edition.comparedWith].filter(
    (line): line is string => line !== undefined,
  );
  return {
    stack: [
      paragraph({ text: labels.document.briefTitle.toLocaleUpperCase(lang), style: "kicker" }),
      tagged({ text: meta.title, style: "title", margin: [0, 4, 0, 10] }, "H1"),
      tagged(
        {
          table: {
            widths: [...facts.slice(0, last).map(() => "auto"), "*"],
            body: [
              facts.map(([name]) => tagged(caption(name, lang), { type: "TH", scope: "Column" })),
              facts.map(([, value]) => tagged({ stack: [value], margin: [0, 1, 0, 0] }, "TD")),
            ],
          },
          layout: {
            hLineWidth: (i: number) => (i === 0 ? 1.5 : i === 1 ? 0 : 0.5),
            hLineColor: (i: number) => (i === 0 ? COLOURS.accent : COLOURS.rule),
            vLineWidth: () => 0,
            paddingLeft: (i: number) => (i === 0 ? 0 : 14),
            paddingRight: () => 14,
            paddingTop: (i: number) => (i === 0 ? 6 : 0),
            paddingBottom: (i: number) => (i === 0 ? 0 : 6),
          },
        } as Content,
        "Table",
      ),
      // Marks on the dataset's own description (its title, its gaps…), under the strip.
      ...meta.outside.map((m) =>
        paragraph({ text: `[${m.text}]`, style: "outside", margin: [0, 4, 0, 0] }),
      ),
      ...(edition.length === 0
        ? []
        : [
            paragraph({
              text: edition.join(" · "),
              style: "small",
              color: COLOURS.muted,
              margin: [0, 4, 0, 0],
            }),
          ]),
    ],
  };
}
