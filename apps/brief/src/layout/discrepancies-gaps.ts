import { type Digest, type DigestDiscrepancy, fill, formatNumber } from "@bilat/core";
import type { Content } from "pdfmake/interfaces.js";
import { listTag, tagged } from "../structure/tags.js";
import { COLOURS } from "../styles.js";
import { citationMarks } from "./citations.js";
import { paragraph, sectionHeading, withHeading } from "./headings.js";

/** One disagreement: what is in doubt, then every reading with the sources that give it. */
function discrepancy(d: DigestDiscrepancy, digest: Digest): Content {
  const { labels } = digest;
  return tagged(
    {
      unbreakable: true,
      margin: [0, 0, 0, 8],
      table: {
        widths: ["*"],
        body: [
          [
            {
              stack: [
                paragraph({ text: d.subject, bold: true }),
                paragraph({ text: d.note, margin: [0, 1, 0, 3] }),
                tagged(
                  {
                    ul: d.claims.map((claim, i) => ({
                      text: [
                        {
                          text: fill(labels.phrases.labelled, {
                            label: `${labels.fields.claim} ${i + 1}`,
                            value: "",
                          }),
                          bold: true,
                        },
                        claim.statement,
                        ...citationMarks(claim.citations),
                      ],
                    })),
                    markerColor: COLOURS.disputed,
                  },
                  "L",
                ),
              ],
            },
          ],
        ],
      },
      layout: {
        hLineWidth: () => 0,
        vLineWidth: (i: number) => (i === 0 ? 2 : 0),
        vLineColor: () => COLOURS.disputed,
        paddingLeft: () => 10,
        paddingRight: () => 0,
        paddingTop: () => 2,
        paddingBottom: () => 2,
      },
    } as Content,
    "Div",
  );
}

/**
 * Where the sources disagree, each reading kept with its citations, never silently resolved:
 * the discrepancies the digest lists, then how many more the period holds.
 */
export function discrepancies(digest: Digest): Content[] {
  const { labels } = digest;
  const hidden = digest.meta.counts.discrepancies - digest.discrepancies.length;
  const more: Content[] =
    hidden <= 0
      ? []
      : [
          paragraph({
            text: fill(labels.phrases.more, { count: formatNumber(hidden, digest.lang) }),
            style: "small",
            italics: true,
          }),
        ];
  const blocks: Content[] =
    digest.discrepancies.length === 0
      ? [paragraph({ text: labels.phrases.none })]
      : [...digest.discrepancies.map((d) => discrepancy(d, digest)), ...more];
  return withHeading(
    sectionHeading(labels.sections.discrepancies, "section-discrepancies"),
    blocks,
  );
}

/** The intelligence gaps: what the sources leave unknown or weakly supported. */
export function intelligenceGaps(digest: Digest): Content[] {
  const { labels } = digest;
  // One list per gap, so that the heading can be kept with the first (one list when read).
  const gapList = listTag();
  const gaps: Content[] =
    digest.gaps.length === 0
      ? [paragraph({ text: labels.phrases.none })]
      : digest.gaps.map((g) =>
          tagged(
            {
              unbreakable: true,
              ul: [{ text: g, margin: [0, 0, 0, 2] }],
              markerColor: COLOURS.accent,
            } as Content,
            gapList,
          ),
        );
  return withHeading(sectionHeading(labels.sections.gaps, "section-gaps"), gaps);
}
