import { describe, expect, it } from "vitest";
import {
  type DateSpec,
  fillPlural,
  formatDate,
  formatDatePhrase,
  formatNumber,
  formatValue,
  type Language,
  labelsFor,
  languageCodes,
  localize,
  type Unit,
} from "../src/index.js";

const NBSP = "\u00a0";

describe("formatDate", () => {
  it.each<[DateSpec, Language, string]>([
    ["2025-02-20", "en", "20 February 2025"],
    ["2025-02-20", "fr", "20 février 2025"],
    ["2024-11-01", "fr", "1er novembre 2024"],
    ["2025-02", "en", "February 2025"],
    ["2025-08", "fr", "août 2025"],
    ["2025", "fr", "2025"],
    [{ from: "2025-02-05", to: "2025-02-07" }, "en", "5–7 February 2025"],
    [{ from: "2025-02-05", to: "2025-02-07" }, "fr", "5–7 février 2025"],
    [{ from: "2024-10-21", to: "2024-11-01" }, "fr", "21 octobre – 1er novembre 2024"],
    [{ from: "2021-03", to: "2025-11" }, "en", "March 2021 – November 2025"],
    [{ from: "2025-01", to: "2025-12" }, "fr", "janvier – décembre 2025"],
    [{ from: "2025", to: "2025" }, "en", "2025"],
  ])("%j in %s is %s", (date, lang, expected) => {
    expect(formatDate(date, lang)).toBe(expected);
  });
});

describe("formatDatePhrase", () => {
  it.each<[DateSpec, Language, string]>([
    ["2025-02-20", "en", "on 20 February 2025"],
    ["2025-02-20", "fr", "le 20 février 2025"],
    ["2025-01", "fr", "en janvier 2025"],
    ["2025", "en", "in 2025"],
    [{ from: "2025-02-05", to: "2025-02-07" }, "en", "from 5 to 7 February 2025"],
    [{ from: "2025-02-05", to: "2025-02-07" }, "fr", "du 5 au 7 février 2025"],
    [{ from: "2024-10-21", to: "2024-11-01" }, "fr", "du 21 octobre au 1er novembre 2024"],
    [{ from: "2021-03", to: "2025-11" }, "fr", "de mars 2021 à novembre 2025"],
    [{ from: "2021-03", to: "2025-11" }, "en", "from March 2021 to November 2025"],
    [{ from: "2025-03", to: "2025-11" }, "en", "from March to November 2025"],
  ])("%j in %s is %s", (date, lang, expected) => {
    expect(formatDatePhrase(date, lang)).toBe(expected);
  });
});

describe("formatValue", () => {
  it.each<[number, Unit, Language, boolean, string]>([
    [419, "km", "en", false, `419${NBSP}km`],
    [50.5, "percent", "en", false, "50.5%"],
    [50.5, "percent", "fr", false, `50,5${NBSP}%`],
    [1_404_500_000_000, "XOF", "fr", false, `1${NBSP}404,5${NBSP}milliards de FCFA`],
    [1_404_500_000_000, "XOF", "en", false, `1,404.5${NBSP}billion CFA francs`],
    [4000, "deaths", "en", true, `about 4,000${NBSP}deaths`],
    [5000, "soldiers", "fr", false, `5${NBSP}000${NBSP}soldats`],
    [12, "count", "en", false, "12"],
    [40_000, "tonnes", "en", true, `about 40,000${NBSP}tonnes`],
    [1, "tonnes", "fr", false, `1${NBSP}tonne`],
    [3500, "households", "fr", false, `3${NBSP}500${NBSP}ménages`],
    [1.5, "head-of-livestock", "fr", false, `1,5${NBSP}tête de bétail`],
    [200, "head-of-livestock", "en", false, `200${NBSP}head of livestock`],
    [2_100_000_000, "MRU", "en", false, `2.1${NBSP}billion Mauritanian ouguiyas`],
    [2_100_000_000, "MRU", "fr", false, `2,1${NBSP}milliards d’ouguiyas mauritaniens`],
    [500, "GNF", "fr", false, `500${NBSP}francs guinéens`],
  ])("%d %s in %s (approximate: %s) is %s", (value, unit, lang, approximate, expected) => {
    expect(formatValue(value, unit, lang, approximate)).toBe(expected);
  });

  it("never uses the narrow no-break space, which common fonts lack", () => {
    expect(formatNumber(1_234_567.5, "fr")).toBe(`1${NBSP}234${NBSP}567,5`);
    expect(formatNumber(1_234_567.5, "fr")).not.toContain("\u202f");
  });
});

describe("labels", () => {
  /** Every leaf of a label set, by path. */
  const leaves = (node: unknown, path = ""): [string, unknown][] =>
    node !== null && typeof node === "object"
      ? Object.entries(node).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k))
      : [[path, node]];

  it("give every label in both languages, none empty except unitless counts", () => {
    const [en, fr] = languageCodes().map((lang) => new Map(leaves(labelsFor(lang))));
    expect([...(fr as Map<string, unknown>).keys()]).toEqual([
      ...(en as Map<string, unknown>).keys(),
    ]);
    for (const map of [en, fr] as Map<string, unknown>[]) {
      for (const [path, value] of map) {
        expect(typeof value, path).toBe("string");
        if (path !== "units.count") expect(value, path).not.toBe("");
      }
    }
  });

  it("choose singular or plural with the language's rules", () => {
    const gaps = (lang: Language) => labelsFor(lang).gaps.disputes;
    expect(fillPlural("en", gaps("en"), 1)).toBe(
      "1 fact is disputed between sources (see source discrepancies).",
    );
    expect(fillPlural("en", gaps("en"), 3)).toMatch(/^3 facts are disputed/);
    expect(fillPlural("fr", gaps("fr"), 1)).toMatch(/^1 fait est contesté/);
    expect(fillPlural("fr", gaps("fr"), 2)).toMatch(/^2 faits sont contestés/);
  });

  it("fall back to the other language when a text lacks one", () => {
    expect(localize({ en: "Border" }, "fr")).toBe("Border");
    expect(localize({ en: "Border", fr: "Frontière" }, "fr")).toBe("Frontière");
  });
});
