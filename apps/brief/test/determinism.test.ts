import { afterEach, describe, expect, it } from "vitest";
import { renderBrief } from "../src/index.js";
import { digestOf, FOLDERS } from "./fixtures.js";
import { readPdf } from "./read-pdf.js";

describe("the same digest", () => {
  const timeZone = process.env.TZ;
  afterEach(() => {
    if (timeZone === undefined) delete process.env.TZ;
    else process.env.TZ = timeZone;
  });

  it.each(["en", "fr"] as const)("gives the same bytes on a second run (%s)", async (lang) => {
    const digest = await digestOf(FOLDERS.sample, { lang });
    const first = await renderBrief(digest);
    const second = await renderBrief(await digestOf(FOLDERS.sample, { lang }));
    expect(first.length).toBeGreaterThan(10_000);
    expect(Buffer.compare(first, second)).toBe(0);
  });

  it("gives the same bytes in any time zone", async () => {
    const digest = await digestOf(FOLDERS.sample);
    process.env.TZ = "Pacific/Kiritimati";
    const east = await renderBrief(digest);
    process.env.TZ = "America/Adak";
    const west = await renderBrief(digest);
    expect(Buffer.compare(east, west)).toBe(0);
  });

  it("is dated from the digest's production date, not the clock", async () => {
    const digest = await digestOf(FOLDERS.minimal, { generated: "2024-03-01" });
    const { info } = await readPdf(await renderBrief(digest));
    expect(info.CreationDate).toBe("D:20240301000000Z");
    expect(info.ModDate).toBe("D:20240301000000Z");
  });

  it("changes when the data it shows changes", async () => {
    const digest = await digestOf(FOLDERS.minimal);
    const before = await renderBrief(digest);
    const judgment = digest.judgments[0];
    if (judgment === undefined) throw new Error("the fixture has a judgment");
    judgment.statement = `${judgment.statement} (revised)`;
    expect(Buffer.compare(before, await renderBrief(digest))).not.toBe(0);
  });
});
