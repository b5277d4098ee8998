import { describe, expect, it } from "vitest";
import { renderChartSvg, renderMapSvg } from "../src/index.js";
import { pdfText, pdfWithFigures } from "./pdf-render.js";
import { chartInput, mapInput } from "./samples.js";

async function figures(locale: "en" | "fr") {
  return [
    { svg: renderMapSvg(mapInput(locale)).svg, width: 480 },
    { svg: renderChartSvg(chartInput(locale)), width: 480 },
  ];
}

describe("figures in a pdfmake document", () => {
  it("render in English with their text intact", async () => {
    const pdf = await pdfWithFigures(await figures("en"));
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const text = await pdfText(pdf);
    for (const word of ["SENEGAL", "MALI", "Dakar", "Bamako", "Approximate location", "Security"]) {
      expect(text).toContain(word);
    }
    expect(text).toMatch(/May\s+2024/);
  });

  it("render in French with accents and French months", async () => {
    const text = await pdfText(await pdfWithFigures(await figures("fr")));
    for (const word of ["SÉNÉGAL", "Falémé", "Localisation approximative", "Sécurité", "janv."]) {
      expect(text).toContain(word);
    }
  });

  it("give the same PDF bytes for the same input", async () => {
    const a = await pdfWithFigures(await figures("en"));
    const b = await pdfWithFigures(await figures("en"));
    expect(a.equals(b)).toBe(true);
  });
});
