import { describe, expect, it } from "vitest";
import { printable, printableContent } from "../src/text/printable-text.js";

describe("printable", () => {
  it.each([
    ["«\u202fbonjour\u202f»", "«\u00a0bonjour\u00a0»"],
    ["10\u2009000", "10\u00a0000"],
    ["déjà « vu »", "déjà « vu »"],
  ])("makes %j printable as %j", (input, expected) => {
    expect(printable(input)).toBe(expected);
  });

  it("rewrites text in nested content but leaves SVG markup, links and ids alone", () => {
    const node = {
      stack: [{ text: ["a\u202fb", { text: "c\u202fd", link: "https://x.test/\u202f" }] }],
      svg: "<svg>\u202f</svg>",
      id: "note\u202f1",
    };
    expect(printableContent(node)).toEqual({
      stack: [{ text: ["a\u00a0b", { text: "c\u00a0d", link: "https://x.test/\u202f" }] }],
      svg: "<svg>\u202f</svg>",
      id: "note\u202f1",
    });
  });

  it("tags each right-to-left phrase as one Span, numbers it ends with included, words of a left-to-right script not", () => {
    type Part = { text: string; tag?: { type: string; actual: string } };
    const parts = (text: string) =>
      (printableContent({ text }) as unknown as { text: Part[] }).text;

    const numbered = parts("Report «بيان رقم 7» issued");
    const [, words, number, after] = numbered;
    expect(words?.tag).toEqual({ type: "Span", actual: "بيان رقم 7" });
    expect(number?.tag).toBe(words?.tag);
    expect(after?.tag).toBeUndefined();

    // A Bambara word (printed in Noto Sans) between two Arabic ones keeps them apart: two phrases, as the algorithm reads.
    const spans = parts("مالي ɲɛ مالي").flatMap((p) => (p.tag ? [p.tag] : []));
    expect(spans.map((t) => t.actual)).toEqual(["مالي", "مالي"]);
    expect(spans[0]).not.toBe(spans[1]);
  });
});
