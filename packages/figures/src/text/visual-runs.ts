import bidiModule, { type Bidi } from "bidi-js";
import { withoutBidiControls } from "./bidi-controls.js";
import { type FontRun, fontRuns } from "./font-runs.js";

// The Unicode bidirectional algorithm from a library made for it (bidi-js): which way each
// stretch of a mixed text runs is subtle (numbers, neutrals, brackets), not to be done by hand.
// The package is CommonJS exporting the factory itself; its types describe an ES default.
const bidi = (bidiModule as unknown as () => Bidi)();

interface Piece extends FontRun {
  level: number;
  /** Indices into the shown text, in the order they are drawn. */
  at: number[];
}

/**
 * A one-line text's font runs in the order they are drawn from left to right, for a renderer
 * that lays runs out one after the other (svg-to-pdfkit): «Bamako باماكو 2» draws the 2 before
 * the Arabic word. A run in a right-to-left font keeps its reading order, since shaping draws
 * its letters from right to left; a stretch of Roboto running right to left (spaces, brackets
 * between Arabic words) is reversed and its brackets mirrored; emoji keep their order. Bidi
 * controls are left out, as in the brief's text. A text with nothing right to left is
 * `fontRuns` as it is.
 */
export function visualRuns(text: string): FontRun[] {
  const runs = fontRuns(withoutBidiControls(text));
  if (!runs.some((r) => r.font?.rtl)) return runs;
  const shown = runs.map((r) => r.text).join("");
  const fonts: (FontRun["font"] | undefined)[] = [];
  for (const run of runs) for (let i = 0; i < run.text.length; i++) fonts.push(run.font);
  const embedding = bidi.getEmbeddingLevels(shown);
  const mirrored = bidi.getMirroredCharactersMap(shown, embedding.levels);
  const pieces: Piece[] = [];
  for (const at of bidi.getReorderedIndices(shown, embedding)) {
    const font = fonts[at];
    const level = embedding.levels[at] as number;
    const last = pieces[pieces.length - 1];
    if (last !== undefined && last.font === font && last.level === level) last.at.push(at);
    else pieces.push({ text: "", font, level, at: [at] });
  }
  return pieces.map(({ font, level, at }) => {
    const first = Math.min(...at);
    const end = Math.max(...at) + 1;
    if (font !== undefined) return { text: shown.slice(first, end), font };
    if (level % 2 === 0) return { text: shown.slice(first, end) };
    // Roboto running right to left: drawn as it reads from the right, brackets mirrored.
    const chars: string[] = [];
    for (let i = first; i < end; ) {
      const size = (shown.codePointAt(i) as number) > 0xffff ? 2 : 1;
      chars.push(mirrored.get(i) ?? shown.slice(i, i + size));
      i += size;
    }
    return { text: chars.reverse().join("") };
  });
}
