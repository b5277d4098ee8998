import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Dataset, loadDataset } from "@bilat/core";

/** Real data folders the tests render: core's smallest valid dataset, a fuller one, the shipped one. */
export const MINIMAL = fileURLToPath(
  new URL("../../../../packages/core/test/fixtures/minimal", import.meta.url),
);
export const RICH = fileURLToPath(new URL("../fixtures/rich", import.meta.url));
export const DATA = fileURLToPath(new URL("../../../../data/sen-mli", import.meta.url));

const made: string[] = [];

/** A fresh temporary folder, removed by `removeTemporaryFolders`. */
export async function temporaryFolder(prefix = "bilat-report-"): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** A temporary copy of a data folder, for tests that edit it. */
export async function copyDataFolder(source: string): Promise<string> {
  const dir = await temporaryFolder("bilat-data-");
  await cp(source, dir, { recursive: true });
  return dir;
}

/** Rewrites a file of a folder through a function of its text. */
export async function editFile(path: string, edit: (text: string) => string): Promise<void> {
  await writeFile(path, edit(await readFile(path, "utf8")));
}

export async function removeTemporaryFolders(): Promise<void> {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
}

/** Loads a folder that must be valid; fails the test with the validator's messages if not. */
export async function loadValid(dir: string): Promise<Dataset> {
  const result = await loadDataset(dir);
  if (!result.ok) {
    const errors = result.problems.filter((p) => p.severity === "error");
    throw new Error(
      `${dir} is invalid:\n${errors.map((p) => `${p.file}:${p.line} ${p.message}`).join("\n")}`,
    );
  }
  return result.dataset;
}
