import { FALLBACK_FONTS, type FontFiles, PRIMARY_FAMILY, ROBOTO } from "@bilat/figures";

export type { FallbackFont, FontFiles } from "@bilat/figures";
export { FALLBACK_FONTS, PRIMARY_FONT_FILE } from "@bilat/figures";

/** The family every style uses: Roboto as pdfmake ships it (Latin, Greek, Cyrillic). */
export const FONT_FAMILY = PRIMARY_FAMILY;

/** Every family the renderer knows (absolute paths): Roboto and the fallbacks, by family name. */
export const FONTS: Record<string, FontFiles> = {
  ...ROBOTO,
  ...Object.fromEntries(FALLBACK_FONTS.map((f) => [f.family, f.files])),
};

/** Every font file the renderer may read: the only local files pdfmake is allowed to open. */
export const FONT_PATHS: ReadonlySet<string> = new Set(
  Object.values(FONTS).flatMap((files) => Object.values(files)),
);
