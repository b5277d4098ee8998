import { buildDigest } from "@bilat/core";
import { describe, expect, it } from "vitest";
import { renderReport } from "../src/render-report.js";
import { DATA, loadValid } from "./support/data-folders.js";

/** The report's prose: fenced code (the Mermaid timeline's own syntax) left out. */
const prose = (markdown: string) => markdown.replace(/```[\s\S]*?```/g, "");

describe("the French report of the shipped data", async () => {
  const markdown = prose(renderReport(buildDigest(await loadValid(DATA), { lang: "fr" })));

  it("sets a no-break space before ; : ! ? and inside « », never an ordinary one", () => {
    const faults = markdown.match(/.{0,30}(?: [;:!?]|« | »).{0,10}/gu) ?? [];
    expect(faults).toEqual([]);
    expect(markdown).toMatch(/\u00a0:/);
    expect(markdown).toMatch(/«\u00a0/);
  });

  it("prints the typographic apostrophe ’, never the typewriter one", () => {
    const faults = markdown.match(/.{0,30}\p{L}'\p{L}.{0,10}/gu) ?? [];
    expect(faults).toEqual([]);
  });

  it("writes the wording a ministry prints", () => {
    expect(markdown).toContain("Informations arrêtées au 5 novembre 2025");
    expect(markdown).toContain("**Confiance\u00a0:** modérée");
    expect(markdown).not.toMatch(/Confiance\u00a0:\*\* Confiance|\(contesté\)|\(Prévu\)/);
    expect(markdown).toContain("Coopération militaire (prévue)");
    expect(markdown).toContain("2025, mois non précisé");
  });
});

describe("the English report of the shipped data", async () => {
  const markdown = prose(renderReport(buildDigest(await loadValid(DATA), { lang: "en" })));

  it("says what each count counts, and one percent style", () => {
    expect(markdown).toContain("**Confidence:** moderate");
    expect(markdown).toMatch(/sources are graded C to E/);
    expect(markdown).toMatch(/cannot be judged \(F\)/);
    expect(markdown).toMatch(/disputed between sources/);
    expect(markdown).toMatch(/ambiguous within a single source/);
    // French quotations keep « 50,5 % »; bilat's own figures have no space before %.
    expect(markdown).toContain("(55–80%)");
    expect(markdown).toContain("50.5%");
    expect(markdown).not.toMatch(/\d\.\d %|\d–\d+ %/);
    expect(markdown).not.toMatch(/Senegal, Senegal|of Senegal, Senegal/);
  });
});
