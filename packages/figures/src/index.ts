// Figures of a period summary, each laid out as data (placed shapes and labels) and written as SVG.
export { type ChartBucket, type ChartInput, layoutChart } from "./chart/layout-chart.js";
export { PILLAR_COLOURS } from "./chart/pillar-palette.js";
export { renderChartSvg } from "./chart/render-chart-svg.js";
export { type DigestFigure, eventsChart, placesMap, type Size } from "./digest-figures.js";
export { NEAR_KM } from "./map/focus-parts.js";
export { layoutMap } from "./map/layout-map.js";
export type { MapInput, MapLayout, MapPoint } from "./map/map-input.js";
export { COLOURS as MAP_COLOURS } from "./map/map-style.js";
export { MAX_DISTANCE_KM } from "./map/map-view.js";
export { type MapRender, renderMapSvg } from "./map/render-map-svg.js";
export type { Figure, Role, Shape, TextShape } from "./svg/figure.js";
export { type FigureFonts, writeSvg } from "./svg/write-svg.js";
export { withoutBidiControls } from "./text/bidi-controls.js";
export {
  FALLBACK_FONTS,
  type FallbackFont,
  type FontFiles,
  PRIMARY_FAMILY,
  PRIMARY_FONT_FILE,
  ROBOTO,
} from "./text/fallback-fonts.js";
export { openFont, textWidth } from "./text/font-metrics.js";
export { type FontRun, fontFor, fontRuns, missingGlyph } from "./text/font-runs.js";
