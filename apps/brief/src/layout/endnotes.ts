import { type Digest, type DigestSource, fill } from "@bilat/core";
import type { Content } from "pdfmake/interfaces.js";
import { citedSources } from "../shown-content.js";
import { COLOURS } from "../styles.js";
import { noteDestination } from "./citations.js";
import { sectionHeading, withHeading } from "./headings.js";

/** One endnote: who published what, when and in which language; the link; the grade and why. */
function endnote(source: DigestSource, digest: Digest): Content[] {
  const { labels } = digest;
  const described: Content[] = [
    { text: source.outlet, bold: true },
    " · ",
    { text: source.title, italics: true },
    ...(source.author === undefined ? [] : [" · ", source.author]),
    ` · ${source.published} · ${source.language}`,
  ];
  const grade = fill(labels.phrases.labelled, {
    label: labels.fields.reliability,
    value: `${source.reliability.grade} (${source.reliability.text})`,
  });
  return [
    {
      text: String(source.note),
      id: noteDestination(source.note),
      bold: true,
      color: COLOURS.accent,
      alignment: "right",
    },
    {
      stack: [
        { text: described },
        ...(source.url === undefined
          ? []
          : [
              {
                text: source.url,
                link: source.url,
                style: "small",
                color: COLOURS.accent,
                // A link has no spaces: let it wrap anywhere rather than run off the page.
                wordBreak: "break-all",
              } as Content,
            ]),
        {
          text: [{ text: grade, bold: true }, ` ${source.reliabilityNote}`],
          style: "small",
          margin: [0, 1, 0, 0],
        },
      ],
    },
  ];
}

/** Numbered endnotes: every source the brief cites, in order of first citation. */
export function endnotes(digest: Digest): Content[] {
  const { labels } = digest;
  // One table per endnote (same column widths), so that a page breaks between notes only.
  const sources = citedSources(digest);
  const notes: Content[] =
    sources.length === 0
      ? [{ text: labels.phrases.none }]
      : sources.map((s, index) => ({
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
        }));
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
            { text: labels.phrases.gradesExplained, margin: [0, 0, 0, 3] },
            { text: labels.phrases.judgmentsDisclaimer, margin: [0, 0, 0, 3] },
            fill(labels.phrases.labelled, { label: labels.document.licence, value: meta.licence }),
          ],
        },
      ],
    },
  ];
}
