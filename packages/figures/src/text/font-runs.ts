import { createRequire } from "node:module";
import type * as Fontkit from "fontkit";
import { FALLBACK_FONTS, type FallbackFont, PRIMARY_FONT_FILE } from "./fallback-fonts.js";

/** A stretch of text printed in one font: Roboto (no `font`) or a fallback family. */
export interface FontRun {
  text: string;
  font?: FallbackFont;
  /**
   * A number that ends the right-to-left run before it, alone or in brackets: the Unicode
   * bidirectional algorithm reads it as part of that run (an Arabic number), printed on its left.
   */
  endsRightToLeft?: true;
}

/** Characters Roboto surely has: ASCII, Latin-1, Latin Extended-A and common punctuation. */
const SURELY_PRIMARY = /^[\u0000-\u017f\u2010-\u2027\u2030-\u205e\u20ac]*$/;

/** Marks that join the character before them (emoji presentation, joiners, combining marks). */
const JOINING = /^[\u200c\u200d\ufe0e\ufe0f\u{1f3fb}-\u{1f3ff}\u{e0020}-\u{e007f}\p{M}]$/u;

// fontkit as pdfkit loads it (CommonJS): one copy of the library in the process, not two.
const fontkit = createRequire(import.meta.url)("fontkit") as typeof Fontkit;

let primary: Set<number> | undefined;

/** Roboto's character map, read once and only when a text leaves the common characters. */
function primaryCovers(codePoint: number): boolean {
  primary ??= new Set((fontkit.openSync(PRIMARY_FONT_FILE) as Fontkit.Font).characterSet);
  return primary.has(codePoint);
}

const inRanges = (font: FallbackFont, cp: number) =>
  font.ranges.some(([from, to]) => cp >= from && cp <= to);

/** The font a character prints in, or null when no embedded font has it. */
export function fontFor(codePoint: number): FallbackFont | undefined | null {
  if (primaryCovers(codePoint)) return undefined;
  return FALLBACK_FONTS.find((f) => inRanges(f, codePoint)) ?? null;
}

/** What prints for a character no embedded font has: its code point, legible and searchable. */
export const missingGlyph = (codePoint: number) =>
  `[U+${codePoint.toString(16).toUpperCase().padStart(4, "0")}]`;

/**
 * Cuts a text into runs by the font that has each character: Roboto for Latin, Greek and
 * Cyrillic, Noto Sans Arabic, Noto Emoji; spaces between two words of a right-to-left script
 * stay in its run (it has them) so the words read as one run. A character no font has is
 * replaced by its code point. (pdfmake has no font fallback of its own.)
 */
export function fontRuns(text: string): FontRun[] {
  if (SURELY_PRIMARY.test(text)) return [{ text }];
  const runs: FontRun[] = [];
  const chars = [...text];
  for (const [index, char] of chars.entries()) {
    const cp = char.codePointAt(0) as number;
    const last = runs[runs.length - 1];
    let font = fontFor(cp);
    let shown = char;
    if (last !== undefined && JOINING.test(char) && (font === null || last.font !== undefined)) {
      // A joiner or selector no font of the run has is formatting only: it is left out.
      if (font === null && last.font === undefined) continue;
      font = last.font;
    } else if (last?.font?.rtl && /\s/.test(char)) {
      const next = chars.slice(index + 1).find((c) => !/\s/.test(c));
      if (next !== undefined && fontFor(next.codePointAt(0) as number) === last.font)
        font = last.font;
    }
    if (font === null) {
      font = undefined;
      shown = missingGlyph(cp);
    }
    if (last !== undefined && last.font === font) last.text += shown;
    else runs.push(font === undefined ? { text: shown } : { text: shown, font });
  }
  return runs.flatMap((run, i) => numberAfterRightToLeft(run, runs[i - 1]));
}

/** A number, its digits Western, with the separators within it, alone or in brackets. */
const NUMBER = "[0-9]+(?:[.,:/][0-9]+)*";
const LEADING_NUMBER = new RegExp(`^(\\s*(?:${NUMBER}|\\(${NUMBER}\\)|\\[${NUMBER}\\]))(.*)$`, "s");

/**
 * A number right after a right-to-left run («بيان رقم 7» issued, تعاون أمني (2025)) as a run of
 * its own, marked as ending that run; what follows it may be left to right.
 */
function numberAfterRightToLeft(run: FontRun, before: FontRun | undefined): FontRun[] {
  if (run.font !== undefined || !before?.font?.rtl) return [run];
  const split = LEADING_NUMBER.exec(run.text);
  if (!split) return [run];
  const number: FontRun = { text: split[1] as string, endsRightToLeft: true };
  return split[2] ? [number, { text: split[2] }] : [number];
}
