import type { Content } from "pdfmake/interfaces.js";
import { tagged } from "../structure/tags.js";

/** A section heading (H2 under the title), bookmarked in the PDF outline and a link target. */
export function sectionHeading(text: string, id: string): Content {
  return tagged({ text, id, style: "h1", outline: true } as Content, "H2");
}

/** A sub-heading (H3, one per pillar), bookmarked under its section. */
export function subHeading(text: string, id: string, parentId: string): Content {
  return tagged(
    { text, id, style: "h2", outline: true, outlineParentId: parentId } as Content,
    "H3",
  );
}

/** A paragraph of the structure tree. */
export function paragraph<T>(node: T): T {
  return tagged(node, "P");
}

/**
 * A heading and the first block under it, kept on one page, so that a heading never ends a page
 * alone; the rest of the section follows and may break between blocks. (pdfmake's
 * `pageBreakBefore` cannot do this reliably: it reports stale positions for unbreakable blocks.)
 */
export function withHeading(heading: Content, blocks: readonly Content[]): Content[] {
  const [first, ...rest] = blocks;
  return [
    { unbreakable: true, stack: first === undefined ? [heading] : [heading, first] },
    ...rest,
  ];
}

/**
 * The name of a field set above its value, in capitals. The language is explicit so that the
 * machine's locale never changes the output.
 */
export function caption(text: string, lang: string): Content {
  return { text: text.toLocaleUpperCase(lang), style: "caption" };
}
