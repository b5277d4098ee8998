import { PRINTED_SCRIPTS } from "@bilat/core";
import { fontFor, fontRuns } from "@bilat/figures";
import { describe, expect, it } from "vitest";
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

  it("cuts a number that ends a right-to-left run off what follows it, not one after Latin", () => {
    expect(families("بيان رقم 7» issued")).toEqual([
      ["بيان رقم", "NotoSansArabic"],
      [" 7", "Roboto"],
      ["» issued", "Roboto"],
    ]);
    expect(families("تقرير 2024 عن مالي")).toEqual([
      ["تقرير", "NotoSansArabic"],
      [" 2024", "Roboto"],
      [" ", "Roboto"],
      ["عن مالي", "NotoSansArabic"],
    ]);
    expect(families("Statement 7» issued")).toEqual([["Statement 7» issued", "Roboto"]]);
    const ending = (text: string) => fontRuns(text).map((r) => r.endsRightToLeft === true);
    expect(ending("بيان رقم 7» issued")).toEqual([false, true, false]);
    expect(ending("تعاون أمني (2025)")).toEqual([false, true]);
    expect(ending("تعاون أمني (2025» x")).toEqual([false, false]);
  });

  it("prints emoji in Noto Emoji, with their presentation selectors", () => {
    const runs = fontRuns("ok ✅ and ❤️");
    expect(runs.map((r) => r.text)).toEqual(["ok ", "✅", " and ", "❤️"]);
    expect(runs[1]?.font?.family).toMatch(/^NotoEmoji/);
    expect(runs[3]?.font?.family).toMatch(/^NotoEmoji/);
  });

  it("prints Pulaar, Wolof and Bambara letters Roboto lacks in Noto Sans", () => {
    expect(families("Ɓamba ɲɛ")).toEqual([
      ["Ɓ", "NotoSans-latin-ext"],
      ["amba ", "Roboto"],
      ["ɲɛ", "NotoSans-latin-ext"],
    ]);
  });

  it("prints a character no embedded font has as its code point", () => {
    expect(families("合")).toEqual([["[U+5408]", "Roboto"]]);
  });
});

/** The letters of each script's main block, which the fonts must all have. */
const BLOCKS: Record<string, [number, number]> = {
  Latin: [0x41, 0x24f],
  Greek: [0x391, 0x3c9],
  Cyrillic: [0x410, 0x45f],
  Devanagari: [0x905, 0x939],
  Arabic: [0x621, 0x64a],
  Common: [0x20, 0x40],
  // The marks that stay loose after composition (NFC) are few: the fonts have the common ones.
  Inherited: [0x300, 0x301],
};

describe("the fonts", () => {
  it.each(PRINTED_SCRIPTS)(
    "print every letter of the %s script, as validate promises",
    (script) => {
      const block = BLOCKS[script];
      if (block === undefined) throw new Error(`no sample block for ${script}`);
      const pattern = new RegExp(`^\\p{Script=${script}}$`, "u");
      const missing: string[] = [];
      for (let cp = block[0]; cp <= block[1]; cp++) {
        const char = String.fromCodePoint(cp);
        if (pattern.test(char) && /\p{L}|\p{N}|\p{P}|\p{M}/u.test(char) && fontFor(cp) === null)
          missing.push(char);
      }
      expect(missing).toEqual([]);
    },
  );
});

describe("printable", () => {
  it("leaves bidi controls out", () => {
    expect(printable("a\u202Ebc\u202C d\u2067e\u2069")).toBe("abc de");
  });
});
