import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type * as Fontkit from "fontkit";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import pdfmakeModule from "pdfmake";
import { describe, expect, it } from "vitest";
import { FALLBACK_FONTS, PRIMARY_FONT_FILE } from "../src/fonts.js";

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

  it("shape a run as a font fresh from its file does, whatever runs came before", () => {
    // The script's default language is chosen once for a run of words in one script; a font
    // opened anew for each word shows what every word gets without that.
    const arabic = FALLBACK_FONTS.find((f) => f.rtl)?.files.normal as string;
    const cases: [string, string, string | undefined][] = [
      [PRIMARY_FONT_FILE, "Falémé office", undefined],
      [PRIMARY_FONT_FILE, "AVATAR", "ENG"],
      [PRIMARY_FONT_FILE, "Привет", undefined],
      [PRIMARY_FONT_FILE, "fine", "XYZ"],
      [PRIMARY_FONT_FILE, "Tŷ office", undefined],
      [arabic, "السنغال", undefined],
      [arabic, "مالي", "ARA"],
      [arabic, "مالي 42", undefined],
    ];
    const shaped = (font: Fontkit.Font, text: string, language?: string) => {
      const run = font.layout(text, undefined, undefined, language);
      return { glyphs: run.glyphs.map((g) => g.id), positions: run.positions, script: run.script };
    };
    const shared = new Map(
      [PRIMARY_FONT_FILE, arabic].map((file) => [file, fontkit.openSync(file) as Fontkit.Font]),
    );
    for (let round = 0; round < 2; round++)
      for (const [file, text, language] of cases) {
        const fresh = fontkit.create(readFileSync(file)) as Fontkit.Font;
        expect(shaped(shared.get(file) as Fontkit.Font, text, language)).toEqual(
          shaped(fresh, text, language),
        );
      }
  });

  it("lay out a word once per font in a process: a second document reuses the first's layout", async () => {
    // pdfkit as pdfmake loads it.
    const PDFDocument = createRequire(require.resolve("pdfmake"))("pdfkit") as new (options?: {
      fontLayoutCache?: boolean;
    }) => {
      font(src: string): unknown;
      _font: { layoutCache?: object; layout(t: string): unknown };
    };
    const first = new PDFDocument();
    first.font(PRIMARY_FONT_FILE);
    const second = new PDFDocument();
    second.font(PRIMARY_FONT_FILE);
    expect(second._font.layoutCache).toBeDefined();
    expect(second._font.layoutCache).toBe(first._font.layoutCache);
    const uncached = new PDFDocument({ fontLayoutCache: false });
    uncached.font(PRIMARY_FONT_FILE);
    expect(uncached._font.layoutCache).toBeUndefined();
    // The shared layout is the one a document of its own makes.
    expect(second._font.layout("Falémé office")).toEqual(uncached._font.layout("Falémé office"));
    const pdf = () =>
      pdfmake
        .createPdf({ content: ["Falémé office, Kayes"], info: { creationDate: new Date(0) } })
        .getBuffer();
    expect((await pdf()).equals(await pdf())).toBe(true);
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
