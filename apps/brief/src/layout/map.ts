import { type Digest, describePlacesMap, fill } from "@bilat/core";
import type { Content } from "pdfmake/interfaces.js";
import { renderMapSvg } from "../figures/index.js";
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
  const { labels } = digest;
  if (digest.places.length === 0) return [];
  const { svg, omitted } = renderMapSvg({
    focus: digest.meta.dyad.map((d) => d.code),
    points: digest.places.map((p) => ({
      id: p.id,
      label: p.name,
      lon: p.lon,
      lat: p.lat,
      approximate: p.approximate,
      count: p.events,
    })),
    width: CONTENT_WIDTH,
    height: MAP_HEIGHT,
    labels: { approximate: labels.phrases.approximateLocation, events: labels.fields.events },
    locale: digest.lang,
  });
  const offMap: Content[] =
    omitted.length === 0
      ? []
      : [
          paragraph({
            text: fill(labels.phrases.notShownOnMap, {
              places: omitted.map((p) => p.label).join(", "),
            }),
            style: "small",
            margin: [0, 4, 0, 0],
          }),
        ];
  return [
    {
      unbreakable: true,
      stack: [
        sectionHeading(labels.sections.map, "section-map"),
        tagged(
          { svg, width: CONTENT_WIDTH, height: MAP_HEIGHT, margin: [0, 4, 0, 0] },
          { type: "Figure", alt: describePlacesMap(digest) },
        ),
        ...offMap,
      ],
    },
  ];
}
