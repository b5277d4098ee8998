import { openPdf } from "./read-pdf.js";

/** A structure element as pdf.js reads it back (`getStructTree`), with the text it holds. */
export interface StructNode {
  role: string;
  alt: string | undefined;
  lang: string | undefined;
  children: StructNode[];
  /** Marked-content ids of the text directly under this element. */
  content: string[];
}

/** A text run with the marked-content tags around it, outermost first. */
export interface MarkedRun {
  text: string;
  y: number;
  marks: string[];
  /** Id of the innermost marked content with one (links it to its structure element). */
  id: string | undefined;
}

export interface PdfStructure {
  /** The structure tree of each page. */
  pages: { tree: StructNode[]; runs: MarkedRun[]; height: number }[];
  /** The parsed XMP metadata (lower-cased names, as pdf.js gives them). */
  xmp: Map<string, unknown>;
  /** The document language (the catalog's /Lang). */
  lang: unknown;
  attachments: Record<string, { filename: string; content: Uint8Array }>;
}

interface RawNode {
  role?: string;
  alt?: string;
  lang?: string;
  type?: string;
  id?: string;
  children?: RawNode[];
}

function toNode(raw: RawNode): StructNode {
  const children = raw.children ?? [];
  return {
    role: raw.role ?? "",
    alt: raw.alt,
    lang: raw.lang,
    children: children.filter((c) => c.role !== undefined).map(toNode),
    content: children.flatMap((c) => (c.type === "content" && c.id ? [c.id] : [])),
  };
}

/** Reads a PDF's structure back as assistive technology does, through pdf.js. */
export async function readStructure(pdf: Buffer): Promise<PdfStructure> {
  const doc = await openPdf(pdf);
  const pages: PdfStructure["pages"] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const tree = ((await page.getStructTree()) as RawNode | null)?.children ?? [];
    const text = await page.getTextContent({ includeMarkedContent: true });
    const stack: { tag: string; id: string | undefined }[] = [];
    const runs: MarkedRun[] = [];
    for (const item of text.items) {
      if ("type" in item) {
        if (item.type === "endMarkedContent") stack.pop();
        else {
          // pdf.js gives the tag of a marked-content start, though its types leave it out.
          const mark = item as { tag?: string; id?: string | null };
          stack.push({ tag: mark.tag ?? "", id: mark.id ?? undefined });
        }
      } else if (item.str.trim() !== "") {
        runs.push({
          text: item.str,
          y: item.transform[5] as number,
          marks: stack.map((s) => s.tag),
          id: [...stack].reverse().find((s) => s.id !== undefined)?.id,
        });
      }
    }
    pages.push({ tree: tree.map(toNode), runs, height: page.view[3] ?? 0 });
  }
  const { info, metadata } = await doc.getMetadata();
  const attachments = (await doc.getAttachments()) ?? {};
  await doc.destroy();
  return {
    pages,
    xmp: new Map(metadata ? [...(metadata as unknown as Iterable<[string, unknown]>)] : []),
    lang: (info as Record<string, unknown>).Language,
    attachments,
  };
}

/** Every element of the trees, depth first. */
export function allElements(trees: readonly StructNode[]): StructNode[] {
  return trees.flatMap((n) => [n, ...allElements(n.children)]);
}

/** A PDF literal string's bytes, its escapes undone (ISO 32000-1, 7.3.4.2). */
function literalBytes(body: string): string {
  return body.replace(/\\([0-7]{1,3}|[\s\S])/g, (_, c: string) => {
    if (/^[0-7]/.test(c)) return String.fromCharCode(Number.parseInt(c, 8));
    return ({ n: "\n", r: "\r", t: "\t", b: "\b", f: "\f" } as Record<string, string>)[c] ?? c;
  });
}

/**
 * The ActualText of every structure element, decoded (UTF-16BE after its byte-order mark, or
 * PDFDocEncoding's ASCII): what a screen reader reads for the glyphs they hold.
 */
export function actualTexts(pdf: Buffer): string[] {
  return [...pdf.toString("latin1").matchAll(/\/ActualText \(((?:\\[\s\S]|[^\\)])*)\)/g)].map(
    ([, body]) => {
      const bytes = literalBytes(body ?? "");
      if (!bytes.startsWith("\u00fe\u00ff")) return bytes;
      return Buffer.from(bytes.slice(2), "latin1").swap16().toString("utf16le");
    },
  );
}
