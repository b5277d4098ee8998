import { createRequire } from "node:module";
import pdfmakeModule from "pdfmake";
import { describe, expect, it } from "vitest";
import { FONTS } from "../src/fonts.js";
import { readPdf } from "./read-pdf.js";
import { allElements, readStructure, type StructNode } from "./read-structure.js";

/** pdfmake as patched (patches/pdfmake@0.3.11.patch), driven directly: no brief involved. */
const pdfmake = pdfmakeModule as unknown as {
  setFonts(fonts: unknown): void;
  setUrlAccessPolicy(allow: () => boolean): void;
  setLocalAccessPolicy(allow: () => boolean): void;
  createPdf(doc: unknown): { getBuffer(): Promise<Buffer> };
};
const ROBOTO = createRequire(import.meta.url)("pdfmake/fonts/Roboto.js");
pdfmake.setFonts(ROBOTO);
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy(() => true);

const print = (content: unknown[], extra: object = {}) =>
  pdfmake
    .createPdf({ content, version: "1.7", tagged: true, language: "en", ...extra })
    .getBuffer();

/** The tree as nested role names, e.g. "L(LI(Lbl LBody))". */
const shape = (nodes: readonly StructNode[]): string =>
  nodes.map((n) => (n.children.length ? `${n.role}(${shape(n.children)})` : n.role)).join(" ");

describe("the pdfmake patch", () => {
  it("writes the tags of nodes and inlines as the structure tree, in reading order", async () => {
    const list = { type: "L" };
    const pdf = await print([
      { text: "Title", tag: "H1" },
      { text: ["Read ", { text: "this", link: "https://example.test", tag: "Link" }], tag: "P" },
      {
        columns: [
          { width: 20, text: "1.", tag: "Lbl" },
          { text: "one", tag: "LBody" },
        ],
        tag: { type: "LI", parent: list },
      },
      {
        columns: [
          { width: 20, text: "2.", tag: "Lbl" },
          { text: "two", tag: "LBody" },
        ],
        tag: { type: "LI", parent: list },
      },
      { ol: ["a", "b"], tag: "L" },
      { table: { body: [[{ text: "h", tag: "TH" }], [{ text: "v", tag: "TD" }]] }, tag: "Table" },
      {
        svg: '<svg width="20" height="10"><rect width="20" height="10"/></svg>',
        tag: { type: "Figure", alt: "A box" },
      },
    ]);
    const { pages } = await readStructure(pdf);
    expect(shape(pages[0]?.tree ?? [])).toBe(
      "Document(H1 P(Link) L(LI(Lbl LBody) LI(Lbl LBody)) L(LI(Lbl LBody) LI(Lbl LBody)) Table(TR(TH) TR(TD)) Figure)",
    );
    const figure = allElements(pages[0]?.tree ?? []).find((n) => n.role === "Figure");
    expect(figure?.alt).toBe("A box");
  });

  it("marks page furniture and decoration as artifacts", async () => {
    const pdf = await print([{ table: { body: [[{ text: "cell", tag: "TD" }]] }, tag: "Table" }], {
      footer: () => ({ text: "Page 1", tag: { type: "Artifact", kind: "Pagination" } }),
    });
    const { pages } = await readStructure(pdf);
    const runs = pages[0]?.runs ?? [];
    expect(runs.find((r) => r.text === "Page 1")?.marks).toEqual(["Artifact"]);
    expect(runs.find((r) => r.text === "cell")?.marks).toEqual(["TD"]);
  });

  it("breaks an unbreakable block taller than a page instead of dropping it", async () => {
    const words = Array.from({ length: 1500 }, (_, i) => `w${i}`).join(" ");
    const pdf = await print([
      { text: "before" },
      { unbreakable: true, stack: [{ text: "H" }, { text: words }] },
    ]);
    const { text, pages } = await readPdf(pdf);
    expect(text).toContain("w0 w1");
    expect(text).toContain("w1499");
    expect(pages.length).toBeGreaterThan(1);
  });

  it("lays out a line holding a word in a fallback family with the metrics the family names", async () => {
    const latin = "Words in Roboto that fill more than one line of the page. ".repeat(8);
    const arabic = { text: "ديبولي", font: "NotoSansArabic" };
    const lines = async (fonts: unknown) => {
      pdfmake.setFonts(fonts);
      try {
        const pdf = await print([
          { text: latin, lineHeight: 1.22 },
          { text: [latin, arabic, latin], lineHeight: 1.22 },
        ]);
        const runs = (await readPdf(pdf)).pages[0]?.runs ?? [];
        // The lines' baselines, as their Latin text sets them (Noto's dots are drawn apart).
        const ys = [
          ...new Set(runs.filter((r) => /[a-z]/.test(r.text)).map((r) => r.y.toFixed(2))),
        ];
        const word = runs.find((r) => /[\u0600-\u06ff]/.test(r.text));
        return { ys: ys.map(Number), word: word?.y.toFixed(2) };
      } finally {
        pdfmake.setFonts(ROBOTO);
      }
    };
    /** How much the distances from one baseline to the next differ, largest less smallest. */
    const spread = (ys: number[]) => {
      const gaps = ys.slice(1).map((y, i) => (ys[i] as number) - y);
      return Math.max(...gaps) - Math.min(...gaps);
    };
    // With Roboto's metrics (the brief's fonts) every line is as far from the next.
    const even = await lines(FONTS);
    expect(even.ys.length).toBeGreaterThan(6);
    expect(even.ys.map((y) => y.toFixed(2))).toContain(even.word);
    expect(spread(even.ys)).toBeLessThan(0.05);
    // With its own, Noto Sans Arabic's taller ascender and descender open the line.
    const { metrics: _, ...own } = FONTS.NotoSansArabic as object & { metrics: unknown };
    const uneven = await lines({ ...ROBOTO, NotoSansArabic: own });
    expect(spread(uneven.ys)).toBeGreaterThan(1);
  });
});
