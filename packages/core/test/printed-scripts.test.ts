import { describe, expect, it } from "vitest";
import {
  plainlyPrinted,
  unprintedBySearch,
  unprintedCharacter,
} from "../src/check/printed-scripts.js";

/** Texts where a table of single code units could go wrong: scripts, marks, pairs, lone halves. */
const TRICKY = [
  "",
  "Plain ASCII, with digits 0123 and punctuation!",
  "Le Sénégal et le Mali s’engagent « vite » — ou pas…",
  "Ǆ ǅ ǆ ɏ ɐ ʼ ˆ", // the end of Latin Extended-B and just past it (IPA, modifiers)
  "السنغال ومالي تتعهدان بتعاون عسكري", // Arabic
  "ٱلْعَرَبِيَّةُ", // Arabic with harakat (combining, Inherited)
  "e\u0301 a\u0308 n\u0303 \u20dd \u0360", // combining marks on Latin letters
  "Ελλάδα Россия नमस्ते", // Greek, Cyrillic, Devanagari
  "中文 ひらがな カタカナ 한국어", // Han, Hiragana, Katakana, Hangul
  "עברית ܣܘܪܝܝܐ ⵜⴰⵎⴰⵣⵉⵖⵜ ߒߞߏ", // Hebrew, Syriac, Tifinagh, N'Ko
  "😀 👍🏽 🇸🇳 👨‍👩‍👧 ❤️ #️⃣ ©", // emoji, skin tone, flags, ZWJ sequences, keycaps
  "\ud83d", // a lone high surrogate
  "tail \ude00", // a lone low surrogate
  "\ude00\ud83d", // halves in the wrong order
  "𝐀𝐁 𐌰𐌱 𞤀𞤁", // astral: mathematical Latin, Gothic, Adlam
  "\u2065 \u0378 \ufffe \uffff \u0000 \u00ad", // unassigned, non-characters, control, soft hyphen
  "\u200c\u200d\ufe0f\u2060 \u2028", // joiners, variation selector, word joiner, line separator
  "Latin then 中 then 😀",
  "😀 then 中",
];

describe("printed scripts", () => {
  it("finds in every tricky text what the Unicode-property search finds", () => {
    for (const text of TRICKY) {
      expect(unprintedCharacter(text), text).toEqual(unprintedBySearch(text));
      if (plainlyPrinted(text)) expect(unprintedBySearch(text), text).toBeUndefined();
    }
    // The texts cover both answers, and both paths.
    expect(TRICKY.filter((t) => unprintedCharacter(t) !== undefined).length).toBeGreaterThan(5);
    expect(
      TRICKY.filter((t) => plainlyPrinted(t) && /[^\u0000-\u024f]/.test(t)).length,
    ).toBeGreaterThan(3);
  });

  it("agrees with the search on every character of the Basic Multilingual Plane, alone or in a text", () => {
    const disagree: string[] = [];
    for (let unit = 0; unit < 0x10000; unit++) {
      const char = String.fromCharCode(unit);
      for (const text of [char, `Mali ${char} é`, `${char}\u0301`]) {
        if (plainlyPrinted(text) && unprintedBySearch(text) !== undefined)
          disagree.push(`U+${unit.toString(16)}`);
        if (JSON.stringify(unprintedCharacter(text)) !== JSON.stringify(unprintedBySearch(text)))
          disagree.push(`U+${unit.toString(16)} in ${JSON.stringify(text)}`);
      }
    }
    expect(disagree).toEqual([]);
  });

  it("names the first character no font prints, wherever the fast path stops", () => {
    expect(unprintedCharacter("Dakar — 中文")).toEqual({ char: "中", script: "Han" });
    expect(unprintedCharacter("مالي नमस्ते עברית")).toEqual({ char: "ע", script: "Hebrew" });
    expect(unprintedCharacter("ok 😀 \ud83d")?.script).toBe("U+D83D");
    expect(unprintedCharacter("السنغال 😀 e\u0301")).toBeUndefined();
  });
});
