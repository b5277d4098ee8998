import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import {
  buildDigest,
  type Dataset,
  type Digest,
  type DigestCitation,
  type DigestProfile,
  dateBounds,
  documentDate,
  FULL_PROFILE,
  loadDataset,
  PILLARS,
  queryEvents,
  SECTIONS,
  type SectionId,
} from "../src/index.js";

const here = dirname(fileURLToPath(import.meta.url));
let dataset: Dataset;

beforeAll(async () => {
  const result = await loadDataset(resolve(here, "../../../data/sen-mli"));
  if (!result.ok)
    throw new Error(result.problems.map((p) => `${p.file}:${p.line} ${p.message}`).join("\n"));
  dataset = result.dataset;
});

/** The citations of each section, as a reader meets them (the sections without any give none). */
const CITATIONS_OF: Partial<Record<SectionId, (d: Digest) => DigestCitation[]>> = {
  keyJudgments: (d) => d.judgments.flatMap((j) => j.citations),
  atAGlance: (d) => d.keyFigures.flatMap((f) => f.citations),
  keyFigures: (d) => d.figures.flatMap((f) => f.citations),
  developments: (d) => d.pillars.flatMap((p) => p.developments.flatMap((e) => e.citations)),
  chronology: (d) => d.chronology.flatMap((e) => e.citations),
  agreements: (d) => d.agreements.flatMap((a) => a.citations),
  discrepancies: (d) => d.discrepancies.flatMap((x) => x.claims.flatMap((c) => c.citations)),
};

/** Note numbers in the order a reader meets them: section after section, as the digest lists them. */
function notesInReadingOrder(digest: Digest): number[] {
  return digest.sections.flatMap((s) => CITATIONS_OF[s.id]?.(digest) ?? []).map((c) => c.note);
}

/** A brief's kind of profile: a few sections, a few developments and discrepancies. */
const SHORT: DigestProfile = {
  sections: ["discrepancies", "developments", "keyJudgments", "sources"],
  maxDevelopments: 1,
  maxDiscrepancies: 1,
};

