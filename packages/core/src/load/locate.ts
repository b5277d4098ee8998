import { isMap, isPair, isScalar, isSeq, LineCounter, type Node, parseDocument } from "yaml";

export interface Position {
  line: number;
  column: number;
}

/** Finds line and column of paths inside one YAML text; parses the text once, on first use. */
export class YamlLocator {
  readonly #text: string;
  #doc: ReturnType<typeof parseDocument> | undefined;
  #lines: LineCounter | undefined;

  constructor(text: string) {
    this.#text = text;
  }

  /**
   * Position of the value at `path`, or of its key when `atKey` is set (for unknown keys).
   * Falls back to the deepest part of the path that exists (e.g. the record for a missing field).
   */
  locate(path: readonly (string | number)[], atKey = false): Position {
    if (this.#doc === undefined) {
      this.#lines = new LineCounter();
      this.#doc = parseDocument(this.#text, {
        lineCounter: this.#lines,
        uniqueKeys: false,
        schema: "core",
      });
    }
    let node: unknown = this.#doc.contents;
    let offset = rangeStart(node) ?? 0;
    for (const [i, part] of path.entries()) {
      const last = i === path.length - 1;
      if (isMap(node)) {
        const pair = node.items.find(
          (p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(part),
        );
        if (!pair) break;
        const keyStart = rangeStart(pair.key);
        if (last && atKey && keyStart !== undefined) {
          offset = keyStart;
          break;
        }
        node = pair.value;
        offset = rangeStart(node) ?? keyStart ?? offset;
      } else if (isSeq(node) && typeof part === "number") {
        const item = node.items[part];
        if (item === undefined) break;
        node = item;
        offset = rangeStart(node) ?? offset;
      } else {
        break;
      }
    }
    const pos = this.#lines?.linePos(offset) ?? { line: 1, col: 1 };
    return { line: pos.line, column: pos.col };
  }
}

function rangeStart(node: unknown): number | undefined {
  const range = (node as Node | null | undefined)?.range;
  return range ? range[0] : undefined;
}
