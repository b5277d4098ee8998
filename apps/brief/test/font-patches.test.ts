import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type * as Fontkit from "fontkit";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import pdfmakeModule from "pdfmake";
import { describe, expect, it } from "vitest";
import { PRIMARY_FONT_FILE } from "../src/fonts.js";

// fontkit and pdfkit as patched (patches/fontkit@2.0.4.patch, patches/pdfkit@0.19.1.patch).
const require = createRequire(import.meta.url);
const fontkit = require("fontkit") as typeof Fontkit;
const pdfmake = pdfmakeModule as unknown as {
  setFonts(fonts: unknown): void;
  setUrlAccessPolicy(allow: () => boolean): void;
  setLocalAccessPolicy(allow: () => boolean): void;
  createPdf(doc: unknown): { getBuffer(): Promise<Buffer> };
};
pdfmake.setFonts(require("pdfmake/fonts/Roboto.js"));
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy(() => true);

const notoSans = (file: string) =>
  join(dirname(require.resolve("@fontsource/noto-sans/package.json")), "files", file);

/** The glyph ids a font gives a text. */
const glyphIds = (font: Fontkit.Font, text: string) => font.layout(text).glyphs.map((g) => g.id);

describe("the font patches", () => {
  it("parse a font file once per process: every reader shares the font", () => {
    const first = fontkit.openSync(PRIMARY_FONT_FILE);
    expect(fontkit.openSync(PRIMARY_FONT_FILE)).toBe(first);
    const other = fontkit.openSync(notoSans("noto-sans-latin-400-normal.woff"));
    expect(other).not.toBe(first);
    expect((other as Fontkit.Font).postscriptName).toBe("NotoSans-Regular");
  });

  it("still decode WOFF2 files, whose decompressor is loaded when first needed", () => {
    const woff = fontkit.openSync(notoSans("noto-sans-latin-400-normal.woff")) as Fontkit.Font;
    const woff2 = fontkit.openSync(notoSans("noto-sans-latin-400-normal.woff2")) as Fontkit.Font;
    expect(woff2).not.toBe(woff);
    expect(glyphIds(woff2, "Falémé office")).toEqual(glyphIds(woff, "Falémé office"));
  });

  it("still encrypt a document, whose ciphers are loaded when first needed", async () => {
    const pdf = await pdfmake
      .createPdf({
        content: ["Restricted text"],
        version: "1.7ext3",
        userPassword: "open sesame",
        ownerPassword: "owner",
        info: { creationDate: new Date("2025-01-01T00:00:00Z") },
      })
      .getBuffer();
    expect(pdf.toString("latin1")).toMatch(/\/Filter \/Standard[\s\S]*\/V 5/);
    const read = (password?: string) =>
      getDocument({
        data: new Uint8Array(pdf),
        isEvalSupported: false,
        verbosity: 0,
        ...(password === undefined ? {} : { password }),
      }).promise;
    await expect(read()).rejects.toThrow(/password/i);
    const doc = await read("open sesame");
    const page = await doc.getPage(1);
    const text = (await page.getTextContent()).items.map((i) => ("str" in i ? i.str : "")).join("");
    expect(text).toContain("Restricted text");
  });
});
