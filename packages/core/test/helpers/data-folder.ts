import { type LoadOptions, type LoadResult, loadDataset, type Problem } from "@bilat/core";
import { type Edit, makeDataFolder, type Place } from "@bilat/test-data";
import { expect } from "vitest";

export {
  type Edit,
  MINIMAL,
  makeDataFolder,
  minimalText,
  type Place,
  removeDataFolders,
  replaceOnce,
  stripMarkers,
} from "@bilat/test-data";

export interface Scenario {
  dir: string;
  marks: Map<number, Place>;
  result: LoadResult;
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
