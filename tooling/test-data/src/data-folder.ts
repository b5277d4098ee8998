import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Place, replaceOnce, stripMarkers } from "./markers.js";

/** The minimal valid data folder of @bilat/core's tests: one record of every kind. */
export const MINIMAL = fileURLToPath(
  new URL("../../../packages/core/test/fixtures/minimal", import.meta.url),
);

/**
 * A second country pair, Mauritania–Mali, with no state actor: what an analyst adds next to the
 * shipped dataset. Its source is a text written for the tests.
 */
export const MRT_MLI = fileURLToPath(new URL("../fixtures/mrt-mli", import.meta.url));

/** What to do to a file of the copied folder: new content, replacements, or deletion (null). */
export type Edit = string | null | readonly (readonly [find: string, replace: string])[];

/** Text of a file of the minimal fixture. */
export function minimalText(file: string): Promise<string> {
  return readFile(join(MINIMAL, file), "utf8");
}

const created: string[] = [];

/** Copies the minimal fixture (or `base`) to a fresh temporary folder and applies the edits. */
export async function makeDataFolder(
  edits: Record<string, Edit> = {},
  base: string = MINIMAL,
): Promise<{ dir: string; marks: Map<number, Place> }> {
  const dir = await mkdtemp(join(tmpdir(), "bilat-test-"));
  created.push(dir);
  await cp(base, dir, { recursive: true });
  const marks = new Map<number, Place>();
  for (const [file, edit] of Object.entries(edits)) {
    const path = join(dir, file);
    if (edit === null) {
      await rm(path, { recursive: true, force: true });
      continue;
    }
    let text: string;
    if (typeof edit === "string") text = edit;
    else {
      text = await readFile(path, "utf8");
      for (const [find, replace] of edit) text = replaceOnce(text, find, replace);
    }
    const stripped = stripMarkers(text, file);
    for (const [n, place] of stripped.marks) {
      if (marks.has(n)) throw new Error(`marker «${n}» used in two files`);
      marks.set(n, place);
    }
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, stripped.text);
  }
  return { dir, marks };
}

/** Removes every folder the tests created. */
export async function removeDataFolders(): Promise<void> {
  await Promise.all(created.splice(0).map((d) => rm(d, { recursive: true, force: true })));
}
