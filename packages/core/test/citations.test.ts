import { describe, expect, it } from "vitest";
import { type FoundCitation, gatherCitations, quotationsOf } from "../src/check/citations.js";
import { normaliseQuotation } from "../src/check/quotation.js";
import { eachVisit, type Visit } from "../src/check/walk.js";

const cite = (excerpt: string) => ({ source: "src-a", excerpt, credibility: 2 });

/** A record with citations at its top, inside a dispute's claims and under an object keyed `citations`. */
const RECORD = {
  id: "evt-a",
  citations: [cite("First."), { source: "src-a" }, cite("Second\n  line.")],
  disputes: [
    { field: "date", claims: [{ statement: "x", citations: [cite("Third.")] }, { citations: [] }] },
  ],
  notes: { citations: { kept: cite("Fourth."), nested: { citations: [cite("Fifth.")] } } },
};

describe("gathering citations", () => {
  it("finds what a walk over every node finds, in the same order and at the same paths", () => {
    const origin = { file: "events/a.yaml", index: 3 };
    const found: FoundCitation[] = [];
    gatherCitations(RECORD, origin, found);
    const visits: Visit[] = [];
    eachVisit(RECORD, (v) => visits.push(v));
    const walked = visits
      .filter(
        (v) =>
          v.parentKey === "citations" &&
          typeof (v.node as { excerpt?: unknown }).excerpt === "string",
      )
      .map((v) => ({ origin, path: v.path, citation: v.node }));
    expect(found).toEqual(walked);
    expect(found.map((f) => f.path)).toEqual([
      ["citations", 0],
      ["citations", 2],
      ["disputes", 0, "claims", 0, "citations", 0],
      ["notes", "citations", "kept"],
      ["notes", "citations", "nested", "citations", 0],
    ]);
  });

  it("gives each excerpt's quotation, or null where normalising leaves it as it is", () => {
    const found: FoundCitation[] = [];
    gatherCitations(RECORD, { file: "events/a.yaml", index: undefined }, found);
    expect(quotationsOf(found)).toEqual([null, "Second line.", null, null, null]);
  });

  it("normalises white space as one replacement of every run by a space, then a trim, would", () => {
    const texts = [
      "Already spaced so.",
      " a",
      "a ",
      "a  b",
      "a\nb",
      "a\u00a0b",
      "a \u00a0b",
      "a\u2028b",
      "",
      " ",
      "\ufeffa",
      "a\tb",
      "e\u0301 b\r\n",
    ];
    for (const text of texts)
      expect(normaliseQuotation(text)).toBe(text.normalize("NFC").replace(/\s+/gu, " ").trim());
  });
});
