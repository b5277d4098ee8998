import {
  FALLBACK_FONTS,
  type FontFiles,
  openFont,
  PRIMARY_FAMILY,
  PRIMARY_FONT_FILE,
  ROBOTO,
} from "@bilat/figures";

export type { FallbackFont, FontFiles } from "@bilat/figures";
export { FALLBACK_FONTS, PRIMARY_FONT_FILE } from "@bilat/figures";

/** The family every style uses: Roboto as pdfmake ships it (Latin, Greek, Cyrillic). */
export const FONT_FAMILY = PRIMARY_FAMILY;

/** A font's vertical metrics as pdfkit keeps them, per 1000 units of the em. */
export interface LineMetrics {
  ascender: number;
  descender: number;
  lineGap: number;
}

/** A family as the renderer's patched pdfmake takes it: its files, and metrics replacing its own. */
export interface PdfFamily extends FontFiles {
  metrics?: LineMetrics;
}

let primary: LineMetrics | undefined;

/** Roboto's metrics, read when pdfmake first lays out a fallback font. */
function primaryMetrics(): LineMetrics {
  if (primary === undefined) {
    const font = openFont(PRIMARY_FONT_FILE);
    const scale = 1000 / font.unitsPerEm;
    primary = {
      ascender: font.ascent * scale,
      descender: font.descent * scale,
      lineGap: font.lineGap * scale,
    };
  }
  return primary;
}

/**
 * A fallback family laid out with Roboto's metrics (CSS's ascent-override and descent-override):
 * Noto Sans Arabic's taller ascender and descender would otherwise push a line's baseline down,
 * away from its bullet, and open a gap under any line holding one Arabic word.
 */
const fallbackFamily = (files: FontFiles): PdfFamily => ({
  ...files,
  get metrics() {
    return primaryMetrics();
  },
});

/** Every family the renderer knows (absolute paths): Roboto and the fallbacks, by family name. */
export const FONTS: Record<string, PdfFamily> = {
  ...ROBOTO,
  ...Object.fromEntries(FALLBACK_FONTS.map((f) => [f.family, fallbackFamily(f.files)])),
};

/** Every font file the renderer may read: the only local files pdfmake is allowed to open. */
export const FONT_PATHS: ReadonlySet<string> = new Set(
  [...Object.values(ROBOTO), ...FALLBACK_FONTS.map((f) => f.files)].flatMap((files) =>
    Object.values(files),
  ),
);
