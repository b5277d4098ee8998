import type { DigestCitation } from "@bilat/core";
import type { Content } from "pdfmake/interfaces.js";
import { tagged } from "../structure/tags.js";

/** Named destination of an endnote, which citation marks link to. */
export const noteDestination = (note: number) => `note-${note}`;

/**
 * Citation marks as inline text, e.g. " [1 B2] [3 C3]": the endnote number and the Admiralty
 * grade of this piece of information, each a link to its endnote (in the structure tree, a
 * Reference holding the Link). One mark per source.
 */
export function citationMarks(citations: readonly DigestCitation[]): Content[] {
  const seen = new Set<string>();
  const marks: Content[] = [];
  for (const c of citations) {
    const key = `${c.note} ${c.grade}`;
    if (seen.has(key)) continue;
    seen.add(key);
    marks.push(
      " ",
      tagged(
        {
          text: `[${c.note}\u00a0${c.grade}]`,
          style: "cite",
          linkToDestination: noteDestination(c.note),
        },
        { type: "Link", parent: { type: "Reference" } },
      ),
    );
  }
  return marks;
}
