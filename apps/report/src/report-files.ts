// A report and the figures it links: the Markdown file and, beside it, the map and the chart as
// SVG files (code hosts show SVG images), all named after the report, and its chronology pages
// when it is too large for one page.
import type { Digest } from "@bilat/core";
import { eventsChart, placesMap } from "@bilat/figures";
import type { RenderOptions, ReportImages } from "./render-report.js";
import { reportRenderer } from "./render-report.js";
import { reportPages } from "./report-pages.js";

/** The figures' size in points (as in the brief) and their enlargement on a screen. */
const MAP_SIZE = { width: 483, height: 290 };
const CHART_SIZE = { width: 483, height: 170 };
const SCREEN_SCALE = 1.5;

/**
 * Every file of one report, by file name: `<name>.md`, its chronology pages under
 * `<name>-chronology/` when it is too large for one page (`reportPages`), and `<name>-map.svg`
 * and `<name>-chart.svg` when the digest has places and dated events. The Markdown links the
 * SVG files by these names, so they belong in the same folder.
 */
export function renderReportFiles(
  digest: Digest,
  name: string,
  options: RenderOptions & { pageBytes?: number } = {},
): Map<string, string> {
  const map = placesMap(digest, MAP_SIZE, SCREEN_SCALE);
  const chart = eventsChart(digest, CHART_SIZE, SCREEN_SCALE);
  const images: ReportImages = { mapImage: undefined, chartImage: undefined };
  const { sections } = digest.labels;
  if (map) {
    const omitted = new Set(map.layout.omitted.map((p) => p.id));
    const shown = digest.places.filter((p) => !omitted.has(p.id)).map((p) => p.name);
    const alt = `${sections.map}: ${shown.join(", ")}`;
    images.mapImage = { file: `${name}-map.svg`, alt, note: map.note };
  }
  if (chart)
    images.chartImage = { file: `${name}-chart.svg`, alt: sections.chart, note: chart.note };
  const renderer = reportRenderer(options.templatesDir);
  const files = reportPages(renderer, digest, name, images, options.pageBytes);
  if (map && images.mapImage) files.set(images.mapImage.file, map.svg);
  if (chart && images.chartImage) files.set(images.chartImage.file, chart.svg);
  return files;
}
