import { createRequire } from "node:module";

/** pdfmake's font descriptor: one TrueType file per style. */
export interface FontFiles {
  normal: string;
  bold: string;
  italics: string;
  bolditalics: string;
}

const require = createRequire(import.meta.url);

/**
 * Roboto as pdfmake ships it (absolute paths to its TTF files). It carries every character the
 * French text needs (é è ç œ « » and the no-break space) and pdfkit embeds it as a subset.
 */
export const FONTS: Record<string, FontFiles> = require("pdfmake/fonts/Roboto.js");

/** The family every style uses. */
export const FONT_FAMILY = "Roboto";

/** Every font file the renderer may read: the only local files pdfmake is allowed to open. */
export const FONT_PATHS: ReadonlySet<string> = new Set(
  Object.values(FONTS).flatMap((files) => Object.values(files)),
);
