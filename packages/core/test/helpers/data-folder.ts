import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { type LoadOptions, type LoadResult, loadDataset, type Problem } from "@bilat/core";
import { expect } from "vitest";

/** The minimal valid data folder: one record of every kind. */
export const MINIMAL = fileURLToPath(new URL("../fixtures/minimal", import.meta.url));

/**
 * A marker written into test YAML where a problem is expected: `«1»`, `«2»`… It is removed before
 * the file is written, and its line and column are remembered.
 */
const MARKER = /«(\d+)»/g;

export interface Place {
  file: string;
  line: number;
  column: number;
}

/** What to do to a file of the copied folder: new content, replacements, or deletion (null). */
export type Edit = string | null | readonly (readonly [find: string, replace: string])[];

/** Text of a file of the minimal fixture. */
export function minimalText(file: string): Promise<string> {
  return readFile(join(MINIMAL, file), "utf8");
}

/** Removes the markers from a text and returns where each one stood (1-based line and column). */
export function stripMarkers(
  text: string,
  file: string,
): { text: string; marks: Map<number, Place> } {
  const marks = new Map<number, Place>();
  let out = "";
  let last = 0;
  for (const match of text.matchAll(MARKER)) {
    out += text.slice(last, match.index);
    last = match.index + match[0].length;
    const lines = out.split("\n");
    const n = Number(match[1]);
    if (marks.has(n)) throw new Error(`marker «${n}» used twice`);
    marks.set(n, {
      file,
      line: lines.length,
      column: (lines.at(-1) ?? "").length + 1,
    });
  }
  return { text: out + text.slice(last), marks };
}

/** Replaces `find` by `replace` in `text`, insisting that `find` occurs exactly once. */
export function replaceOnce(text: string, find: string, replace: string): string {
  const at = text.indexOf(find);
  if (at < 0) throw new Error(`\`${find}\` is not in the text:\n${text}`);
  if (text.indexOf(find, at + 1) >= 0) throw new Error(`\`${find}\` occurs more than once`);
  return text.slice(0, at) + replace + text.slice(at + find.length);
}

export interface Scenario {
  dir: string;
  marks: Map<number, Place>;
  result: LoadResult;
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

/** Writes a data folder from the minimal fixture and the edits, then loads it. */
export async function loadEdited(
  edits: Record<string, Edit> = {},
  options: LoadOptions = {},
): Promise<Scenario> {
  const { dir, marks } = await makeDataFolder(edits);
  const result = await loadDataset(dir, options);
  return { dir, marks, result };
}

/** Removes every folder the tests created. */
export async function removeDataFolders(): Promise<void> {
  await Promise.all(created.splice(0).map((d) => rm(d, { recursive: true, force: true })));
}

/** A problem reduced to what a test compares: code, severity and place. */
export function placeOf(p: Problem): string {
  return `${p.severity} ${p.code} ${p.file}:${p.line}:${p.column}`;
}

/** An expected problem at a marker. */
export interface Expected {
  at: number;
  code: Problem["code"];
  severity?: Problem["severity"];
  /** Parts of the message, each of which must appear in it. */
  message: string | readonly string[];
  /** Parts that must not appear in the message (e.g. a "Did you mean" that would mislead). */
  notInMessage?: string;
  expected?: string;
}

/**
 * Asserts that the problems found are exactly the expected ones (apart from codes in `ignore`),
 * each at its marker, with the message parts given.
 */
export function expectProblems(
  scenario: Pick<Scenario, "marks" | "result">,
  expected: readonly Expected[],
  ignore: readonly Problem["code"][] = [],
): void {
  const { marks, result } = scenario;
  const found = result.problems.filter((p) => !ignore.includes(p.code));
  const wanted = expected.map((e) => {
    const place = marks.get(e.at);
    if (!place) throw new Error(`no marker «${e.at}» in the edits`);
    return `${e.severity ?? "error"} ${e.code} ${place.file}:${place.line}:${place.column}`;
  });
  expect(found.map(placeOf).sort()).toEqual([...wanted].sort());
  const unused = new Set(found);
  for (const [i, e] of expected.entries()) {
    // Several problems may share a place: take the one whose message fits, if any does.
    const parts = [e.message].flat();
    const here = [...unused].filter((p) => placeOf(p) === wanted[i]);
    const problem = here.find((p) => parts.every((part) => p.message.includes(part))) ?? here[0];
    if (problem) unused.delete(problem);
    for (const part of parts) expect(problem?.message).toContain(part);
    if (e.notInMessage !== undefined) expect(problem?.message).not.toContain(e.notInMessage);
    if (e.expected !== undefined) expect(problem?.expected).toContain(e.expected);
  }
  const errors = found.some((p) => p.severity === "error");
  if (errors) expect(result.ok).toBe(false);
}
