import type { Content } from "pdfmake/interfaces.js";

/**
 * A section heading, bookmarked in the PDF outline and a link target. A heading that stands on
 * its own gets a `headlineLevel`, which lets the page-break rule move it to the next page when
 * it would end one; a heading already kept with its content in an unbreakable block needs none.
 */
export function sectionHeading(text: string, id: string, standsAlone = true): Content {
  return {
    text,
    id,
    style: "h1",
    outline: true,
    ...(standsAlone ? { headlineLevel: 1 } : {}),
  } as Content;
}

/** A sub-heading (one per pillar), bookmarked under its section; kept with what follows it. */
export function subHeading(text: string, id: string, parentId: string): Content {
  return { text, id, style: "h2", outline: true, outlineParentId: parentId } as Content;
}

/**
 * The name of a field set above its value, in capitals. The language is explicit so that the
 * machine's locale never changes the output.
 */
export function caption(text: string, lang: string): Content {
  return { text: text.toLocaleUpperCase(lang), style: "caption" };
}
