import { writeSvg } from "../svg/write-svg.js";
import { type ChartInput, layoutChart } from "./layout-chart.js";

/** The events chart as SVG. */
export function renderChartSvg(input: ChartInput): string {
  return writeSvg(layoutChart(input));
}
