import { describe, expect, it } from "vitest";
import { renderBrief } from "../src/index.js";
import { digestBlocks, isPrinted } from "./digest-blocks.js";
import { digestOf, FOLDERS } from "./fixtures.js";
import { readPdf } from "./read-pdf.js";

const ARABIC_TITLE = "التعاون الأمني بين السنغال ومالي";
const ARABIC_SOURCE = "تعاون أمني بين السنغال ومالي على الحدود";

/** The sample's digest with text a hostile or merely unusual dataset could hold. */
async function hostileDigest() {
  const digest = await digestOf(FOLDERS.sample);
  const [first, second, third] = digest.judgments;
  const source = digest.sources[0];
  const event = digest.pillars[0]?.developments[0];
  if (!first || !second || !third || !source || !event) throw new Error("the sample has these");
  first.statement = "W".repeat(5000);
  second.statement = "Spoofed \u202Eegassem\u202C text, with <b>markup</b> | *stars* & {braces}.";
  third.statement = "Handshake 🤝, a check ✅ and the flags 🇸🇳 🇲🇱 of the pair.";
  source.title = ARABIC_SOURCE;
  source.url = `https://example.test/${"segment-".repeat(40)}end`;
  digest.meta.title = ARABIC_TITLE;
  event.summary = `A very long word: ${"x".repeat(300)}.`;
  return digest;
}

describe("text from the data", () => {
  const rendered = (async () => {
    const digest = await hostileDigest();
    return { digest, content: await readPdf(await renderBrief(digest)) };
  })();

  it("prints every block of the digest, whatever it holds", async () => {
    const { digest, content } = await rendered;
    const missing = digestBlocks(digest)
      .filter(([, text]) => !isPrinted(text, content.contentText))
      .map(([where]) => where);
    expect(missing).toEqual([]);
  });

  it("prints a key judgment of one 5,000-character word whole, across lines and pages", async () => {
    const { content } = await rendered;
    expect(content.contentText.replace(/[\s\u200b]/g, "").includes("W".repeat(5000))).toBe(true);
    const longest = Math.max(...content.pages.flatMap((p) => p.runs.map((r) => r.text.length)));
    expect(longest).toBeLessThan(200);
    // Nothing is cut: the pages after the title page carry the word and the rest of the brief.
    expect(content.pages.length).toBeGreaterThan(4);
  });

  it("prints Arabic in Arabic script, a title and a source title", async () => {
    const { content } = await rendered;
    const first = content.pages[0]?.text ?? "";
    for (const word of ARABIC_TITLE.split(" ")) expect(first).toContain(word);
    for (const word of ARABIC_SOURCE.split(" ")) expect(content.text).toContain(word);
  });

  it("leaves bidi controls out, so an override reorders nothing", async () => {
    const { content } = await rendered;
    expect(content.text).toContain("Spoofed egassem text");
    expect(content.text).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
  });

  it("prints emoji from the emoji font, not as empty boxes", async () => {
    const { content } = await rendered;
    for (const emoji of ["🤝", "✅"]) expect(content.text).toContain(emoji);
    expect(content.text).toContain("<b>markup</b> | *stars* & {braces}");
  });

  it("renders a digest with nothing in it", async () => {
    const digest = await digestOf(FOLDERS.minimal, { from: "2025-06", to: "2025-07" });
    expect(digest.pillars).toHaveLength(0);
    const content = await readPdf(await renderBrief(digest));
    expect(content.text).toContain(digest.labels.phrases.noDevelopments);
    expect(content.pages.length).toBeGreaterThan(0);
  });
});

describe.each(["en", "fr"] as const)("the sample brief in %s", (lang) => {
  it("prints every block of its digest", async () => {
    const digest = await digestOf(FOLDERS.sample, { lang });
    const { contentText } = await readPdf(await renderBrief(digest));
    const missing = digestBlocks(digest)
      .filter(([, block]) => !isPrinted(block, contentText))
      .map(([where]) => where);
    expect(missing).toEqual([]);
  });
});
