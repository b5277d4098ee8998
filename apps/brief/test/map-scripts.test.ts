import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { placesMap } from "@bilat/figures";
import { afterAll, describe, expect, it } from "vitest";
import { renderBrief } from "../src/index.js";
import { digestOf, FOLDERS } from "./fixtures.js";
import { openPdf, readPdf, runFonts } from "./read-pdf.js";

/** Diboli as Arabic script writes it: a place name Roboto has no glyph for. */
const ARABIC_NAME = "ديبولي";

/** The same name with its short vowels written (kasra, damma, kasra): marks of no width. */
const VOWELLED_NAME = "دِيبُولِي";

/** A copy of the sample on disk whose border post is named in Arabic, in English and French. */
async function arabicPlaceFolder(name = ARABIC_NAME): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "bilat-map-scripts-"));
  await cp(FOLDERS.sample, dir, { recursive: true });
  const file = join(dir, "places", "places.yaml");
  const places = await readFile(file, "utf8");
  const renamed = places.replace(
    "name: { en: Diboli, fr: Diboli }",
    `name: { en: ${name}, fr: ${name} }`,
  );
  if (renamed === places) throw new Error("the sample names Diboli");
  await writeFile(file, renamed);
  return dir;
}

describe("a place named in Arabic on the map", () => {
  const folder = arabicPlaceFolder();
  afterAll(async () => rm(await folder, { recursive: true, force: true }));
  const rendered = (async () => {
    const digest = await digestOf(await folder);
    const pdf = await renderBrief(digest);
    return { digest, pdf, content: await readPdf(pdf) };
  })();

  it("labels the place on the map, in Noto Sans Arabic in the brief's SVG", async () => {
    const { digest } = await rendered;
    const figure = placesMap(digest, { width: 480, height: 290 }, 1, "embedded");
    const label = figure?.layout.shapes.find((s) => s.kind === "text" && s.text === ARABIC_NAME);
    expect(label).toBeDefined();
    expect(figure?.svg).toContain(
      `<tspan font-family="NotoSansArabic" font-feature-settings="&quot;ccmp&quot; 0">${ARABIC_NAME}</tspan></text>`,
    );
    // The standalone file names only generic families.
    const standalone = placesMap(digest, { width: 480, height: 290 })?.svg ?? "";
    expect(standalone).toContain(`>${ARABIC_NAME}</text>`);
    expect(standalone).not.toContain("NotoSansArabic");
  });

  it("prints the name on the map in Arabic letters and in Noto Sans Arabic, not in Roboto's boxes", async () => {
    const { digest, pdf, content } = await rendered;
    const page = content.pages.find((p) => p.text.includes(digest.labels.sections.map));
    if (page === undefined) throw new Error("the brief has a map");
    expect(page.text).not.toMatch(/\[U\+|\ufffd/);
    // The label and its halo: the map page has no other Arabic text.
    const arabic = (await runFonts(pdf, page.number)).filter((r) => /[\u0600-\u06ff]/.test(r.text));
    expect(arabic.map((r) => r.text.trim())).toEqual([ARABIC_NAME, ARABIC_NAME]);
    for (const run of arabic) expect(run.font).toMatch(/^[A-Z]{6}\+NotoSansArabic-Regular$/);
  });

  it("embeds Noto Sans Arabic beside Roboto", async () => {
    const raw = (await rendered).pdf.toString("latin1");
    const fonts = new Set([...raw.matchAll(/\/BaseFont \/[A-Z]{6}\+([\w-]+)/g)].map((m) => m[1]));
    expect([...fonts].some((f) => /NotoSansArabic/.test(f ?? ""))).toBe(true);
    expect([...fonts].some((f) => /Roboto/.test(f ?? ""))).toBe(true);
  });
});

/** The brief of a folder, and its map page as pdf.js reads it. */
async function briefMapPage(dir: string) {
  const digest = await digestOf(dir);
  const pdf = await renderBrief(digest);
  const page = (await readPdf(pdf)).pages.find((p) => p.text.includes(digest.labels.sections.map));
  if (page === undefined) throw new Error("the brief has a map");
  return { pdf, page };
}

describe("a place named in vowelled Arabic on the map", () => {
  const folder = arabicPlaceFolder(VOWELLED_NAME);
  afterAll(async () => rm(await folder, { recursive: true, force: true }));

  it("prints the vowel marks of the label, not only its letters", async () => {
    const { pdf, page } = await briefMapPage(await folder);
    const arabic = (await runFonts(pdf, page.number)).filter((r) => /[\u0600-\u06ff]/.test(r.text));
    const marks = (text: string) => [...text.matchAll(/[\u064b-\u0652]/g)].map((m) => m[0]).sort();
    // The label and its halo each draw every mark of the name, in Noto Sans Arabic.
    const name = marks(VOWELLED_NAME);
    expect(name).toHaveLength(3);
    expect(marks(arabic.map((r) => r.text).join(""))).toEqual([...name, ...name].sort());
    for (const run of arabic) expect(run.font).toMatch(/^[A-Z]{6}\+NotoSansArabic-Regular$/);
  });
});

describe("a place named in Latin and Arabic letters with a number on the map", () => {
  const MIXED = "Diboli ديبولي 2";
  const folder = arabicPlaceFolder(MIXED);
  afterAll(async () => rm(await folder, { recursive: true, force: true }));

  it("draws the number between the Latin and the Arabic word, as the bidi algorithm orders it", async () => {
    const { pdf, page } = await briefMapPage(await folder);
    const doc = await openPdf(pdf);
    const { items } = await (await doc.getPage(page.number)).getTextContent();
    await doc.destroy();
    // Where each part of the label starts, left to right, on the label's line.
    const xs = (match: (text: string) => boolean) =>
      items.flatMap((i) => ("str" in i && match(i.str) ? [i.transform[4] as number] : []));
    const [latin] = xs((t) => t.startsWith("Diboli"));
    const [number] = xs((t) => t.trim() === "2" || /^Diboli\s+2/.test(t));
    const [arabic] = xs((t) => t.includes("ديبولي"));
    if (latin === undefined || number === undefined || arabic === undefined)
      throw new Error(`the label is not on the map page: ${page.text}`);
    expect(latin).toBeLessThanOrEqual(number);
    expect(number).toBeLessThan(arabic);
  });
});