describe("buildDigest on the shipped data", () => {
  it("covers every event of the coverage period in the chronology, oldest first", () => {
    const digest = buildDigest(dataset);
    expect(digest.chronology.map((e) => e.id)).toEqual(queryEvents(dataset).map((e) => e.id));
    const keys = digest.chronology.map((e) => e.date.sortKey);
    expect(keys).toEqual([...keys].sort());
  });

  it.each([
    ["every section", FULL_PROFILE],
    ["a short profile", SHORT],
  ])(
    "numbers sources in reading order, each once, and lists exactly those cited (%s)",
    (_, profile) => {
      const digest = buildDigest(dataset, { profile });
      const notes = notesInReadingOrder(digest);
      const firsts = notes.filter((n, i) => notes.indexOf(n) === i);
      expect(firsts).toEqual(firsts.map((_, i) => i + 1));
      expect(digest.sources.map((s) => s.note)).toEqual(firsts);
      expect(new Set(digest.sources.map((s) => s.id)).size).toBe(digest.sources.length);
    },
  );

  it("keeps to the period asked for", () => {
    const digest = buildDigest(dataset, { from: "2025-02", to: "2025-02" });
    expect(digest.chronology.length).toBeGreaterThan(0);
    for (const event of digest.chronology) {
      const [from = "", to = from] = event.date.iso.split("/");
      const { start, end } = dateBounds({ from, to });
      expect(end >= "2025-02-01" && start <= "2025-02-28", event.id).toBe(true);
    }
    expect(digest.meta.period).toMatchObject({
      from: "2025-02",
      to: "2025-02",
      text: "February 2025",
    });
  });

  it("keeps to the pillars asked for, in the canonical order", () => {
    const digest = buildDigest(dataset, { pillars: ["environmental", "security"] });
    expect(digest.pillars.map((p) => p.pillar)).toEqual(["security", "environmental"]);
    for (const event of digest.chronology) {
      expect(
        event.pillars.some((p) => p.pillar === "security" || p.pillar === "environmental"),
        event.id,
      ).toBe(true);
    }
  });

  it("shows at most maxDevelopments per pillar, the most recent, and says how many there are", () => {
    const digest = buildDigest(dataset, { profile: { ...FULL_PROFILE, maxDevelopments: 2 } });
    const security = digest.pillars.find((p) => p.pillar === "security");
    expect(security?.developments).toHaveLength(2);
    expect(security?.total).toBeGreaterThan(2);
    const all = buildDigest(dataset).pillars.find((p) => p.pillar === "security");
    expect(security?.developments.map((d) => d.id)).toEqual(
      all?.developments.slice(-2).map((d) => d.id),
    );
  });

  it("lists the sections shown in the order of SECTIONS, with their headings and pillars", () => {
    const digest = buildDigest(dataset, { profile: SHORT, lang: "fr" });
    expect(digest.sections.map((s) => s.id)).toEqual([
      "keyJudgments",
      "developments",
      "discrepancies",
      "sources",
    ]);
    expect(digest.sections[0]?.title).toBe("Jugements clés");
    expect(digest.sections[1]?.children.map((c) => c.title)).toEqual(
      digest.pillars.map((p) => p.label),
    );
    // "What changed" needs an earlier edition (`since`): without one it is left out.
    expect(buildDigest(dataset).sections.map((s) => s.id)).toEqual(
      SECTIONS.filter((s) => s !== "changes"),
    );
  });

  it("builds nothing the profile does not show, and counts what it leaves out", () => {
    const full = buildDigest(dataset);
    const digest = buildDigest(dataset, { profile: SHORT });
    expect(digest.chronology).toEqual([]);
    expect(digest.figures).toEqual([]);
    expect(digest.keyFigures).toEqual([]);
    expect(digest.agreements).toEqual([]);
    expect(digest.actors).toEqual([]);
    expect(digest.places).toEqual([]);
    expect(digest.gaps).toEqual([]);
    expect(digest.timeline.buckets).toEqual([]);
    expect(full.discrepancies.length).toBeGreaterThan(1);
    expect(digest.discrepancies.map((d) => d.recordId)).toEqual([full.discrepancies[0]?.recordId]);
    expect(digest.meta.counts).toEqual(full.meta.counts);
    expect(digest.meta.counts.discrepancies).toBe(full.discrepancies.length);
    expect(digest.sources.length).toBeLessThan(full.sources.length);
    for (const pillar of digest.pillars) expect(pillar.developments).toHaveLength(1);
  });

  it("counts each event once in the timeline, under its first selected pillar", () => {
    const digest = buildDigest(dataset);
    const total = digest.timeline.buckets.reduce((sum, b) => sum + b.count, 0);
    expect(total + digest.timeline.unplaced).toBe(digest.chronology.length);
    expect(new Set(digest.timeline.buckets.map((b) => b.pillar)).size).toBeLessThanOrEqual(
      PILLARS.length,
    );
  });

  it("lists every dispute of the period with each reading's citations", () => {
    const digest = buildDigest(dataset);
    const expected = [
      ...dataset.sources.flatMap((s) => s.disputes ?? []),
      ...dataset.events.flatMap((e) => e.disputes ?? []),
      ...dataset.agreements.flatMap((a) => a.disputes ?? []),
      ...dataset.indicators.flatMap((i) => i.disputes ?? []),
    ];
    expect(digest.discrepancies).toHaveLength(expected.length);
    for (const d of digest.discrepancies) {
      expect(d.claims.length).toBeGreaterThanOrEqual(2);
      for (const claim of d.claims) expect(claim.citations.length).toBeGreaterThan(0);
    }
  });

  it("writes everything in French when asked, with French dates and figures", () => {
    const digest = buildDigest(dataset, { lang: "fr" });
    expect(digest.labels.sections.keyJudgments).toBe("Jugements clés");
    expect(digest.meta.period.text).toBe("mars 2021 – novembre 2025");
    expect(digest.keyFigures.map((f) => f.value)).toContain("50,5\u00a0%");
    expect(digest.judgments[0]?.likelihood.text).toMatch(/probable|certain|chance/i);
    expect(digest.sources.find((s) => s.id === "src-ecofin-2025-02-10")?.language).toBe("anglais");
  });

  it("uses the TLP asked for and its TLP 2.0 colour", () => {
    expect(buildDigest(dataset).meta).toMatchObject({ tlp: dataset.info.tlp });
    expect(buildDigest(dataset, { tlp: "TLP:AMBER" }).meta).toMatchObject({
      tlp: "TLP:AMBER",
      tlpColour: "#FFC000",
    });
  });

  it("is the same for the same data and options", () => {
    expect(JSON.stringify(buildDigest(dataset, { lang: "fr" }))).toBe(
      JSON.stringify(buildDigest(dataset, { lang: "fr" })),
    );
  });
});

describe("documentDate", () => {
  it.each([
    [undefined, "2025-11-05"],
    ["1740000000", "2025-02-19"],
    ["not a number", "2025-11-05"],
  ])("SOURCE_DATE_EPOCH=%s gives %s", (epoch, expected) => {
    expect(documentDate("2025-11-05", epoch)).toBe(expected);
  });
});

describe("queryEvents", () => {
  it("filters by actor, place and type, each alone", () => {
    const byActor = queryEvents(dataset, { actors: ["act-birame-diop"] });
    expect(byActor.length).toBeGreaterThan(0);
    for (const e of byActor) expect(e.actors.map((a) => a.actor)).toContain("act-birame-diop");
    const place = dataset.events.find((e) => e.places.length > 0)?.places[0] as string;
    for (const e of queryEvents(dataset, { places: [place] })) expect(e.places).toContain(place);
    for (const e of queryEvents(dataset, { types: ["visit"] })) expect(e.type).toBe("visit");
    expect(queryEvents(dataset, { types: [] })).toEqual([]);
  });
});

describe("developments by pillar", () => {
  it("lists each event of a pillar once, in the chronology's order, a pillar named twice too", () => {
    const [first, ...rest] = dataset.events;
    if (!first) throw new Error("no events");
    const twice = { ...first, pillars: [first.pillars[0], ...first.pillars] } as typeof first;
    const digest = buildDigest({ ...dataset, events: [twice, ...rest] }, { lang: "en" });
    for (const pillar of digest.pillars) {
      const ids = pillar.developments.map((e) => e.id);
      expect(new Set(ids).size, pillar.pillar).toBe(ids.length);
      const expected = digest.chronology
        .filter((e) => e.pillars.some((p) => p.pillar === pillar.pillar))
        .map((e) => e.id);
      expect(ids, pillar.pillar).toEqual(expected);
      expect(pillar.total).toBe(expected.length);
    }
  });
});
