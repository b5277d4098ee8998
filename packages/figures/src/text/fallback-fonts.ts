// The fonts printed text is drawn in: Roboto, and the fallback fonts for what it lacks. The brief
// embeds them all; figures measure their labels with the one that will draw each character.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/** pdfmake's font descriptor: one font file per style. */
export interface FontFiles {
  normal: string;
  bold: string;
  italics: string;
  bolditalics: string;
}

const require = createRequire(import.meta.url);

/** The family every style uses: Roboto as pdfmake ships it (Latin, Greek, Cyrillic). */
export const PRIMARY_FAMILY = "Roboto";

/** Roboto's files as pdfmake ships them. */
export const ROBOTO: Record<string, FontFiles> = require("pdfmake/fonts/Roboto.js");

/** A fallback family: the font files and the characters it is used for (CSS unicode-range). */
export interface FallbackFont {
  family: string;
  files: FontFiles;
  /** Code-point ranges the file holds, as its package declares them. */
  ranges: [number, number][];
  /** Right-to-left script: its words are laid out from right to left. */
  rtl: boolean;
  /** OpenType features to set apart from the defaults (fontkit's names). */
  features?: Record<string, boolean>;
}

/** `U+600-6ff,U+200c` → [[0x600, 0x6ff], [0x200c, 0x200c]]. */
function parseUnicodeRange(range: string): [number, number][] {
  return range.split(",").map((part) => {
    const [from, to] = part.trim().replace(/^U\+/i, "").split("-");
    return [Number.parseInt(from ?? "", 16), Number.parseInt(to ?? from ?? "", 16)];
  });
}

/**
 * The faces a @fontsource package declares in its CSS for one weight: each subset's .woff file
 * (pdfkit embeds WOFF as it is) with its unicode-range. Reading the CSS tells which file holds a
 * character without opening every file.
 */
function fontsourceFaces(pkg: string, css: string): { file: string; ranges: [number, number][] }[] {
  const dir = dirname(require.resolve(`${pkg}/package.json`));
  const text = readFileSync(join(dir, css), "utf8");
  return [
    ...text.matchAll(/url\(\.\/files\/([^)]+\.woff)\)[^;]*;\s*unicode-range:\s*([^;]+);/g),
  ].map((m) => ({
    file: join(dir, "files", m[1] as string),
    ranges: parseUnicodeRange(m[2] as string),
  }));
}

const same = (file: string, bold = file): FontFiles => ({
  normal: file,
  bold,
  italics: file,
  bolditalics: bold,
});

function arabicFont(): FallbackFont {
  const subset = (weight: number) => {
    const face = fontsourceFaces("@fontsource/noto-sans-arabic", `${weight}.css`).find((f) =>
      f.file.includes("-arabic-"),
    );
    if (face === undefined) throw new Error(`Noto Sans Arabic ${weight} has no Arabic subset`);
    return face;
  };
  const regular = subset(400);
  // No italic Arabic exists: slanted text keeps the upright face.
  return {
    family: "NotoSansArabic",
    files: same(regular.file, subset(700).file),
    ranges: regular.ranges,
    rtl: true,
    // Without ccmp each letter is one glyph: Noto composes some from a shared dotless body and
    // dots, and a PDF maps a glyph to one letter, so text extraction read ي for ت.
    features: { ccmp: false },
  };
}

function emojiFonts(): FallbackFont[] {
  // Noto Emoji (outline glyphs, which PDF can embed; colour emoji fonts are bitmaps or layers).
  return fontsourceFaces("@fontsource/noto-emoji", "400.css").map((face, index) => ({
    family: `NotoEmoji${index}`,
    files: same(face.file),
    ranges: face.ranges,
    rtl: false,
  }));
}

/**
 * Noto Sans for what Roboto lacks of the Latin script (Latin Extended-B and IPA: the ɓ ɗ ɛ ɔ ɲ ŋ
 * of Pulaar, Wolof and Bambara; Vietnamese), Greek and Cyrillic extensions, and Devanagari: one
 * family per subset of the package, with its bold and italic faces where the package has them.
 */
function notoSansFonts(): FallbackFont[] {
  const faces = (css: string) =>
    new Map(
      fontsourceFaces("@fontsource/noto-sans", css).map((f) => [
        (/noto-sans-(.+)-\d00-(normal|italic)\.woff$/.exec(f.file)?.[1] ?? f.file) as string,
        f,
      ]),
    );
  const [regular, bold, italic, boldItalic] = [
    "400.css",
    "700.css",
    "400-italic.css",
    "700-italic.css",
  ].map(faces) as Map<string, { file: string; ranges: [number, number][] }>[];
  return ["latin-ext", "vietnamese", "greek-ext", "cyrillic-ext", "devanagari", "latin"].flatMap(
    (subset) => {
      const face = regular?.get(subset);
      if (face === undefined) return [];
      const strong = bold?.get(subset)?.file ?? face.file;
      return [
        {
          family: `NotoSans-${subset}`,
          files: {
            normal: face.file,
            bold: strong,
            italics: italic?.get(subset)?.file ?? face.file,
            bolditalics: boldItalic?.get(subset)?.file ?? strong,
          },
          ranges: face.ranges,
          rtl: false,
        },
      ];
    },
  );
}

/** Fallback fonts, in the order a character not in Roboto is looked up. */
export const FALLBACK_FONTS: readonly FallbackFont[] = [
  ...notoSansFonts(),
  arabicFont(),
  ...emojiFonts(),
];

/** Roboto's regular face, whose character map decides which characters need a fallback. */
export const PRIMARY_FONT_FILE = (ROBOTO[PRIMARY_FAMILY] as FontFiles).normal;
