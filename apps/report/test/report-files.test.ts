import { buildDigest } from "@bilat/core";
import { describe, expect, it } from "vitest";
import { renderReportFiles } from "../src/report-files.js";
import { DATA, loadValid, MINIMAL, RICH } from "./support/data-folders.js";
import { nodesOfType, parseMarkdown, plainText, section } from "./support/markdown-tree.js";

async function filesOf(dir: string, lang: "en" | "fr") {
  const digest = buildDigest(await loadValid(dir), { lang });
  return { digest, files: renderReportFiles(digest, lang) };
}

describe("renderReportFiles", () => {
  it.each(["en", "fr"] as const)(
    "links a map and a chart written beside the report (%s)",
    async (lang) => {
      const { digest, files } = await filesOf(RICH, lang);
      expect([...files.keys()]).toEqual([`${lang}.md`, `${lang}-map.svg`, `${lang}-chart.svg`]);
      const root = parseMarkdown(files.get(`${lang}.md`) ?? "");
      const images = nodesOfType(root, "image");
      expect(images.map((i) => i.url)).toEqual([`${lang}-map.svg`, `${lang}-chart.svg`]);
      const { sections } = digest.labels;
      const imagesIn = (title: string) =>
        section(root, title).flatMap((node) => nodesOfType(node, "image"));
      expect(imagesIn(sections.map).map((i) => i.url)).toEqual([`${lang}-map.svg`]);
      expect(imagesIn(sections.timeline).map((i) => i.alt)).toEqual([sections.chart]);
      // The map's text alternative names the places it shows.
      expect(images[0]?.alt).toContain(digest.places[0]?.name ?? "?");
      // The contents list the map's section.
      expect(plainText(root)).toContain(sections.map);
    },
  );

  it("writes SVG that stands alone on a code host: no styles, scripts or outside references", async () => {
    const { files } = await filesOf(RICH, "en");
    for (const name of ["en-map.svg", "en-chart.svg"]) {
      const svg = files.get(name) ?? "";
      expect(svg).toMatch(
        /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="[\d.]+" height="[\d.]+" viewBox="0 0 [\d.]+ [\d.]+">/,
      );
      expect(svg).not.toMatch(/href|<style|<script|url\(|@import|<image|<foreignObject/);
      for (const family of svg.matchAll(/font-family="([^"]*)"/g))
        expect(family[1]).toMatch(/, sans-serif$/);
      expect(svg.endsWith("</svg>")).toBe(true);
    }
  });

  it("says under the map which places it leaves off", async () => {
    const { digest, files } = await filesOf(DATA, "en");
    const root = parseMarkdown(files.get("en.md") ?? "");
    const text = section(root, digest.labels.sections.map).map(plainText).join("\n");
    expect(text).toMatch(/Not on the map[^\n]*Cali/);
  });

  it("writes no map file when no place is named, and says so in the map's section", async () => {
    const { digest } = await filesOf(MINIMAL, "en");
    const files = renderReportFiles({ ...digest, places: [] }, "en");
    expect([...files.keys()]).toEqual(["en.md", "en-chart.svg"]);
    const root = parseMarkdown(files.get("en.md") ?? "");
    const map = section(root, digest.labels.sections.map);
    expect(map.flatMap((node) => nodesOfType(node, "image"))).toEqual([]);
    expect(map.map(plainText).join("\n")).toContain(digest.labels.phrases.none);
  });
});
