import {
  compareProblems,
  type Dataset,
  findRecord,
  getRecord,
  loadDataset,
  type Problem,
} from "@bilat/core";
import { afterAll, describe, expect, expectTypeOf, it } from "vitest";
import { loadEdited, MINIMAL, removeDataFolders } from "./helpers/data-folder.js";

afterAll(removeDataFolders);

async function loadValid(dir: string): Promise<Dataset> {
  const result = await loadDataset(dir);
  expect(result.problems).toEqual([]);
  if (!result.ok) throw new Error("the dataset should be valid");
  return result.dataset;
}

describe("a valid data folder", () => {
  it("returns typed records of every kind, in an index by id", async () => {
    const dataset = await loadValid(MINIMAL);
    expect(dataset.info).toMatchObject({
      id: "sen-mli",
      dyad: ["SEN", "MLI"],
      coverage: { from: "2025-01", to: "2025-12" },
      tlp: "TLP:CLEAR",
      languages: ["en", "fr"],
    });
    expect(dataset.sources.map((r) => r.id)).toEqual(["src-ecofin"]);
    expect(dataset.actors.map((r) => r.id)).toEqual(["act-mali", "act-senegal"]);
    expect(dataset.places.map((r) => r.id)).toEqual(["plc-bamako"]);
    expect(dataset.events.map((r) => r.id)).toEqual(["evt-pledge"]);
    expect(dataset.agreements.map((r) => r.id)).toEqual(["agr-defence"]);
    expect(dataset.indicators.map((r) => r.id)).toEqual(["ind-border"]);
    expect(dataset.judgments.map((r) => r.id)).toEqual(["jdg-cooperation"]);
    expect(dataset.byId.size).toBe(8);
    expect(Object.fromEntries([...dataset.byId].map(([id, entry]) => [id, entry.kind]))).toEqual({
      "src-ecofin": "source",
      "act-mali": "actor",
      "act-senegal": "actor",
      "plc-bamako": "place",
      "evt-pledge": "event",
      "agr-defence": "agreement",
      "ind-border": "indicator",
      "jdg-cooperation": "judgment",
    });
    expect(dataset.byId.get("evt-pledge")?.origin).toEqual({
      file: "events/evt-pledge.yaml",
      index: undefined,
    });
  });

  it("fills in the defaults of the schemas", async () => {
    const dataset = await loadValid(MINIMAL);
    const event = findRecord(dataset, "event", "evt-pledge");
    expect(event?.status).toBe("occurred");
    expect(findRecord(dataset, "source", "src-ecofin")?.kind).toBe("article");
    expect(findRecord(dataset, "indicator", "ind-border")).toMatchObject({
      key: true,
      approximate: false,
    });
  });

  it("finds records by id and kind", async () => {
    const dataset = await loadValid(MINIMAL);
    const event = findRecord(dataset, "event", "evt-pledge");
    expectTypeOf(event).toEqualTypeOf<Dataset["events"][number] | undefined>();
    expect(event?.citations[0]?.credibility).toBe(2);
    expect(event?.date).toEqual({ from: "2025-02-05", to: "2025-02-07" });
    expect(findRecord(dataset, "actor", "evt-pledge")).toBeUndefined();
    expect(findRecord(dataset, "event", "evt-none")).toBeUndefined();
    expect(getRecord(dataset, "plc-bamako")).toMatchObject({ lat: 12.64, geoPrecision: 1 });
    expect(getRecord(dataset, "constructor")).toBeUndefined();
  });

  it("reads a year written without quotes as the text of the year", async () => {
    const { result } = await loadEdited({
      "events/evt-pledge.yaml": [['date: { from: "2025-02-05", to: "2025-02-07" }', "date: 2025"]],
      "dataset.yaml": [['cutoff: "2025-02-10"', "cutoff: 2025-02-10"]],
    });
    expect(result.problems).toEqual([]);
    if (!result.ok) throw new Error("the dataset should be valid");
    expect(result.dataset.events[0]?.date).toBe("2025");
    // YAML 1.2: an unquoted date stays text; it is not turned into a timestamp.
    expect(result.dataset.info.cutoff).toBe("2025-02-10");
  });

  it("reads records identically however often it is loaded", async () => {
    const [a, b] = await Promise.all([loadDataset(MINIMAL), loadDataset(MINIMAL)]);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });
});

describe("warnings and strict mode", () => {
  const edits = {
    "events/evt-pledge.yaml": [
      ['date: { from: "2025-02-05", to: "2025-02-07" }', 'date: "2024-06"'],
      ["title:\n  en: Senegal and Mali pledge deeper military cooperation\n", "title:\n"],
    ] as const,
  };
  const expected: Partial<Problem>[] = [
    { code: "outside-coverage", severity: "warning", line: 2, column: 7 },
    { code: "missing-translation", severity: "warning", line: 6, column: 3 },
  ];

  it("accepts data with warnings, and reports them", async () => {
    const { result } = await loadEdited(edits);
    expect(result.ok).toBe(true);
    expect(result.problems).toMatchObject(expected);
    expect(result.ok && result.dataset.events[0]?.title).toEqual({
      fr: "Le Sénégal et le Mali s'engagent à approfondir leur coopération militaire",
    });
  });

  it("fails on the same warnings when strict", async () => {
    const { result } = await loadEdited(edits, { strict: true });
    expect(result.ok).toBe(false);
    expect(result).not.toHaveProperty("dataset");
    expect(result.problems).toMatchObject(expected);
  });

  it("passes valid data when strict", async () => {
    const result = await loadDataset(MINIMAL, { strict: true });
    expect(result.ok).toBe(true);
  });
});

describe("all problems at once", () => {
  it("reports every problem of every file, ordered by file, line and column", async () => {
    const { result } = await loadEdited({
      "sources/src-ecofin.yaml": [
        ["reliability: B", "reliability: Z"],
        ["language: en", "language: English"],
      ],
      "actors/act-mali.yaml": [["kind: state", "kind: stat"]],
      "events/evt-pledge.yaml": [
        ["places: [plc-bamako]", "places: [plc-bamak]"],
        ["credibility: 2", "credibility: 9"],
      ],
      "judgments/jdg-cooperation.yaml": [["confidence: moderate", "confidence: certain"]],
    });
    expect(result.ok).toBe(false);
    expect(result.problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.code}`)).toEqual([
      "actors/act-mali.yaml:2:7 invalid-value",
      "events/evt-pledge.yaml:14:10 dangling-reference",
      "events/evt-pledge.yaml:21:18 invalid-value",
      "judgments/jdg-cooperation.yaml:6:13 invalid-value",
      "sources/src-ecofin.yaml:5:11 invalid-format",
      "sources/src-ecofin.yaml:6:14 invalid-value",
    ]);
    const sorted = [...result.problems].sort(compareProblems);
    expect(result.problems).toEqual(sorted);
    for (const p of result.problems) {
      expect(p.message.length).toBeGreaterThan(10);
      expect(p.message).not.toMatch(/^Invalid|Expected|received/);
    }
  });
});
