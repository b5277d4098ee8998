import { describe, expect, it } from "vitest";
import { fontRuns } from "../src/text/font-runs.js";
import { visualRuns } from "../src/text/visual-runs.js";

/** Each run as its text and the family drawing it, left to right. */
const drawn = (text: string) => visualRuns(text).map((r) => [r.text, r.font?.family ?? "Roboto"]);

describe("visualRuns", () => {
  it("draws a number after an Arabic word in a left-to-right label before the word, as the bidi algorithm orders it", () => {
    expect(drawn("Bamako باماكو 2")).toEqual([
      ["Bamako ", "Roboto"],
      ["2", "Roboto"],
      [" ", "Roboto"],
      ["باماكو", "NotoSansArabic"],
    ]);
  });

  it("orders a right-to-left label from its end, its brackets mirrored and its words in reading order", () => {
    // Read from the right: باماكو (مالي) 2024; drawn from the left: 2024 (مالي) باماكو.
    expect(drawn("باماكو (مالي) 2024")).toEqual([
      ["2024", "Roboto"],
      [" (", "Roboto"],
      ["مالي", "NotoSansArabic"],
      [") ", "Roboto"],
      ["باماكو", "NotoSansArabic"],
    ]);
  });

  it("keeps Arabic words between Latin ones where they are, each shaped from the right by its font", () => {
    expect(drawn("Diboli ديبولي – Kayes")).toEqual([
      ["Diboli ", "Roboto"],
      ["ديبولي", "NotoSansArabic"],
      [" – Kayes", "Roboto"],
    ]);
  });

  it("leaves a text with nothing right to left as its font runs, emoji and all", () => {
    for (const text of ["Nabaji Civol (Nabadji Civol)", "Ɓamba 🇸🇳 Kayes", "Δ 1 000 km"]) {
      expect(visualRuns(text)).toEqual(fontRuns(text));
    }
  });

  it("never lets an override in the data reorder a label: bidi controls are left out", () => {
    expect(drawn("\u202eevil\u202c باماكو")).toEqual([
      ["evil ", "Roboto"],
      ["باماكو", "NotoSansArabic"],
    ]);
  });
});
