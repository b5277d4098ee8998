import pdfmakeModule from "pdfmake";
import type { TDocumentDefinitions } from "pdfmake/interfaces.js";
import { FONT_PATHS, FONTS, type PdfFamily } from "../fonts.js";
import { type XmpInfo, xmpDescriptions } from "./xmp.js";

/** A pdfmake document definition (the bundled types describe pdfmake 0.2, close enough). */
export type DocumentDefinition = TDocumentDefinitions;

/** A file carried inside the PDF (PDF/A-3 associated file), e.g. the brief's evidence as JSON. */
export interface Attachment {
  name: string;
  mimeType: string;
  description: string;
  data: Buffer;
  /** PDF/A-3's AFRelationship: how the file relates to the document. */
  relationship: "Data" | "Source" | "Supplement" | "Alternative";
}

/** What the archival layer adds around pdfmake: the XMP metadata and the attached files. */
export interface ArchivalOptions {
  xmp: XmpInfo;
  attachments: readonly Attachment[];
}

/** The part of pdfkit's document the archival layer touches (pdfmake returns it unfinished). */
interface PdfKitDocument {
  _addInfo(): void;
  appendXML(xml: string): void;
  file(data: Buffer, options: Record<string, unknown>): unknown;
  on(event: "data", listener: (chunk: Buffer) => void): void;
  on(event: "end" | "error", listener: (value?: unknown) => void): void;
  end(): void;
}

/** The part of pdfmake 0.3's server API the brief uses (its bundled types describe 0.2). */
interface PdfMake {
  setFonts(fonts: Record<string, PdfFamily>): void;
  setUrlAccessPolicy(allow: (url: string) => boolean): void;
  setLocalAccessPolicy(allow: (path: string) => boolean): void;
  createPdf(doc: DocumentDefinition): { getStream(): Promise<PdfKitDocument> };
}

const pdfmake = pdfmakeModule as unknown as PdfMake;

// The document never fetches anything and reads only the embedded font files.
pdfmake.setFonts(FONTS);
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((path) => FONT_PATHS.has(path));

/** PDF/A part and conformance level of a `subset` such as "PDF/A-3a". */
function pdfaLevel(subset: string | undefined): { part: number; conformance: string } {
  const match = /^PDF\/A-(\d)([ab])$/.exec(subset ?? "");
  if (match === null) throw new Error(`not a PDF/A level: ${subset}`);
  return { part: Number(match[1]), conformance: (match[2] as string).toUpperCase() };
}

/**
 * Lays out and writes a document definition as PDF bytes. pdfmake hands back pdfkit's document
 * before it ends: the XMP packet is written here (see xmp.ts) and the attachments are embedded
 * as PDF/A-3 associated files, dated like the document so that the bytes stay reproducible.
 */
export async function printPdf(
  doc: DocumentDefinition,
  archival: ArchivalOptions,
): Promise<Buffer> {
  const level = pdfaLevel((doc as { subset?: string }).subset);
  const pdf = await pdfmake.createPdf(doc).getStream();
  pdf._addInfo = () => pdf.appendXML(xmpDescriptions(archival.xmp, level));
  for (const a of archival.attachments) {
    pdf.file(a.data, {
      name: a.name,
      type: a.mimeType,
      description: a.description,
      relationship: a.relationship,
      creationDate: archival.xmp.created,
      modifiedDate: archival.xmp.modified,
    });
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    pdf.on("data", (chunk) => chunks.push(chunk));
    pdf.on("end", () => resolve(Buffer.concat(chunks)));
    pdf.on("error", reject);
    pdf.end();
  });
}
