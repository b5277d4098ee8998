// Render SVG figures in a real pdfmake document and read the text back with pdf.js.
import { createRequire } from "node:module";
import { dirname } from "node:path";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import pdfmakeModule from "pdfmake";

// @types/pdfmake describes the 0.2 printer class; pdfmake 0.3 exports a ready server instance.
interface PdfmakeServer {
  setFonts(fonts: unknown): void;
  setUrlAccessPolicy(allow: (url: string) => boolean): void;
  setLocalAccessPolicy(allow: (path: string) => boolean): void;
  createPdf(doc: object): { getBuffer(): Promise<Buffer> };
}
const pdfmake = pdfmakeModule as unknown as PdfmakeServer;
// The bundled font table has no type declarations: read it through require.
const Roboto = createRequire(import.meta.url)("pdfmake/fonts/Roboto.js") as {
  Roboto: { normal: string };
};
const fontFolder = dirname(Roboto.Roboto.normal);

pdfmake.setFonts(Roboto);
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((path) => path.startsWith(fontFolder));

/** A one-page A4 PDF holding each SVG at the given width, with fixed dates for stable bytes. */
export async function pdfWithFigures(figures: { svg: string; width: number }[]): Promise<Buffer> {
  const fixed = new Date(Date.UTC(2025, 0, 1));
  return pdfmake
    .createPdf({
      pageSize: "A4",
      pageMargins: [57, 57, 57, 57],
      content: figures.map((f) => ({ svg: f.svg, width: f.width, margin: [0, 0, 0, 12] })),
      info: { title: "figures", creationDate: fixed, modDate: fixed },
    })
    .getBuffer();
}

/** The text of every page, as pdf.js extracts it. */
export async function pdfText(pdf: Buffer): Promise<string> {
  const doc = await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ("str" in item ? item.str : "")).join(" "));
  }
  await doc.destroy();
  return pages.join("\n");
}
