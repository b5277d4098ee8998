import { fileURLToPath } from "node:url";
import { type Dataset, loadDataset } from "@bilat/core";

/** A small two-country dataset with every kind of record, an armed group and an attack. */
export const PAIR = fileURLToPath(new URL("./fixtures/pair", import.meta.url));

/** Loads a data folder, failing the test with its problems when it does not load. */
export async function load(dir: string = PAIR): Promise<Dataset> {
  const result = await loadDataset(dir);
  if (!result.ok) {
    const lines = result.problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.message}`);
    throw new Error(`the test data does not load:\n${lines.join("\n")}`);
  }
  return result.dataset;
}
