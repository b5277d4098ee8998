/**
 * Holds the Senegal–Mali dataset to its sources: every quoted excerpt is in the archived article it
 * names, every source is used, every place can be drawn on a map, and every text a reader sees is
 * written in English and French.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { type Citation, languageCodes, loadDataset, type Source } from "@bilat/core";
import { describe, expect, it } from "vitest";

const DATA = resolve(dirname(fileURLToPath(import.meta.url)), "..");

const result = await loadDataset(DATA);
const dataset = result.ok ? result.dataset : undefined;

/** Collapses every run of white space (including no-break spaces) to one space. */
const normalise = (text: string): string => text.replace(/\s+/gu, " ").trim();

interface Labelled {
  /** Kind, id and path inside the record, e.g. `event evt-… › disputes.0.claims.1.citations.0`. */
  label: string;
}
interface FoundCitation extends Labelled {
  citation: Citation;
}
interface FoundText extends Labelled {
  text: Record<string, unknown>;
}

/** Every record of the dataset with its kind, in a stable order. */
function allRecords(): { kind: string; id: string; record: unknown }[] {
  if (!dataset) return [];
  const kinds = [
    ["source", dataset.sources],
    ["actor", dataset.actors],
    ["place", dataset.places],
    ["event", dataset.events],
    ["agreement", dataset.agreements],
    ["indicator", dataset.indicators],
    ["judgment", dataset.judgments],
  ] as const;
  const out: { kind: string; id: string; record: unknown }[] = kinds.flatMap(([kind, records]) =>
    records.map((record) => ({ kind, id: record.id, record: record as unknown })),
  );
  out.push({ kind: "dataset", id: dataset.info.id, record: dataset.info });
  return out;
}

/** Visits every object inside a value, with the path of keys that leads to it. */
function* walk(
  node: unknown,
  path: (string | number)[] = [],
): Generator<{ node: Record<string, unknown>; path: (string | number)[] }> {
  if (node === null || typeof node !== "object") return;
  if (Array.isArray(node)) {
    for (const [i, child] of node.entries()) yield* walk(child, [...path, i]);
    return;
  }
  yield { node: node as Record<string, unknown>, path };
  for (const [key, child] of Object.entries(node)) yield* walk(child, [...path, key]);
}

const isLocalizedText = (node: Record<string, unknown>): boolean => {
  const keys = Object.keys(node);
  return keys.length > 0 && keys.every((k) => languageCodes().includes(k));
};

const citations: FoundCitation[] = [];
const texts: FoundText[] = [];
for (const { kind, id, record } of allRecords()) {
  for (const { node, path } of walk(record)) {
    const label = `${kind} ${id}${path.length ? ` › ${path.join(".")}` : ""}`;
    if (path[path.length - 2] === "citations") {
      citations.push({ label, citation: node as unknown as Citation });
    } else if (isLocalizedText(node) && path[path.length - 1] !== "translation") {
      texts.push({ label, text: node });
    }
  }
}

const sources = new Map<string, Source>((dataset?.sources ?? []).map((s) => [s.id, s]));
const archives = new Map<string, string>();
for (const source of sources.values()) {
  const file = source.archive === undefined ? undefined : join(DATA, source.archive);
  if (file !== undefined && existsSync(file))
    archives.set(source.id, normalise(readFileSync(file, "utf8")));
}

describe("the dataset", () => {
  it("loads without errors or warnings", () => {
    const problems = result.problems.map(
      (p) => `${p.file}:${p.line}:${p.column}  ${p.severity}  ${p.message}`,
    );
    expect(problems).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it("holds records of every kind", () => {
    expect(dataset?.sources.length).toBeGreaterThan(0);
    expect(dataset?.events.length).toBeGreaterThan(0);
    expect(citations.length).toBeGreaterThan(0);
  });
});

describe("sources", () => {
  it.each([...sources.values()].map((s) => [s.id, s] as const))(
    "%s has its archived text in the data folder",
    (id, source) => {
      expect(source.archive, `${id} names no archive`).toBe(`archive/${id}.txt`);
      expect(archives.has(id), `${source.archive} is missing`).toBe(true);
    },
  );

  const cited = new Set(citations.map((c) => c.citation.source));
  it.each([...sources.keys()])("%s is cited at least once", (id) => {
    expect(cited.has(id)).toBe(true);
  });
});

describe("citations", () => {
  it.each(citations.map((c) => [c.label, c] as const))(
    "%s quotes its source verbatim",
    (_label, { citation }) => {
      const archive = archives.get(citation.source);
      expect(archive, `no archived text for ${citation.source}`).toBeDefined();
      expect(archive).toContain(normalise(citation.excerpt));
    },
  );

  it.each(citations.map((c) => [c.label, c] as const))(
    "%s is rendered in the other language",
    (_label, { citation }) => {
      const language = sources.get(citation.source)?.language.split("-")[0];
      for (const lang of languageCodes()) {
        if (lang === language) continue;
        expect(citation.translation?.[lang]?.trim(), `no ${lang} rendering`).toBeTruthy();
      }
    },
  );
});

describe("places", () => {
  it.each((dataset?.places ?? []).map((p) => [p.id, p] as const))(
    "%s has coordinates, and a note when they are approximate",
    (_id, place) => {
      expect(Number.isFinite(place.lat)).toBe(true);
      expect(Number.isFinite(place.lon)).toBe(true);
      if (place.geoPrecision > 1) {
        expect(place.note?.en, "an approximate point needs a note (en)").toBeTruthy();
        expect(place.note?.fr, "an approximate point needs a note (fr)").toBeTruthy();
      }
    },
  );
});

describe("texts", () => {
  it.each(texts.map((t) => [t.label, t] as const))(
    "%s is written in English and French",
    (_label, { text }) => {
      for (const lang of languageCodes()) {
        expect(
          typeof text[lang] === "string" && (text[lang] as string).trim() !== "",
          `no ${lang} text`,
        ).toBe(true);
      }
    },
  );
});
