import { describe, expect, it } from "vitest";
import { renderMapSvg } from "../src/map/render-map-svg.js";
import { textWidth } from "../src/text/font-metrics.js";
import { type Anchor, overlaps, textBox } from "../src/text/label-space.js";
import { mapInput, POINTS, samplePoint } from "./samples.js";
import { xmlProblems } from "./xml-check.js";

const FOCUS_FILL = 'fill="#F3E2BF"';

/** Texts drawn in fill (the white outline copies of labels are skipped). */
function texts(svg: string): string[] {
  return [...svg.matchAll(/<text([^>]*)>([^<]*)<\/text>/g)]
    .filter((m) => !m[1]?.includes('fill="none"'))
    .map((m) => m[2] ?? "");
}

/** Boxes of the names drawn on the map (the legend, below `mapBottom`, left out). */
function nameBoxes(svg: string, mapBottom: number) {
  return [...svg.matchAll(/<text([^>]*)>([^<]*)<\/text>/g)]
    .filter((m) => !m[1]?.includes('fill="none"'))
    .map((m) => {
      const attr = (name: string) => new RegExp(` ${name}="([^"]*)"`).exec(m[1] ?? "")?.[1];
      const size = Number(attr("font-size"));
      const anchor = (attr("text-anchor") ?? "start") as Anchor;
      const width = textWidth(m[2] ?? "", size, attr("font-weight") === "bold");
      return {
        text: m[2],
        box: textBox(Number(attr("x")), Number(attr("y")), width, size, anchor),
      };
    })
    .filter((t) => t.box.y1 < mapBottom);
}

function overlappingNames(svg: string, mapBottom: number): string[] {
  const boxes = nameBoxes(svg, mapBottom);
  return boxes.flatMap((a, i) =>
    boxes
      .slice(i + 1)
      .filter((b) => overlaps(a.box, b.box))
      .map((b) => `${a.text} / ${b.text}`),
  );
}

function circles(svg: string): { cy: number; dashed: boolean }[] {
  return [...svg.matchAll(/<circle([^>]*)\/>/g)].map((m) => ({
    cy: Number(/ cy="([^"]+)"/.exec(m[1] ?? "")?.[1]),
    dashed: (m[1] ?? "").includes("stroke-dasharray"),
  }));
}

