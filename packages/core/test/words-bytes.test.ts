import { describe, expect, it } from "vitest";
import { wordsBytes, wordsOf } from "../src/load/words-bytes.js";

/** The words an outline takes out of a file, as the parse cache keeps and reads them back. */
describe("a file's words as bytes", () => {
  const mixed = [
    "Kayes",
    "Défense du Sénégal, ÿ and \u0080",
    "l’ambassadeur du Mali",
    "",
    "ديبولي",
    "Diboli ديبولي 2",
    "🇸🇳 flag",
    "x".repeat(5000),
    "fin",
  ];

  it("reads back every word, in order, whichever text it was kept in", () => {
    expect(wordsOf(wordsBytes(mixed))).toEqual(mixed);
    expect(wordsOf(wordsBytes([]))).toEqual([]);
    expect(wordsOf(wordsBytes(["only ’ wide"]))).toEqual(["only ’ wide"]);
  });

  it("keeps a word within Latin-1 at one byte a character, and the others as UTF-8", () => {
    const head = (count: number) => 12 + 4 * count;
    expect(wordsBytes(["Sénégal"]).length).toBe(head(1) + "Sénégal".length);
    expect(wordsBytes(["l’ami"]).length).toBe(head(1) + Buffer.byteLength("l’ami"));
    expect(wordsBytes(["é", "’"]).length).toBe(head(2) + 1 + 3);
  });

  it("keeps words UTF-8 cannot carry, a lone surrogate among them, as they are", () => {
    const words = ["before", "half \ud800 a pair", "after ’"];
    expect(wordsOf(wordsBytes(words))).toEqual(words);
  });
});
