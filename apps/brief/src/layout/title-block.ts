import type { Digest } from "@bilat/core";
import type { Content } from "pdfmake/interfaces.js";
import { COLOURS } from "../styles.js";
import { caption } from "./headings.js";

/**
 * The first lines of the note: what it is, its title, then the country pair, the period and the
 * information cut-off in a ruled strip, as briefing notes set them under the title.
 */
export function titleBlock(digest: Digest): Content {
  const { labels, meta, lang } = digest;
  const facts: [string, string][] = [
    [labels.document.pair, meta.pair],
    [labels.document.period, meta.period.text],
    [labels.document.cutoff, meta.cutoff.text],
    [labels.document.generated, meta.generated.text],
  ];
  return {
    stack: [
      { text: labels.document.briefTitle.toLocaleUpperCase(lang), style: "kicker" },
      { text: meta.title, style: "title", margin: [0, 4, 0, 10] },
      {
        table: {
          widths: ["auto", "auto", "auto", "*"],
          body: [
            facts.map(([name, value]) => ({
              stack: [caption(name, lang), { text: value, bold: true, margin: [0, 1, 0, 0] }],
            })),
          ],
        },
        layout: {
          hLineWidth: (i: number) => (i === 0 ? 1.5 : 0.5),
          hLineColor: (i: number) => (i === 0 ? COLOURS.accent : COLOURS.rule),
          vLineWidth: () => 0,
          paddingLeft: (i: number) => (i === 0 ? 0 : 14),
          paddingRight: () => 14,
          paddingTop: () => 6,
          paddingBottom: () => 6,
        },
      },
    ],
  };
}
