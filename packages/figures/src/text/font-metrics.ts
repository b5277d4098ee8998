// Text widths from the font the brief embeds (Roboto, as pdfmake ships it), read with fontkit,
// so that labels are placed by the widths the PDF will draw.
import { createRequire } from "node:module";
import type * as Fontkit from "fontkit";
import type { Font } from "fontkit";

/** pdfmake's bold Roboto is its Medium cut: measure that, since that is what gets drawn. */
interface RobotoFiles {
  Roboto: { normal: string; bold: string };
}

const require = createRequire(import.meta.url);
// fontkit as pdfkit loads it (CommonJS): one copy of the library in the process, not two.
const { openSync } = require("fontkit") as typeof Fontkit;
let fonts: { normal: Font; bold: Font } | undefined;
const widths = new Map<string, number>();

/** One font of a file (a TrueType file holds one; a collection would need a name). */
export function openFont(path: string): Font {
  const opened = openSync(path);
  if (!("layout" in opened)) throw new Error(`${path} is a font collection, not one font`);
  return opened;
}

function roboto(): { normal: Font; bold: Font } {
  if (!fonts) {
    const files = (require("pdfmake/fonts/Roboto.js") as RobotoFiles).Roboto;
    fonts = { normal: openFont(files.normal), bold: openFont(files.bold) };
  }
  return fonts;
}

/** Width of one line of text at `fontSize`, in the same unit, kerning included. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  const key = `${bold ? "b" : "n"}${text}`;
  let em = widths.get(key);
  if (em === undefined) {
    const font = bold ? roboto().bold : roboto().normal;
    em = font.layout(text).advanceWidth / font.unitsPerEm;
    widths.set(key, em);
  }
  return em * fontSize;
}
