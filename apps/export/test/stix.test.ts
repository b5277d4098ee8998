import { describe, expect, it } from "vitest";
import { DNI_CONFIDENCE, exportDataset, TLP2_MARKING_IDS } from "../src/index.js";
import { load } from "./export-helpers.js";

const dataset = await load();
type StixObject = Record<string, unknown> & { type: string; id: string };
const bundleOf = (text: string) =>
  JSON.parse(text) as { type: string; id: string; objects: StixObject[] };
const bundle = bundleOf(exportDataset(dataset, "stix", { lang: "en" }));

// STIX 2.1 §2.9: identifier = object type, "--", then an RFC 4122 UUID.
const IDENTIFIER =
  /^([a-z][a-z0-9-]*[a-z0-9])--[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

/** Required properties of each type used, from STIX 2.1 §4–§7, beyond the common ones. */
const REQUIRED: Record<string, string[]> = {
  "marking-definition": ["name", "created"],
  report: ["name", "published", "object_refs"],
  identity: ["name"],
  "threat-actor": ["name"],
  location: [],
  note: ["content", "object_refs"],
  incident: ["name"],
  relationship: ["relationship_type", "source_ref", "target_ref"],
};
const SDO_COMMON = ["type", "spec_version", "id", "created", "modified"];

/** Every identifier a property names: `*_ref` and `*_refs`, at any depth. */
function referencesOf(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) for (const v of value) referencesOf(v, found);
  else if (value !== null && typeof value === "object") {
    for (const [key, v] of Object.entries(value)) {
      if (key.endsWith("_ref") && typeof v === "string") found.push(v);
      else if (key.endsWith("_refs") && Array.isArray(v)) found.push(...(v as string[]));
      else referencesOf(v, found);
    }
  }
  return found;
}

describe("STIX 2.1 export", () => {
  it("is a bundle of objects with well-formed, unique identifiers of their own type", () => {
    expect(bundle.type).toBe("bundle");
    expect(bundle.id).toMatch(IDENTIFIER);
    const ids = bundle.objects.map((o) => o.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const object of bundle.objects) {
      const match = IDENTIFIER.exec(object.id);
      expect(match?.[1], object.id).toBe(object.type);
    }
  });

  it("gives every object the properties its type requires, and spec_version 2.1", () => {
    for (const object of bundle.objects) {
      const required = REQUIRED[object.type];
      expect(required, `unexpected type ${object.type}`).toBeDefined();
      const common =
        object.type === "marking-definition"
          ? ["type", "spec_version", "id", "created"]
          : SDO_COMMON;
      for (const key of [...common, ...(required ?? [])])
        expect(object, `${object.id} ${key}`).toHaveProperty(key);
      expect(object.spec_version).toBe("2.1");
      for (const key of ["created", "modified", "published"]) {
        if (key in object) expect(object[key], `${object.id} ${key}`).toMatch(TIMESTAMP);
      }
      if (object.type === "location") {
        const hasPoint = "latitude" in object && "longitude" in object;
        expect(hasPoint || "country" in object || "region" in object, object.id).toBe(true);
      }
      if (object.type === "note" || object.type === "report") {
        expect((object.object_refs as string[]).length, object.id).toBeGreaterThan(0);
      }
      if ("confidence" in object) {
        expect(
          Number.isInteger(object.confidence) &&
            (object.confidence as number) >= 0 &&
            (object.confidence as number) <= 100,
        ).toBe(true);
      }
    }
  });

  it("resolves every reference inside the bundle", () => {
    const ids = new Set(bundle.objects.map((o) => o.id));
    for (const object of bundle.objects) {
      for (const ref of referencesOf(object))
        expect(ids.has(ref), `${object.id} → ${ref}`).toBe(true);
    }
  });

  it("marks every object with the dataset's official TLP 2.0 marking", () => {
    const marking = TLP2_MARKING_IDS[dataset.info.tlp];
    expect(bundle.objects.filter((o) => o.type === "marking-definition").map((o) => o.id)).toEqual([
      marking,
    ]);
    for (const object of bundle.objects) {
      if (object.type !== "marking-definition")
        expect(object.object_marking_refs).toEqual([marking]);
    }
  });

  it("publishes the report on the information cut-off and lists every object", () => {
    const report = bundle.objects.find((o) => o.type === "report");
    expect(report?.published).toBe(`${dataset.info.cutoff}T00:00:00.000Z`);
    const others = bundle.objects.filter(
      (o) => o.type !== "report" && o.type !== "marking-definition",
    );
    expect(new Set(report?.object_refs as string[])).toEqual(new Set(others.map((o) => o.id)));
  });

  it("has every actor, place, event and judgment of the dataset, armed groups as threat actors", () => {
    const byBilatId = new Map(bundle.objects.map((o) => [o.x_bilat_id as string, o]));
    for (const record of [
      ...dataset.actors,
      ...dataset.places,
      ...dataset.events,
      ...dataset.judgments,
    ]) {
      expect(byBilatId.has(record.id), record.id).toBe(true);
    }
    expect(byBilatId.get("act-jnim")?.type).toBe("threat-actor");
    expect(byBilatId.get("evt-attack")?.type).toBe("incident");
    expect(byBilatId.get("act-diop")).toMatchObject({
      type: "identity",
      identity_class: "individual",
    });
  });

  it("maps each judgment's likelihood through the DNI scale, and cites with Admiralty grades", () => {
    for (const judgment of dataset.judgments) {
      const note = bundle.objects.find((o) => o.x_bilat_id === judgment.id);
      expect(note?.confidence).toBe(DNI_CONFIDENCE[judgment.likelihood]);
    }
    const pledge = bundle.objects.find((o) => o.x_bilat_id === "evt-pledge");
    const refs = pledge?.external_references as {
      source_name: string;
      description: string;
      external_id: string;
    }[];
    const source = dataset.sources.find((s) => s.id === "src-ecofin");
    expect(refs[0]?.external_id).toBe("src-ecofin");
    expect(refs[0]?.description).toContain(`Admiralty ${source?.reliability}2`);
    expect(pledge?.confidence).toBe(70);
  });

  it("derives the same identifiers on every run, and other ones for another language's bundle", () => {
    const again = exportDataset(dataset, "stix", { lang: "en" });
    expect(again).toBe(exportDataset(dataset, "stix", { lang: "en" }));
    const french = bundleOf(exportDataset(dataset, "stix", { lang: "fr" }));
    expect(french.objects.map((o) => o.id)).toEqual(bundle.objects.map((o) => o.id));
    expect(french.id).not.toBe(bundle.id);
  });
});
