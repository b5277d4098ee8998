// Text widths from the fonts the brief embeds (Roboto as pdfmake ships it, and the fallback font
// of each character Roboto lacks), read with fontkit, so that labels are placed by the widths
// the PDF will draw.
import { createRequire } from "node:module";
import type * as Fontkit from "fontkit";
import type { Font } from "fontkit";
import { withoutBidiControls } from "./bidi-controls.js";
import { type FontFiles, PRIMARY_FAMILY, ROBOTO } from "./fallback-fonts.js";
import { fontRuns } from "./font-runs.js";

const require = createRequire(import.meta.url);
// fontkit as pdfkit loads it (CommonJS): one copy of the library in the process, not two.
const { openSync } = require("fontkit") as typeof Fontkit;
const opened = new Map<string, Font>();
const widths = new Map<string, number>();

/** One font of a file (a TrueType file holds one; a collection would need a name). */
export function openFont(path: string): Font {
  const font = openSync(path);
  if (!("layout" in font)) throw new Error(`${path} is a font collection, not one font`);
  return font;
}

function fontOf(files: FontFiles, bold: boolean): Font {
  // pdfmake's bold Roboto is its Medium cut: measure that, since that is what gets drawn.
  const path = bold ? files.bold : files.normal;
  let font = opened.get(path);
  if (font === undefined) {
    font = openFont(path);
    opened.set(path, font);
  }
  return font;
}

/**
 * Width of one line of text at `fontSize`, in the same unit, kerning included: each run in the
 * font that draws it, with the features it is drawn with.
 */
export function textWidth(text: string, fontSize: number, bold = false): number {
  const key = `${bold ? "b" : "n"}${text}`;
  let em = widths.get(key);
  if (em === undefined) {
    em = 0;
    // As the brief draws it: bidi controls left out (see `visualRuns`).
    for (const run of fontRuns(withoutBidiControls(text))) {
      const font = fontOf(run.font?.files ?? (ROBOTO[PRIMARY_FAMILY] as FontFiles), bold);
      // A copy: fontkit writes its defaults into the object it is given.
      const features = run.font?.features ? { ...run.font.features } : undefined;
      em += font.layout(run.text, features).advanceWidth / font.unitsPerEm;
    }
    widths.set(key, em);
  }
  return em * fontSize;
}
