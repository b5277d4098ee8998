import { cp, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { discoverDatasets, loadDataset } from "@bilat/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MINIMAL } from "./helpers/data-folder.js";

let root: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "bilat-datasets-"));
  // Two pairs copied from one, as an analyst adds a pair, written out of alphabetical order.
  await cp(MINIMAL, join(root, "mrt-mli"), { recursive: true });
  await cp(MINIMAL, join(root, "sen-mli"), { recursive: true });
  // Folders that are not datasets: the shared schemas, and an empty folder.
  await mkdir(join(root, "schema"));
  await writeFile(join(root, "schema/event.schema.json"), "{}\n");
  await mkdir(join(root, "drafts"));
});

afterAll(() => rm(root, { recursive: true, force: true }));

describe("discoverDatasets", () => {
  it("lists every subfolder that holds a dataset.yaml, by name, and nothing else", () => {
    expect(discoverDatasets(root)).toEqual([join(root, "mrt-mli"), join(root, "sen-mli")]);
  });

  it("takes a dataset folder as the one dataset", () => {
    expect(discoverDatasets(join(root, "sen-mli"))).toEqual([join(root, "sen-mli")]);
  });

  it("returns a folder with no dataset as it is, so that loading it says what is missing", async () => {
    const empty = join(root, "drafts");
    expect(discoverDatasets(empty)).toEqual([empty]);
    const result = await loadDataset(empty);
    expect(result.ok).toBe(false);
    expect(result.problems.map((p) => p.code)).toContain("missing-dataset-file");
  });

  it("returns a missing folder as it is", () => {
    const missing = join(root, "no-such-folder");
    expect(discoverDatasets(missing)).toEqual([missing]);
  });

  it("finds the shipped datasets under the repository's data folder", () => {
    const data = join(MINIMAL, "../../../../../data");
    expect(discoverDatasets(data)).toContain(join(data, "sen-mli"));
  });
});
