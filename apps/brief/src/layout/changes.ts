import { type Digest, type DigestChangeItem, fill, formatNumber } from "@bilat/core";
import type { Content } from "pdfmake/interfaces.js";
import { listTag, type StructureTag, tagged } from "../structure/tags.js";
import { COLOURS } from "../styles.js";
import { citationMarks } from "./citations.js";
import { caption, paragraph, sectionHeading, withHeading } from "./headings.js";

/** One line of a list: the bullet as label, then what the record is, its date and title. */
function line(text: Content[], list: StructureTag): Content {
  return tagged(
    {
      columns: [
        tagged({ width: 10, text: "•", color: COLOURS.accent }, "Lbl"),
        tagged({ width: "*", text }, "LBody"),
      ],
      margin: [0, 0, 0, 2],
    } as Content,
    { type: "LI", parent: list },
  );
}

function itemText(item: DigestChangeItem, digest: Digest): Content[] {
  const head = [item.kind, item.date].filter(Boolean).join(" · ");
  const what = item.what === undefined ? [] : [{ text: ` — ${item.what}`, italics: true }];
  return [
    { text: `${head} — `, style: "small", color: COLOURS.muted },
    { text: item.title, bold: true },
    ...what,
    ...citationMarks(item.citations),
  ] as Content[];
}

/** A captioned list of records, with how many more the report lists. */
function group(title: string, items: DigestChangeItem[], total: number, digest: Digest): Content[] {
  if (items.length === 0) return [];
  const list = listTag();
  const hidden = total - items.length;
  const more: Content[] =
    hidden > 0
      ? [
          paragraph({
            text: fill(digest.labels.phrases.more, { count: formatNumber(hidden, digest.lang) }),
            style: "small",
            italics: true,
          }),
        ]
      : [];
  return [
    { ...(caption(title, digest.lang) as object), margin: [0, 6, 0, 2] } as Content,
    ...items.map((item) => line(itemText(item, digest), list)),
    ...more,
  ];
}

/**
 * "What changed since the last edition", right after the key judgments and kept short: the
 * counts in one line, each key judgment's change, then the most important records added,
 * withdrawn and changed. With nothing changed, it says so in one line.
 */
export function editionChanges(digest: Digest): Content[] {
  const changes = digest.changes;
  if (changes === undefined) return [];
  const { labels, lang } = digest;
  const heading = sectionHeading(labels.sections.changes, "section-changes");
  const summary: Content = paragraph({
    text: changes.summary,
    style: "lead",
    margin: [0, 0, 0, 4],
  } as Content);
  if (changes.unchanged) return withHeading(heading, [summary]);
  const judgmentList = listTag();
  const judgments: Content[] =
    changes.judgments.length === 0
      ? []
      : [
          {
            ...(caption(labels.edition.judgmentChanges, lang) as object),
            margin: [0, 4, 0, 2],
          } as Content,
          ...changes.judgments.map((j) =>
            line(
              [
                { text: j.statement },
                { text: ` — ${j.change}`, bold: true, color: COLOURS.accent },
              ] as Content[],
              judgmentList,
            ),
          ),
        ];
  const { edition } = labels;
  return withHeading(heading, [
    summary,
    ...judgments,
    ...group(edition.addedHeading, changes.added, changes.totals.added, digest),
    ...group(edition.withdrawnHeading, changes.withdrawn, changes.totals.withdrawn, digest),
    ...group(edition.changedHeading, changes.changed, changes.totals.changed, digest),
  ]);
}
