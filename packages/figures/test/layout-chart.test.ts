import { describe, expect, it } from "vitest";
import { layoutChart } from "../src/chart/layout-chart.js";
import { PILLAR_COLOURS } from "../src/chart/pillar-palette.js";
import { renderChartSvg } from "../src/chart/render-chart-svg.js";
import type { Figure, Role, TextShape } from "../src/svg/figure.js";
import { textWidth } from "../src/text/font-metrics.js";
import { chartInput, monthlyBuckets, PILLAR_LABELS } from "./samples.js";
import { xmlProblems } from "./xml-check.js";

function texts(figure: Figure, role: Role): TextShape[] {
  return figure.shapes.filter((s): s is TextShape => s.kind === "text" && s.role === role);
}

/** Labels under the bars, each line, left to right then top to bottom. */
function xLabels(figure: Figure): string[] {
  return texts(figure, "x-label")
    .sort((a, b) => a.x - b.x || a.y - b.y)
    .map((t) => t.text);
}

const yLabels = (figure: Figure) => texts(figure, "y-label").map((t) => t.text);
const legend = (figure: Figure) => texts(figure, "legend").map((t) => t.text);

describe("layoutChart", () => {
  it("writes a well-formed SVG of the requested size with a legend of the pillars", () => {
    const svg = renderChartSvg(chartInput("en"));
    expect(xmlProblems(svg)).toEqual([]);
    expect(svg).toMatch(/<svg [^>]*width="480" height="200"/);
    expect(legend(layoutChart(chartInput("en")))).toEqual(Object.values(PILLAR_LABELS.en));
  });

  it("labels months in English, with the year under the first month and under January", () => {
    const labels = xLabels(layoutChart(chartInput("en")));
    expect(labels.slice(0, 2)).toEqual(["May", "2024"]);
    expect(labels).toEqual(expect.arrayContaining(["Jan", "2025", "Jul", "Nov"]));
  });

  it("labels months in French, with French number format", () => {
    const buckets = [...monthlyBuckets(), { period: "2025-03", pillar: "security", count: 1500 }];
    const fr = layoutChart(chartInput("fr", buckets));
    const x = xLabels(fr);
    expect(x).toEqual(expect.arrayContaining(["mai", "janv.", "juil.", "sept.", "nov."]));
    expect(x).not.toContain("Jan");
    expect(yLabels(fr)).toContain("1\u00a0000");
    expect(legend(fr)).toEqual(Object.values(PILLAR_LABELS.fr));
    expect(yLabels(layoutChart(chartInput("en", buckets)))).toContain("1,000");
  });

  it("shows every month in the range, empty ones included", () => {
    // 2024-09 has no events; the x axis still has 19 places, May 2024 to November 2025.
    const figure = layoutChart(chartInput("en"));
    const bars = figure.shapes.filter((s) => s.kind === "rect" && s.role === "bar");
    const columns = [...new Set(bars.map((b) => (b.kind === "rect" ? b.x : 0)))].sort(
      (a, b) => a - b,
    );
    expect(columns).toHaveLength(18);
    const step = (columns[columns.length - 1]! - columns[0]!) / 18;
    // One column's width is missing between August and October 2024.
    expect((columns[4]! - columns[3]!) / step).toBeCloseTo(2, 5);
  });

  it("labels a long run of months by year alone", () => {
    const buckets = [
      { period: "2015-03", pillar: "security", count: 1 },
      { period: "2025-11", pillar: "economic", count: 2 },
    ];
    expect(xLabels(layoutChart(chartInput("fr", buckets)))).toEqual(
      Array.from({ length: 10 }, (_, i) => String(2016 + i)),
    );
  });

  it("keeps period labels apart, measured with the font's own widths", () => {
    for (const width of [480, 300, 200]) {
      const labels = texts(layoutChart({ ...chartInput("fr"), width }), "x-label")
        .filter((t) => !/^\d{4}$/.test(t.text))
        .sort((a, b) => a.x - b.x);
      labels.slice(1).forEach((t, i) => {
        const before = labels[i]!;
        const gap =
          t.x - before.x - (textWidth(t.text, t.size) + textWidth(before.text, t.size)) / 2;
        expect(gap).toBeGreaterThan(0);
      });
    }
  });

  it("takes pillar names that shadow object members as plain names", () => {
    const input = chartInput("en", [
      { period: "2025-01", pillar: "__proto__", count: 1 },
      { period: "2025-01", pillar: "constructor", count: 2 },
    ]);
    expect(xmlProblems(renderChartSvg(input))).toEqual([]);
    expect(legend(layoutChart(input))).toEqual(["__proto__", "constructor"]);
  });

  it("has whole numbers only on the count axis", () => {
    const one = layoutChart(
      chartInput("en", [{ period: "2025-01", pillar: "security", count: 1 }]),
    );
    const labels = yLabels(one);
    expect(labels.length).toBeGreaterThan(0);
    for (const label of labels) expect(label).toMatch(/^\d+$/);
  });

  it("draws yearly buckets with year labels", () => {
    const figure = layoutChart(
      chartInput("en", [
        { period: "2023", pillar: "security", count: 2 },
        { period: "2025", pillar: "economic", count: 3 },
      ]),
    );
    expect(xLabels(figure)).toEqual(["2023", "2024", "2025"]);
    // Only the pillars with events are in the legend, in the palette's order.
    expect(legend(figure)).toEqual(["Security", "Economic"]);
  });

  it("stacks the first pillar at the bottom, bars ending at their totals", () => {
    const figure = layoutChart(
      chartInput("en", [
        { period: "2025", pillar: "economic", count: 3 },
        { period: "2025", pillar: "security", count: 2 },
      ]),
    );
    const bars = figure.shapes.flatMap((s) => (s.kind === "rect" && s.role === "bar" ? [s] : []));
    expect(bars.map((b) => b.paint.fill)).toEqual([
      PILLAR_COLOURS.security,
      PILLAR_COLOURS.economic,
    ]);
    const [security, economic] = bars;
    expect(security!.y).toBeCloseTo(economic!.y + economic!.height, 6);
    expect(security!.height / economic!.height).toBeCloseTo(2 / 3, 6);
  });

  it("is byte-identical for the same input, and one language does not leak into another", () => {
    const first = renderChartSvg(chartInput("en"));
    renderChartSvg(chartInput("fr"));
    expect(renderChartSvg(chartInput("en"))).toBe(first);
  });

  it("wraps the legend of a narrow chart instead of cutting it off", () => {
    const figure = layoutChart({ ...chartInput("fr"), width: 260, height: 140 });
    const entries = texts(figure, "legend");
    expect(entries.map((t) => t.text)).toEqual(Object.values(PILLAR_LABELS.fr));
    expect(new Set(entries.map((t) => t.y)).size).toBeGreaterThan(1);
    for (const t of entries) expect(t.x + textWidth(t.text, t.size)).toBeLessThanOrEqual(260);
  });

  it("adds the title when given", () => {
    const input = { ...chartInput("en"), title: "Events & pillars" };
    expect(texts(layoutChart(input), "title").map((t) => t.text)).toEqual(["Events & pillars"]);
    expect(renderChartSvg(input)).toContain(">Events &amp; pillars</text>");
  });

  it("renders an empty chart for no events", () => {
    expect(xmlProblems(renderChartSvg(chartInput("en", [])))).toEqual([]);
  });

  it("refuses periods it cannot place", () => {
    const bad = (period: string) => () =>
      layoutChart(
        chartInput("en", [
          { period: "2025-01", pillar: "security", count: 1 },
          { period, pillar: "security", count: 1 },
        ]),
      );
    expect(bad("2025")).toThrow(/mix months and years/);
    expect(bad("2025-13")).toThrow(RangeError);
  });

  it("offers a distinct colour for each of the five pillars", () => {
    expect(Object.keys(PILLAR_COLOURS)).toEqual(Object.keys(PILLAR_LABELS.en));
    expect(new Set(Object.values(PILLAR_COLOURS)).size).toBe(5);
  });
});
