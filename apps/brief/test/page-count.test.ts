import { describe, expect, it } from "vitest";
import { countPages, renderBrief } from "../src/index.js";
import { digestOf, FOLDERS } from "./fixtures.js";
import { readPdf } from "./read-pdf.js";

describe("countPages", () => {
  it.each([
    ["minimal", FOLDERS.minimal],
    ["sample", FOLDERS.sample],
  ])("agrees with pdf.js on the %s brief", async (_, dir) => {
    const pdf = await renderBrief(await digestOf(dir));
    expect(countPages(pdf)).toBe((await readPdf(pdf)).pages.length);
  });

  it("refuses bytes that are not a PDF page tree", () => {
    expect(() => countPages(Buffer.from("not a pdf"))).toThrow(/page tree/);
  });
});
