import pdfmakeModule from "pdfmake";
import type { TDocumentDefinitions } from "pdfmake/interfaces.js";
import { FONT_PATHS, FONTS, type FontFiles } from "./fonts.js";

/**
 * pdfmake 0.3 calls `pageBreakBefore` with the node and an object of queries (0.2, which the
 * bundled types describe, passed arrays).
 */
export interface PageBreakQueries {
  getFollowingNodesOnPage(): PlacedNode[];
  getNodesOnNextPage(): PlacedNode[];
  getPreviousNodesOnPage(): PlacedNode[];
}

/** What pdfmake tells `pageBreakBefore` about a node it has laid out (the part used here). */
export interface PlacedNode {
  headlineLevel?: number;
  startPosition?: { pageNumber: number; top: number };
}

export type DocumentDefinition = Omit<TDocumentDefinitions, "pageBreakBefore"> & {
  pageBreakBefore?: (node: PlacedNode, queries: PageBreakQueries) => boolean;
};

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
