import { createRequire } from "node:module";
import jsYaml from "js-yaml";

// The position-keeping parser is loaded only for a file of several documents, which is an error.
const require = createRequire(import.meta.url);

export type ParsedYaml =
  | { ok: true; value: unknown }
  | {
      ok: false;
      line: number;
      column: number;
      problem: { code: "yaml-syntax"; reason: string } | { code: "yaml-alias-limit" };
    };

/** Past this many expanded nodes per byte of text, aliases are multiplying data (a "billion laughs"). */
const MAX_EXPANSION_PER_BYTE = 4;

/**
 * Parses YAML text with js-yaml's core schema (YAML 1.2: dates stay text, `no` stays text).
 * js-yaml is used for speed (about ten times faster than a position-keeping parser on bulk data);
 * positions of problems are looked up afterwards, only in files that have problems.
 */
export function parseYaml(text: string, file: string): ParsedYaml {
  let value: unknown;
  try {
    value = jsYaml.load(text, { filename: file, schema: jsYaml.CORE_SCHEMA, json: false });
  } catch (error) {
    if (error instanceof jsYaml.YAMLException) {
      // js-yaml gives no position when the file holds several documents (`---`).
      const mark = (error.mark as typeof error.mark | undefined) ?? secondDocumentMark(text);
      return {
        ok: false,
        problem: { code: "yaml-syntax", reason: error.reason },
        line: mark.line + 1,
        column: mark.column + 1,
      };
    }
    throw error;
  }
  // Aliases need an anchor (`&name`) in the same text: without one, no node is shared and the
  // nodes are fewer than the bytes, so the walk (a tenth of a worker's time on bulk data) is skipped.
  const budget = Math.max(10_000, text.length * MAX_EXPANSION_PER_BYTE);
  if (text.includes("&") && expandedSize(value, budget) > budget) {
    return {
      ok: false,
      problem: { code: "yaml-alias-limit" },
      line: 1,
      column: 1,
    };
  }
  return { ok: true, value };
}

/** Zero-based position where a second YAML document starts, or the top of the file. */
function secondDocumentMark(text: string): { line: number; column: number } {
  const { LineCounter, parseAllDocuments } = require("yaml") as typeof import("yaml");
  const lines = new LineCounter();
  const second = parseAllDocuments(text, { lineCounter: lines })[1];
  if (second === undefined) return { line: 0, column: 0 };
  const pos = lines.linePos(second.range[0]);
  return { line: pos.line - 1, column: pos.col - 1 };
}

/** Counts nodes as if aliases were copied, stopping once past the budget; shared nodes are memoised. */
function expandedSize(root: unknown, budget: number): number {
  const memo = new Map<object, number>();
  const visit = (node: unknown): number => {
    if (node === null || typeof node !== "object") return 1;
    const known = memo.get(node);
    if (known !== undefined) return known;
    memo.set(node, budget + 1); // a cycle counts as unbounded
    let size = 1;
    for (const child of Object.values(node)) {
      size += visit(child);
      if (size > budget) break;
    }
    memo.set(node, size);
    return size;
  };
  return visit(root);
}
