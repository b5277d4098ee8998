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
    marks.set(n, { file, line: lines.length, column: (lines.at(-1) ?? "").length + 1 });
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
