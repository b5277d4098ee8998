import { describe, expect, it } from "vitest";
import { renderBrief } from "../src/index.js";
import { digestOf, FOLDERS } from "./fixtures.js";
import { readPdf } from "./read-pdf.js";

describe("the French brief", async () => {
  const digest = await digestOf(FOLDERS.sample, { lang: "fr" });
  const content = await readPdf(await renderBrief(digest));
  const raw = content.pages.flatMap((p) => p.runs.map((r) => r.text)).join("\n");

  it.each([
    ["guillemets", "« il n’existe pas une seule communauté au Sénégal"],
    ["é", "Sénégal"],
    ["è", "Fiabilité impossible à évaluer"],
    ["ç", "Le président Faye en visite au Mali"],
    ["ï", "Goïta"],
    ["É", "Évolutions par pilier"],
    ["a day date", "20 février 2025"],
    ["a first of the month", "1er novembre 2024"],
    ["a month date", "novembre 2025"],
    ["a number", "1 404,5 milliards de FCFA"],
    ["a percentage", "50,5 %"],
    ["a likelihood range", "80–95 %"],
    ["a TLP label, untranslated", "TLP:AMBER"],
    ["the page numbers", "Page 1 sur"],
  ])("keeps %s intact: %s", (_, expected) => {
    expect(content.text).toContain(expected);
  });

  it("prints ç and è from the data and the labels", () => {
    expect(content.text).toMatch(/ç/);
    expect(content.text).toMatch(/è/);
    expect(content.text).toMatch(/«[\s\u00a0]/);
    expect(content.text).toMatch(/[\s\u00a0]»/);
  });

  it("sets French punctuation from the labels (a space before a colon)", () => {
    expect(content.text).toContain("Fiabilité : B");
    expect(content.text).toContain("Licence : CC-BY-4.0");
    expect(content.text).not.toMatch(/Fiabilité:/);
  });

  it("prints the narrow no-break space the font lacks as a no-break space, not a blank glyph", () => {
    expect(JSON.stringify(digest)).toContain("\u202f");
    expect(raw).not.toMatch(/[\u0000\u202f]/);
    expect(content.text).toContain("« il n’existe");
  });

  it("uses no English label", () => {
    for (const english of ["Key judgments", "At a glance", "Sources ·", "Page 1 of", "Reliability"])
      expect(content.text).not.toContain(english);
  });

  it("prints the typographic apostrophe ’, never the typewriter one", () => {
    // pdf.js reads a no-break space back as a space: the spaces are checked in the report,
    // whose text is the same summary's.
    const faults = raw.match(/.{0,30}\p{L}'\p{L}.{0,10}/gu) ?? [];
    expect(faults).toEqual([]);
    expect(raw).toContain("’");
  });

  it("writes the wording a ministry prints", () => {
    expect(content.text).toContain("INFORMATIONS ARRÊTÉES AU");
    expect(content.text).not.toMatch(/Confiance Confiance|\(contesté\)|\(Prévu\)/);
  });

  it("names the places too far off to map", () => {
    expect(content.text).toContain("Hors carte (en dehors de la région) : Cali.");
  });
});
