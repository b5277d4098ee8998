import pdfmakeModule from "pdfmake";
import type { TDocumentDefinitions } from "pdfmake/interfaces.js";
import { FONT_PATHS, FONTS, type FontFiles } from "./fonts.js";

/** A pdfmake document definition (the bundled types describe pdfmake 0.2, close enough). */
export type DocumentDefinition = TDocumentDefinitions;

/** The part of pdfmake 0.3's server API the brief uses (its bundled types describe 0.2). */
interface PdfMake {
  setFonts(fonts: Record<string, FontFiles>): void;
  setUrlAccessPolicy(allow: (url: string) => boolean): void;
  setLocalAccessPolicy(allow: (path: string) => boolean): void;
  createPdf(doc: DocumentDefinition): { getBuffer(): Promise<Buffer> };
}

const pdfmake = pdfmakeModule as unknown as PdfMake;

// The document never fetches anything and reads only the embedded font files.
pdfmake.setFonts(FONTS);
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((path) => FONT_PATHS.has(path));

/** Lays out and writes a document definition as PDF bytes. */
export function printPdf(doc: DocumentDefinition): Promise<Buffer> {
  return pdfmake.createPdf(doc).getBuffer();
}
