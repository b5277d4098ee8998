import { describe, expect, it } from "vitest";
import { fontRuns } from "../src/text/font-runs.js";
import { printable } from "../src/text/printable-text.js";

const families = (text: string) => fontRuns(text).map((r) => [r.text, r.font?.family ?? "Roboto"]);

describe("font runs", () => {
  it("keeps Latin, Greek and Cyrillic text in Roboto, as one run", () => {
    expect(families("Falémé, Αθήνα, Москва")).toEqual([["Falémé, Αθήνα, Москва", "Roboto"]]);
  });

  it("prints Arabic in Noto Sans Arabic, keeping the spaces between its words in the run", () => {
    expect(families("Title: تعاون أمني (2025)")).toEqual([
      ["Title: ", "Roboto"],
      ["تعاون أمني", "NotoSansArabic"],
      [" (2025)", "Roboto"],
    ]);
  });

  it("prints emoji in Noto Emoji, with their presentation selectors", () => {
    const runs = fontRuns("ok ✅ and ❤️");
    expect(runs.map((r) => r.text)).toEqual(["ok ", "✅", " and ", "❤️"]);
    expect(runs[1]?.font?.family).toMatch(/^NotoEmoji/);
    expect(runs[3]?.font?.family).toMatch(/^NotoEmoji/);
  });

  it("prints a character no embedded font has as its code point", () => {
    expect(families("क")).toEqual([["[U+0915]", "Roboto"]]);
  });
});

describe("printable", () => {
  it("leaves bidi controls out", () => {
    expect(printable("a\u202Ebc\u202C d\u2067e\u2069")).toBe("abc de");
  });
});
