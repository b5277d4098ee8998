import { describe, expect, it } from "vitest";
import { PILLAR_COLOURS } from "../../src/figures/pillar-palette.js";
import { renderTimelineChartSvg } from "../../src/figures/timeline-chart-svg.js";
import { chartInput, monthlyBuckets, PILLAR_LABELS } from "./samples.js";
import { xmlProblems } from "./xml-check.js";

/** Every piece of text vega wrote, one-line labels and the lines of multi-line ones. */
function texts(svg: string): string[] {
  return [...svg.matchAll(/>([^<>]+)</g)].map((m) => m[1] ?? "");
}

/** Labels of the axis vega describes as `role` ("X-axis" / "Y-axis"). */
function axisLabels(svg: string, role: string): string[] {
  const labels = svg.indexOf("role-axis-label", svg.indexOf(`aria-label="${role}`));
  // Label texts sit directly in their group: it ends at the first closing </g>.
  return texts(svg.slice(labels, svg.indexOf("</g>", labels))).filter((t) => t.trim() !== "");
}

describe("renderTimelineChartSvg", () => {
  it("writes a well-formed SVG of the requested size with a legend of the pillars", async () => {
    const svg = await renderTimelineChartSvg(chartInput("en"));
    expect(xmlProblems(svg)).toEqual([]);
    expect(svg).toMatch(/<svg [^>]*width="480" height="200"/);
    expect(texts(svg)).toEqual(expect.arrayContaining(Object.values(PILLAR_LABELS.en)));
  });

  it("labels months in English, with the year under the first month and under January", async () => {
    const labels = axisLabels(await renderTimelineChartSvg(chartInput("en")), "X-axis");
    expect(labels.slice(0, 2)).toEqual(["May", "2024"]);
    expect(labels).toEqual(expect.arrayContaining(["Jan", "2025", "Jul", "Nov"]));
  });

  it("labels months in French, with French number format", async () => {
    const buckets = [...monthlyBuckets(), { period: "2025-03", pillar: "security", count: 1500 }];
    const fr = await renderTimelineChartSvg(chartInput("fr", buckets));
    const x = axisLabels(fr, "X-axis");
    expect(x).toEqual(expect.arrayContaining(["mai", "janv.", "juil.", "sept.", "nov."]));
    expect(x).not.toContain("Jan");
    expect(axisLabels(fr, "Y-axis")).toContain("1\u00a0000");
    expect(texts(fr)).toEqual(expect.arrayContaining(Object.values(PILLAR_LABELS.fr)));
    const en = await renderTimelineChartSvg(chartInput("en", buckets));
    expect(axisLabels(en, "Y-axis")).toContain("1,000");
  });

  it("shows every month in the range, empty ones included", async () => {
    // 2024-09 has no events; the x axis still has 19 places, May 2024 to November 2025.
    const svg = await renderTimelineChartSvg(chartInput("en"));
    expect(svg).toContain("X-axis for a discrete scale with 19 values");
  });

  it("labels a long run of months by year alone", async () => {
    const buckets = [
      { period: "2015-03", pillar: "security", count: 1 },
      { period: "2025-11", pillar: "economic", count: 2 },
    ];
    const labels = axisLabels(await renderTimelineChartSvg(chartInput("fr", buckets)), "X-axis");
    expect(labels).toEqual(Array.from({ length: 10 }, (_, i) => String(2016 + i)));
  });

  it("takes pillar names that shadow object members as plain names", async () => {
    const svg = await renderTimelineChartSvg(
      chartInput("en", [
        { period: "2025-01", pillar: "__proto__", count: 1 },
        { period: "2025-01", pillar: "constructor", count: 2 },
      ]),
    );
    expect(xmlProblems(svg)).toEqual([]);
    expect(texts(svg)).toEqual(expect.arrayContaining(["__proto__", "constructor"]));
  });

  it("has whole numbers only on the count axis", async () => {
    const one = await renderTimelineChartSvg(
      chartInput("en", [{ period: "2025-01", pillar: "security", count: 1 }]),
    );
    const labels = axisLabels(one, "Y-axis");
    expect(labels.length).toBeGreaterThan(0);
    for (const label of labels) expect(label).toMatch(/^\d+$/);
  });

  it("draws yearly buckets with year labels", async () => {
    const svg = await renderTimelineChartSvg(
      chartInput("en", [
        { period: "2023", pillar: "security", count: 2 },
        { period: "2025", pillar: "economic", count: 3 },
      ]),
    );
    expect(axisLabels(svg, "X-axis")).toEqual(["2023", "2024", "2025"]);
    // Only the pillars with events are in the legend.
    expect(texts(svg)).toContain("Economic");
    expect(texts(svg)).not.toContain("Humanitarian");
  });

  it("is byte-identical for the same input, and one language does not leak into another", async () => {
    const first = await renderTimelineChartSvg(chartInput("en"));
    await renderTimelineChartSvg(chartInput("fr"));
    expect(await renderTimelineChartSvg(chartInput("en"))).toBe(first);
  });

  it("wraps the legend of a narrow chart instead of cutting it off", async () => {
    const svg = await renderTimelineChartSvg({ ...chartInput("fr"), width: 260, height: 140 });
    const legend = svg.slice(svg.indexOf('aria-roledescription="legend"'));
    const x = Number(/translate\(([\d.]+),/.exec(legend)?.[1]);
    const width = Number(/d="M0,0h([\d.]+)v/.exec(legend)?.[1]);
    // The chart is drawn from x = padding (2): the legend must end within the 260 points.
    expect(2 + x + width).toBeLessThanOrEqual(260);
    expect(texts(legend)).toEqual(expect.arrayContaining(Object.values(PILLAR_LABELS.fr)));
  });

  it("adds the title when given", async () => {
    const svg = await renderTimelineChartSvg({ ...chartInput("en"), title: "Events & pillars" });
    expect(texts(svg)).toContain("Events &amp; pillars");
  });

  it("renders an empty chart for no events", async () => {
    const svg = await renderTimelineChartSvg(chartInput("en", []));
    expect(xmlProblems(svg)).toEqual([]);
  });

  it("refuses periods it cannot place", async () => {
    const bad = (period: string) =>
      renderTimelineChartSvg(
        chartInput("en", [
          { period: "2025-01", pillar: "security", count: 1 },
          { period, pillar: "security", count: 1 },
        ]),
      );
    await expect(bad("2025")).rejects.toThrow(/mix months and years/);
    await expect(bad("2025-13")).rejects.toThrow(RangeError);
  });

  it("offers a distinct colour for each of the five pillars", () => {
    expect(Object.keys(PILLAR_COLOURS)).toEqual(Object.keys(PILLAR_LABELS.en));
    expect(new Set(Object.values(PILLAR_COLOURS)).size).toBe(5);
  });
});
