import { type Digest, describePlacesMap } from "@bilat/core";
import { placesMap as mapFigure } from "@bilat/figures";
import type { Content } from "pdfmake/interfaces.js";
import { tagged } from "../structure/tags.js";
import { CONTENT_WIDTH } from "../styles.js";
import { paragraph, sectionHeading } from "./headings.js";

/** Height of the map: the pair fills most of it, with the legend strip below. */
const MAP_HEIGHT = 290;

/**
 * The places involved on a map of the pair: a marker per place sized by its events, approximate
 * locations drawn as dashed rings, and the places too far away to show listed in a line below.
 * In the structure tree, a Figure whose alternate text names every place and its events.
 */
export function placesMap(digest: Digest): Content[] {
  const figure = mapFigure(digest, { width: CONTENT_WIDTH, height: MAP_HEIGHT }, 1, "embedded");
  if (figure === undefined) return [];
  const offMap: Content[] =
    figure.note === undefined
      ? []
      : [paragraph({ text: figure.note, style: "small", margin: [0, 4, 0, 0] })];
  return [
    {
      unbreakable: true,
      stack: [
        sectionHeading(digest.labels.sections.map, "section-map"),
        tagged(
          { svg: figure.svg, width: CONTENT_WIDTH, height: MAP_HEIGHT, margin: [0, 4, 0, 0] },
          { type: "Figure", alt: describePlacesMap(digest) },
        ),
        ...offMap,
      ],
    },
  ];
}
