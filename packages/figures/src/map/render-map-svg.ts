import { writeSvg } from "../svg/write-svg.js";
import { layoutMap } from "./layout-map.js";
import type { MapInput, MapLayout } from "./map-input.js";

export interface MapRender extends Pick<MapLayout, "omitted" | "unlabelled"> {
  svg: string;
  layout: MapLayout;
}

/** The locator map as SVG, with the places it left off or could not name. */
export function renderMapSvg(input: MapInput): MapRender {
  const layout = layoutMap(input);
  return { svg: writeSvg(layout), omitted: layout.omitted, unlabelled: layout.unlabelled, layout };
}
