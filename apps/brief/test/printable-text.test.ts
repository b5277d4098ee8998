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
});
