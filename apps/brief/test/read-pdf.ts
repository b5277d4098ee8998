import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

/** A run of text on a page, with its baseline's height from the bottom of the page. */
export interface TextRun {
  text: string;
  y: number;
}

export interface PdfPage {
  number: number;
  height: number;
  runs: TextRun[];
  /** The page's text, runs joined by spaces, no-break spaces made plain, spaces collapsed. */
  text: string;
}

export interface PdfContent {
  pages: PdfPage[];
  /** The whole document's text, as `text` is for a page. */
  text: string;
  /** The document's text without its artifacts (running heads and feet), as a screen reader reads it. */
  contentText: string;
  info: Record<string, unknown>;
}

const normalise = (s: string) => s.replace(/\s+/g, " ").trim();

/** Opens a PDF with pdf.js as the tests read it: no script evaluation, no fonts loaded in a page. */
export function openPdf(pdf: Buffer) {
  return getDocument({
    data: new Uint8Array(pdf),
    isEvalSupported: false,
    disableFontFace: true,
    verbosity: 0,
  }).promise;
}

/** Reads a PDF back as a reader's tools do (pdf.js): text runs per page, and the metadata. */
export async function readPdf(pdf: Buffer): Promise<PdfContent> {
  const doc = await openPdf(pdf);
  const pages: PdfPage[] = [];
  const content: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const marked = await page.getTextContent({ includeMarkedContent: true });
    const artifacts: boolean[] = [];
    for (const item of marked.items) {
      if (!("type" in item)) {
        if (!artifacts.includes(true)) content.push(item.str);
      } else if (item.type === "endMarkedContent") artifacts.pop();
      else artifacts.push((item as { tag?: string }).tag === "Artifact");
    }
    const runsOf = await page.getTextContent();
    const runs = runsOf.items.flatMap((item) =>
      "str" in item ? [{ text: item.str, y: item.transform[5] as number }] : [],
    );
    pages.push({
      number: n,
      height: page.view[3] ?? 0,
      runs,
      text: normalise(runs.map((r) => r.text).join(" ")),
    });
  }
  const { info } = await doc.getMetadata();
  await doc.destroy();
  return {
    pages,
    text: normalise(pages.map((p) => p.text).join(" ")),
    contentText: normalise(content.join(" ")),
    info: info as Record<string, unknown>,
  };
}

/** The runs of one page with the font each is drawn in (the embedded font's name, subset tag and all). */
export async function runFonts(
  pdf: Buffer,
  pageNumber: number,
): Promise<{ text: string; font: string }[]> {
  const doc = await openPdf(pdf);
  const page = await doc.getPage(pageNumber);
  // Fonts are loaded as the page's drawing is read, not with its text.
  await page.getOperatorList();
  const { items } = await page.getTextContent();
  const runs = items.flatMap((item) =>
    "str" in item
      ? [
          {
            text: item.str,
            font: (page.commonObjs.get(item.fontName) as { name?: string }).name ?? "",
          },
        ]
      : [],
  );
  await doc.destroy();
  return runs;
}
