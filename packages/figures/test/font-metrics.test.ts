import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { FALLBACK_FONTS } from "../src/text/fallback-fonts.js";
import { openFont, textWidth } from "../src/text/font-metrics.js";

const fonts = createRequire(import.meta.url)("pdfmake/fonts/Roboto.js") as {
  Roboto: { normal: string; bold: string };
};

describe("textWidth", () => {
  it.each([
    ["Sénégal", false],
    ["MAURITANIE", true],
    ["Nabaji Civol (Nabadji Civol)", false],
    ["1\u00a0000\u00a0km", false],
  ])("measures %s with the embedded Roboto's advance widths", (text, bold) => {
    const font = openFont(bold ? fonts.Roboto.bold : fonts.Roboto.normal);
    const expected = (font.layout(text).advanceWidth / font.unitsPerEm) * 9;
    expect(textWidth(text, 9, bold)).toBeCloseTo(expected, 9);
  });

  it("tells narrow letters from wide ones, and bold from regular", () => {
    expect(textWidth("WWWW", 10)).toBeGreaterThan(2 * textWidth("iiii", 10));
    expect(textWidth("MALI", 10, true)).toBeGreaterThan(textWidth("MALI", 10));
    expect(textWidth("Mali", 20)).toBeCloseTo(2 * textWidth("Mali", 10), 9);
    expect(textWidth("", 10)).toBe(0);
  });

  it("measures what Roboto lacks in the fallback font that draws it, with its features", () => {
    const arabic = FALLBACK_FONTS.find((f) => f.family === "NotoSansArabic");
    if (arabic === undefined) throw new Error("Noto Sans Arabic is a fallback");
    const noto = openFont(arabic.files.normal);
    const roboto = openFont(fonts.Roboto.normal);
    const name = "ديبولي";
    const em = (font: typeof noto, text: string, features?: Record<string, boolean>) =>
      font.layout(text, features ? { ...features } : undefined).advanceWidth / font.unitsPerEm;
    expect(textWidth(name, 9)).toBeCloseTo(em(noto, name, arabic.features) * 9, 9);
    expect(textWidth(`${name} (Mali)`, 9)).toBeCloseTo(
      (em(noto, name, arabic.features) + em(roboto, " (Mali)")) * 9,
      9,
    );
    // Not the widths of Roboto's empty boxes.
    expect(textWidth(name, 9)).not.toBeCloseTo(em(roboto, name) * 9, 3);
  });
});
