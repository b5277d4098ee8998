// The brief's figures: SVG strings that pdfmake embeds with { svg, width }.
export {
  MAP_COLOURS,
  MAX_DISTANCE_KM,
  type MapInput,
  type MapPoint,
  type MapRender,
  renderMapSvg,
} from "./map-svg.js";
export { PILLAR_COLOURS } from "./pillar-palette.js";
export { type ChartBucket, type ChartInput, renderTimelineChartSvg } from "./timeline-chart-svg.js";
