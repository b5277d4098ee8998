import { type Digest, type DigestSource, fill } from "@bilat/core";
import type { Content } from "pdfmake/interfaces.js";
import { listTag, type StructureTag, tagged } from "../structure/tags.js";
import { COLOURS } from "../styles.js";
import { noteDestination } from "./citations.js";
import { paragraph, sectionHeading, withHeading } from "./headings.js";

/**
 * One endnote: who published what, when and in which language; the link; the grade and why.
 * An item of the endnotes list, its number the label; a title in another language than the
 * brief's is marked with its language for screen readers.
 */
function endnote(source: DigestSource, digest: Digest): Content[] {
  const { labels } = digest;
  const title: Content = { text: source.title, italics: true };
  const described: Content[] = [
    { text: source.outlet, bold: true },
    " · ",
    source.lang.split("-")[0] === digest.lang
      ? title
      : tagged(title, { type: "Span", lang: source.lang }),
    ...(source.author === undefined ? [] : [" · ", source.author]),
    ` · ${source.published} · ${source.language}`,
    ...(source.withdrawn === undefined ? [] : [" · ", { text: source.withdrawn, italics: true }]),
  ];
  const grade = fill(labels.phrases.labelled, {
    label: labels.fields.reliability,
    value: `${source.reliability.grade} (${source.reliability.text})`,
  });
  return [
    tagged(
      {
        text: String(source.note),
        id: noteDestination(source.note),
        bold: true,
        color: COLOURS.accent,
        alignment: "right",
      },
      "Lbl",
    ),
    tagged(
      {
        stack: [
          paragraph({ text: described }),
          ...(source.url === undefined
            ? []
            : [
                tagged(
                  {
                    text: source.url,
                    link: source.url,
                    style: "small",
                    color: COLOURS.accent,
                    // A link has no spaces: let it wrap anywhere rather than run off the page.
                    wordBreak: "break-all",
                  } as Content,
                  "Link",
                ),
              ]),
          paragraph({
            text: [{ text: grade, bold: true }, ` ${source.reliabilityNote}`],
            style: "small",
            margin: [0, 1, 0, 0],
          }),
        ],
      },
      "LBody",
    ),
  ];
}

/** Numbered endnotes: every source the brief cites, numbered by the digest in reading order. */
export function endnotes(digest: Digest): Content[] {
  const { labels } = digest;
  // One table per endnote (same column widths), so that a page breaks between notes only.
  const { sources } = digest;
  const list: StructureTag = listTag();
  const notes: Content[] =
    sources.length === 0
      ? [paragraph({ text: labels.phrases.none })]
      : sources.map((s, index) =>
          tagged(
            {
              table: { widths: [16, "*"], body: [endnote(s, digest)] },
              layout: {
                hLineWidth: (i: number) => (i === 0 && index > 0 ? 0.5 : 0),
                hLineColor: () => COLOURS.rule,
                vLineWidth: () => 0,
                paddingLeft: (i: number) => (i === 0 ? 0 : 8),
                paddingRight: () => 0,
                paddingTop: () => 4,
                paddingBottom: () => 4,
              },
            } as Content,
            { type: "LI", parent: list },
          ),
        );
  return withHeading(sectionHeading(labels.sections.sources, "section-sources"), notes);
}

/** How to read the grades, and which statements are opinion: a short block kept on one page. */
export function methodNote(digest: Digest): Content[] {
  const { labels, meta } = digest;
  return [
    {
      unbreakable: true,
      stack: [
        sectionHeading(labels.sections.method, "section-method"),
        {
          style: "small",
          stack: [
            paragraph({ text: labels.phrases.gradesExplained, margin: [0, 0, 0, 3] }),
            paragraph({ text: labels.phrases.judgmentsDisclaimer, margin: [0, 0, 0, 3] }),
            paragraph({
              text: fill(labels.phrases.labelled, {
                label: labels.document.licence,
                value: meta.licence,
              }),
            }),
          ],
        },
      ],
    },
  ];
}
