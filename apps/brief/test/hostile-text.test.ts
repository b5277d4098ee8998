import { describe, expect, it } from "vitest";
import { renderBrief } from "../src/index.js";
import { digestOf, FOLDERS } from "./fixtures.js";
import { readPdf } from "./read-pdf.js";

describe("text from the data", () => {
  it("is printed literally, markup and all, and long words do not break the layout", async () => {
    const digest = await digestOf(FOLDERS.minimal);
    const event = digest.pillars[0]?.developments[0];
    if (event === undefined) throw new Error("the fixture has a development");
    event.title = "<b>Bold</b> | *stars* & {braces} [1 A1]";
    event.summary = `A very long word: ${"x".repeat(300)}.`;
    const content = await readPdf(await renderBrief(digest));
    expect(content.text).toContain("<b>Bold</b> | *stars* & {braces} [1 A1]");
    // Cut into lines (at invisible break opportunities) rather than run off the page.
    expect(content.text.replace(/[\s\u200b]/g, "")).toContain("x".repeat(300));
    const longest = Math.max(...content.pages.flatMap((p) => p.runs.map((r) => r.text.length)));
    expect(longest).toBeLessThan(200);
  });

  it("renders a digest with nothing in it", async () => {
    const digest = await digestOf(FOLDERS.minimal, { from: "2025-06", to: "2025-07" });
    expect(digest.pillars).toHaveLength(0);
    const content = await readPdf(await renderBrief(digest));
    expect(content.text).toContain(digest.labels.phrases.noDevelopments);
    expect(content.pages.length).toBeGreaterThan(0);
  });
});
