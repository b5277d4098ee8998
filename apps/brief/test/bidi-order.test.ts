import { describe, expect, it } from "vitest";
import { renderBrief } from "../src/index.js";
import { digestOf, FOLDERS } from "./fixtures.js";
import { openPdf } from "./read-pdf.js";
import { actualTexts } from "./read-structure.js";

// Arabic phrases within an English line, drawn in the order of the Unicode bidirectional
// algorithm: the words from right to left, and a number that ends the phrase (an Arabic number
// there) on its left; read back in reading order from each phrase's ActualText.
const NUMBERED = "بيان رقم 7";
const DATED = "تقرير 2024 عن مالي";
const BRACKETED = "تعاون أمني (2025)";

async function renderedPhrases() {
  const digest = await digestOf(FOLDERS.sample);
  const event = digest.pillars[0]?.developments[0];
  if (!event) throw new Error("the sample has a development");
  event.title = `Report «${NUMBERED}» issued`;
  event.summary = `The ministry published «${DATED}» on 3 May. Under ${BRACKETED}, patrols began. Signs read مالي ɲɛ باماكو there.`;
  const pdf = await renderBrief(digest);
  const doc = await openPdf(pdf);
  const items: { text: string; x: number; y: number }[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const { items: page } = await (await doc.getPage(n)).getTextContent();
    for (const i of page)
      if ("str" in i && i.str.trim())
        items.push({
          text: i.str,
          x: i.transform[4] as number,
          y: n * 10_000 - (i.transform[5] as number),
        });
  }
  await doc.destroy();
  return { pdf, items };
}

describe("a right-to-left phrase in a left-to-right line", () => {
  const rendered = renderedPhrases();

  /** Where each of the texts starts on the line of the first, left to right. */
  const startsOnLine = async (...texts: string[]) => {
    const { items } = await rendered;
    const first = items.find((i) => i.text.includes(texts[0] as string));
    if (first === undefined) throw new Error(`${texts[0]} is not printed`);
    return texts.map((t) => items.find((i) => i.y === first.y && i.text.includes(t))?.x);
  };

  /** That the texts start from left to right in the order given. */
  const expectLeftToRight = (xs: (number | undefined)[]) => {
    expect(xs.every((x) => x !== undefined)).toBe(true);
    for (let i = 1; i < xs.length; i++) expect(xs[i]).toBeGreaterThan(xs[i - 1] as number);
  };

  it("draws a number that ends the phrase on its left, and what follows on its right", async () => {
    expectLeftToRight(await startsOnLine("Report", "7", "بيان رقم", "» issued"));
  });

  it("draws a number within the phrase between its words, the first word rightmost", async () => {
    expectLeftToRight(await startsOnLine("published", "عن مالي", "2024", "تقرير"));
  });

  it("draws a number in brackets that ends the phrase on its left", async () => {
    expectLeftToRight(await startsOnLine("Under", "(2025)", "تعاون أمني", ", patrols"));
  });

  it("keeps two Arabic words apart, in written order, around a word of a left-to-right script", async () => {
    expectLeftToRight(await startsOnLine("Signs read", "مالي", "ɲɛ", "باماكو", "there"));
  });

  it("gives each phrase, its numbers included, one ActualText in reading order", async () => {
    const { pdf } = await rendered;
    const texts = actualTexts(pdf);
    expect(texts).toContain(NUMBERED);
    expect(texts).toContain(DATED);
    expect(texts).toContain(BRACKETED);
  });
});