describe("renderMapSvg", () => {
  const input = mapInput();
  const result = renderMapSvg(input);
  // The legend strip is at least 24 high; markers on the map sit above it.
  const markers = circles(result.svg).filter((c) => c.cy < input.height - 26);

  it("writes a well-formed SVG of the requested size", () => {
    expect(xmlProblems(result.svg)).toEqual([]);
    expect(result.svg).toMatch(
      /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="480" height="330"/,
    );
  });

  it("draws both focus countries in their own fill, and names them", () => {
    expect(result.svg.split(FOCUS_FILL).length - 1).toBe(2);
    expect(texts(result.svg)).toEqual(expect.arrayContaining(["SENEGAL", "MALI"]));
    // Bordering countries are drawn and named too.
    expect(texts(result.svg)).toEqual(expect.arrayContaining(["MAURITANIA", "GUINEA"]));
  });

  it("puts a marker and a label on every place within reach, dashed when approximate", () => {
    expect(markers).toHaveLength(5);
    expect(markers.filter((m) => m.dashed)).toHaveLength(2);
    expect(texts(result.svg)).toEqual(
      expect.arrayContaining(["Dakar", "Bamako", "Kayes", "Diboli", "Falémé"]),
    );
    expect(result.unlabelled).toEqual([]);
    expect(overlappingNames(result.svg, input.height - 26)).toEqual([]);
  });

  it("leaves far places off the map and returns them", () => {
    expect(result.omitted.map((p) => p.id)).toEqual(["cali"]);
    expect(texts(result.svg)).not.toContain("Cali");
  });

  it("has a legend with the caller's texts", () => {
    expect(texts(result.svg)).toEqual(expect.arrayContaining(["Events", "Approximate location"]));
    const exactOnly = renderMapSvg(
      mapInput(
        "en",
        POINTS.filter((p) => !p.approximate),
      ),
    );
    expect(texts(exactOnly.svg)).not.toContain("Approximate location");
  });

  it("wraps its legend on a narrow map", () => {
    const svg = renderMapSvg({ ...mapInput("fr"), width: 260, height: 200 }).svg;
    const y = (text: string) => Number(new RegExp(`y="([\\d.]+)"[^>]*>${text}<`).exec(svg)?.[1]);
    expect(y("Localisation approximative")).toBeGreaterThan(y("Événements"));
    expect(overlappingNames(svg, y("Événements") - 10)).toEqual([]);
  });

  it("names the pair and returns the places it had no room to name when places crowd", () => {
    const crowd = Array.from({ length: 40 }, (_, i) => ({
      id: `p${String(i).padStart(2, "0")}`,
      label: `Place ${i}`,
      lon: -17 + (i % 10) * 0.9,
      lat: 12.6 + Math.floor(i / 10) * 0.9,
      approximate: i % 3 === 0,
      count: 1 + (i % 7),
    }));
    const out = renderMapSvg(mapInput("en", crowd));
    expect(texts(out.svg)).toEqual(expect.arrayContaining(["SENEGAL", "MALI"]));
    expect(out.unlabelled.length).toBeGreaterThan(0);
    const named = texts(out.svg).filter((t) => t.startsWith("Place "));
    expect(named.length + out.unlabelled.length).toBe(40);
    expect(overlappingNames(out.svg, 330 - 26)).toEqual([]);
    expect(xmlProblems(out.svg)).toEqual([]);
  });

  it("names countries in French for a French brief", () => {
    const fr = texts(renderMapSvg(mapInput("fr")).svg);
    expect(fr).toEqual(expect.arrayContaining(["SÉNÉGAL", "MALI", "MAURITANIE", "Événements"]));
  });

  it("is byte-identical for the same input, whatever the order of the points", () => {
    expect(renderMapSvg(mapInput()).svg).toBe(result.svg);
    expect(renderMapSvg(mapInput("en", [...POINTS].reverse())).svg).toBe(result.svg);
  });

  it("keeps to what svg-to-pdfkit draws: no CSS, clip paths, filters or long decimals", () => {
    expect(result.svg).not.toMatch(/class=|style=|<style|clip-path|clipPath|filter|<defs/);
    expect(result.svg).not.toMatch(/\d\.\d{2,}/);
    expect(result.svg.length).toBeLessThan(80_000);
  });

  it("draws hostile label text literally", () => {
    const hostile = { ...samplePoint("dakar"), id: "x", label: '<b>&"Kédougou"</b>\u0001' };
    const svg = renderMapSvg(mapInput("en", [hostile])).svg;
    expect(xmlProblems(svg)).toEqual([]);
    expect(svg).toContain("&lt;b&gt;&amp;&quot;Kédougou&quot;&lt;/b&gt;</text>");
  });

  it("returns places without usable coordinates instead of drawing them", () => {
    const broken = [
      { ...samplePoint("dakar"), id: "nan", lat: Number.NaN },
      { ...samplePoint("bamako"), id: "off", lon: 400 },
    ];
    const out = renderMapSvg(mapInput("en", [...broken, samplePoint("kayes")]));
    expect(out.omitted.map((p) => p.id)).toEqual(["nan", "off"]);
    expect(xmlProblems(out.svg)).toEqual([]);
  });

  it("draws the pair alone when there are no places", () => {
    const empty = renderMapSvg(mapInput("en", []));
    expect(xmlProblems(empty.svg)).toEqual([]);
    expect(circles(empty.svg)).toEqual([]);
    expect(empty.svg.split(FOCUS_FILL).length - 1).toBe(2);
  });

  it("refuses a country code it has no outline for", () => {
    expect(() => renderMapSvg({ ...mapInput(), focus: ["SEN", "XXX"] })).toThrow(RangeError);
    expect(() => renderMapSvg({ ...mapInput(), focus: [] })).toThrow(RangeError);
    expect(() => renderMapSvg({ ...mapInput(), width: 0 })).toThrow(RangeError);
  });
});
