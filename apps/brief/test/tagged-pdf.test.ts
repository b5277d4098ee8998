import { describeEventsChart, describePlacesMap } from "@bilat/core";
import { describe, expect, it } from "vitest";
import { renderBrief } from "../src/index.js";
import { digestOf, FOLDERS } from "./fixtures.js";
import { allElements, readStructure } from "./read-structure.js";

/** Page margins (points) that hold the running head and foot. */
const HEAD = 70;
const FOOT = 64;

describe.each(["en", "fr"] as const)("the tagged brief in %s", (lang) => {
  const rendered = (async () => {
    const digest = await digestOf(FOLDERS.sample, { lang });
    const pdf = await renderBrief(digest);
    return { digest, pdf, structure: await readStructure(pdf) };
  })();

  it("has a structure tree of headings, paragraphs, lists, tables, figures and links", async () => {
    const { structure } = await rendered;
    const roles = new Set(allElements(structure.pages.flatMap((p) => p.tree)).map((n) => n.role));
    for (const role of ["Document", "H1", "H2", "H3", "P", "L", "LI", "Lbl", "LBody"])
      expect(roles, role).toContain(role);
    for (const role of ["Table", "TR", "TH", "TD", "Figure", "Link", "Reference"])
      expect(roles, role).toContain(role);
  });

  it("opens with the title as the only H1, and reads its text from the tagged content", async () => {
    const { digest, structure } = await rendered;
    const text = new Map(structure.pages.flatMap((p) => p.runs.map((r) => [r.id, r.text])));
    const h1 = allElements(structure.pages.flatMap((p) => p.tree)).filter((n) => n.role === "H1");
    expect(h1).toHaveLength(1);
    expect(h1[0]?.content.map((id) => text.get(id)).join(" ")).toContain(
      digest.meta.title.split(" ")[0],
    );
  });

  it("gives the map and the chart alternate text built from their data", async () => {
    const { digest, structure } = await rendered;
    const figures = allElements(structure.pages.flatMap((p) => p.tree)).filter(
      (n) => n.role === "Figure",
    );
    expect(figures.map((f) => f.alt)).toEqual([
      describePlacesMap(digest),
      describeEventsChart(digest),
    ]);
    for (const place of digest.places) expect(figures[0]?.alt).toContain(place.name);
    for (const { label } of digest.meta.pillars.filter((p) =>
      digest.timeline.buckets.some((b) => b.pillar === p.pillar),
    ))
      expect(figures[1]?.alt).toContain(label);
  });

  it("tags every text run, and keeps the running head and foot out of the structure", async () => {
    const { digest, structure } = await rendered;
    let taggedTlp = 0;
    for (const [index, page] of structure.pages.entries()) {
      for (const run of page.runs) {
        const artifact = run.marks.includes("Artifact");
        expect(artifact || run.id !== undefined, `untagged text "${run.text}"`).toBe(true);
        const furniture = run.y > page.height - HEAD || run.y < FOOT;
        expect(artifact, `"${run.text}" on page ${index + 1} at ${run.y}`).toBe(furniture);
        if (run.text === digest.meta.tlp && !artifact) taggedTlp++;
      }
      const marks = page.runs.filter(
        (r) => r.text === digest.meta.tlp && r.marks.includes("Artifact"),
      );
      expect(marks.length, `TLP marks of page ${index + 1}`).toBe(2);
      const number = page.runs.find((r) => r.text.startsWith(`Page ${index + 1} `));
      expect(number?.marks).toContain("Artifact");
    }
    // Once in the title block, so that a screen reader announces it.
    expect(taggedTlp).toBe(1);
  });

  it("marks a source title in the other language with its language", async () => {
    const { digest, structure } = await rendered;
    const other = digest.sources.filter((s) => s.lang.split("-")[0] !== lang);
    expect(other.length).toBeGreaterThan(0);
    const spans = allElements(structure.pages.flatMap((p) => p.tree)).filter(
      (n) => n.role === "Span",
    );
    for (const source of other) expect(spans.map((s) => s.lang)).toContain(source.lang);
  });

  it("names its language and the PDF/A-3a and PDF/UA-1 standards it follows", async () => {
    const { digest, pdf, structure } = await rendered;
    expect(structure.lang).toBe(lang);
    expect(structure.xmp.get("dc:language")).toBe(lang);
    expect(structure.xmp.get("pdfaid:part")).toBe("3");
    expect(structure.xmp.get("pdfaid:conformance")).toBe("A");
    expect(structure.xmp.get("pdfuaid:part")).toBe("1");
    expect(structure.xmp.get("xmp:createdate")).toBe(`${digest.meta.generated.iso}T00:00:00Z`);
    expect(structure.xmp.get("xmp:modifydate")).toBe(`${digest.meta.generated.iso}T00:00:00Z`);
    const raw = pdf.toString("latin1");
    expect(raw).toMatch(/\/MarkInfo \d+ 0 R/);
    expect(raw).toContain("/Marked true");
    expect(raw).toContain("/DisplayDocTitle true");
    expect(raw).toContain("/S /GTS_PDFA1");
    expect(raw).toContain("/OutputConditionIdentifier (sRGB IEC61966-2.1)");
  });

  it("carries its evidence as an attached JSON file", async () => {
    const { digest, pdf, structure } = await rendered;
    const file = structure.attachments["evidence.json"];
    expect(file).toBeDefined();
    const evidence = JSON.parse(Buffer.from(file?.content ?? []).toString("utf8"));
    expect(evidence.judgments.map((j: { id: string }) => j.id)).toEqual(
      digest.judgments.map((j) => j.id),
    );
    expect(evidence.sources.length).toBeGreaterThan(0);
    expect(evidence.developments.flatMap((p: { events: unknown[] }) => p.events).length).toBe(
      digest.pillars.flatMap((p) => p.developments).length,
    );
    const raw = pdf.toString("latin1");
    expect(raw).toContain("/AFRelationship /Data");
    expect(raw).toContain("/Subtype /application#2Fjson");
  });
});
