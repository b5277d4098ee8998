/**
 * Holds the Senegal–Mali dataset to what is specific to it. The rules that hold for any dataset —
 * every excerpt verbatim in its archived article, every source cited, approximate places
 * explained, every text in each language — are checks of `bilat validate` (@bilat/core), so a
 * clean load here means they hold.
 */
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { loadDataset } from "@bilat/core";
import { describe, expect, it } from "vitest";

const DATA = resolve(dirname(fileURLToPath(import.meta.url)), "..");

const result = await loadDataset(DATA);
const dataset = result.ok ? result.dataset : undefined;
const line = (p: (typeof result.problems)[number]) =>
  `${p.file}:${p.line}:${p.column}  ${p.severity}  ${p.message}  [${p.code}]`;

describe("the dataset", () => {
  it("loads without errors or warnings", () => {
    expect(result.problems.map(line)).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it("holds records of every kind", () => {
    expect(dataset?.sources.length).toBeGreaterThan(0);
    expect(dataset?.events.length).toBeGreaterThan(0);
    expect(dataset?.places.length).toBeGreaterThan(0);
    expect(dataset?.judgments.length).toBeGreaterThan(0);
  });
});

describe("sources", () => {
  // Any dataset may leave a source unarchived (a warning); this one archives every source it cites,
  // each under archive/<id>.txt.
  it.each((dataset?.sources ?? []).map((s) => [s.id, s] as const))(
    "%s has its archived text at archive/<id>.txt",
    (id, source) => {
      expect(source.archive, `${id} names no archive`).toBe(`archive/${id}.txt`);
    },
  );
});
