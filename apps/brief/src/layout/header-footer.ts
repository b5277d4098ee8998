import { type Digest, fill } from "@bilat/core";
import type { Content, DynamicContent } from "pdfmake/interfaces.js";
import { artifact } from "../structure/tags.js";
import { COLOURS, CONTENT_WIDTH, PAGE } from "../styles.js";

/**
 * The TLP 2.0 label exactly as FIRST writes it (never translated), in its colour on a black box,
 * 12 pt: the same marking at the top and the bottom of every page.
 */
export function tlpMarking(digest: Digest): Content {
  return {
    width: "auto",
    table: {
      body: [[{ text: digest.meta.tlp, style: "tlp", color: digest.meta.tlpColour, noWrap: true }]],
    },
    layout: {
      fillColor: () => COLOURS.tlpBackground,
      hLineWidth: () => 0,
      vLineWidth: () => 0,
      paddingLeft: () => 6,
      paddingRight: () => 6,
      paddingTop: () => 2,
      paddingBottom: () => 1,
    },
  } as Content;
}

const hairline = (y: number): Content => ({
  canvas: [
    {
      type: "line",
      x1: 0,
      y1: y,
      x2: CONTENT_WIDTH,
      y2: y,
      lineWidth: 0.5,
      lineColor: COLOURS.rule,
    },
  ],
});

/** Running head: what the document is, then the TLP marking on the right (an artifact). */
export function pageHeader(digest: Digest): DynamicContent {
  const running = `${digest.labels.document.briefTitle} · ${digest.meta.pair} · ${digest.meta.period.text}`;
  return () =>
    artifact({
      margin: [PAGE.margins[0], 26, PAGE.margins[2], 0],
      stack: [
        {
          columns: [
            { width: "*", text: running, style: "header", margin: [0, 5, 12, 0] },
            tlpMarking(digest),
          ],
        },
        hairline(6),
      ],
    });
}

/** Running foot: "Page 2 of 5" in the document's language, then the TLP marking again (an artifact). */
export function pageFooter(digest: Digest): DynamicContent {
  const { page, pageOf } = digest.labels.document;
  return (currentPage: number, pageCount: number) =>
    artifact({
      margin: [PAGE.margins[0], 14, PAGE.margins[2], 0],
      stack: [
        hairline(0),
        {
          margin: [0, 6, 0, 0],
          columns: [
            {
              width: "*",
              text: `${page} ${fill(pageOf, { page: currentPage, pages: pageCount })}`,
              style: "header",
              margin: [0, 5, 12, 0],
            },
            tlpMarking(digest),
          ],
        },
      ],
    });
}
