import {
  type Document,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  parseDocument,
} from "yaml";

export interface Position {
  line: number;
  column: number;
}

/** A parsed YAML text with the line counter that maps its offsets to positions. */
interface Parsed {
  doc: Document.Parsed;
  lines: LineCounter;
}

const parse = (text: string): Parsed => {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: false, schema: "core" });
  return { doc, lines };
};

/**
 * Finds line and column of paths inside one YAML text. The position-keeping parser is slow and
 * needs about thirty times the text in memory, so it runs only on files that have problems,
 * and in a list file of many records (written as a block list, `- id: …` at the margin) only on
 * the item that holds the problem. Anything else falls back to parsing the whole text, once.
 */
export class YamlLocator {
  readonly #text: string;
  readonly #items: number | undefined;
  #whole: Parsed | undefined;
  /** Offsets and line numbers where each top-level list item starts; null when not usable. */
  #starts: { offset: number; line: number }[] | null | undefined;
  readonly #itemCache = new Map<number, Parsed | null>();

  /** `items`: the number of records when the text is a list of them, as the fast parser read it. */
  constructor(text: string, items?: number) {
    this.#text = text;
    this.#items = items;
  }

  /**
   * Position of the value at `path`, or of its key when `atKey` is set (for unknown keys).
   * Falls back to the deepest part of the path that exists (e.g. the record for a missing field).
   */
  locate(path: readonly (string | number)[], atKey = false): Position {
    const [first, ...rest] = path;
    if (typeof first === "number" && this.#items !== undefined) {
      const found = this.#locateInItem(first, rest, atKey);
      if (found) return found;
    }
    this.#whole ??= parse(this.#text);
    return navigate(this.#whole, path, atKey);
  }

  #locateInItem(
    index: number,
    rest: readonly (string | number)[],
    atKey: boolean,
  ): Position | undefined {
    if (this.#starts === undefined) this.#starts = itemStarts(this.#text, this.#items ?? 0);
    const start = this.#starts?.[index];
    if (!this.#starts || !start) return undefined;
    let item = this.#itemCache.get(index);
    if (item === undefined) {
      const end = this.#starts[index + 1]?.offset ?? this.#text.length;
      item = parse(this.#text.slice(start.offset, end));
      // An item that cannot be read alone is not used: the whole text is parsed instead.
      const contents = item.doc.contents;
      if (item.doc.errors.length > 0 || !isSeq(contents) || contents.items.length !== 1) {
        item = null;
      }
      this.#itemCache.set(index, item);
    }
    if (item === null) return undefined;
    const pos = navigate(item, [0, ...rest], atKey);
    // The slice begins at the start of a line, so only the line number moves.
    return { line: start.line + pos.line - 1, column: pos.column };
  }
}

/**
 * Where each top-level item of a block list starts: lines beginning with `-` and a space (or
 * nothing). Usable only if there are as many as the records the fast parser read.
 */
function itemStarts(text: string, expected: number): { offset: number; line: number }[] | null {
  const starts: { offset: number; line: number }[] = [];
  let offset = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  while (offset < text.length) {
    const next = text.indexOf("\n", offset);
    const end = next < 0 ? text.length : next;
    if (text.charCodeAt(offset) === 0x2d /* - */) {
      const after = text.charCodeAt(offset + 1);
      // `- x`, `-` alone, `-\t…`; not `---` nor `-1`.
      if (offset + 1 >= end || after === 0x20 || after === 0x09 || after === 0x0d) {
        starts.push({ offset, line });
      }
    }
    if (next < 0) break;
    offset = next + 1;
    line += 1;
  }
  return starts.length === expected ? starts : null;
}

/** Follows a path down a parsed document; stops at the deepest part that exists. */
function navigate(
  { doc, lines }: Parsed,
  path: readonly (string | number)[],
  atKey: boolean,
): Position {
  let node: unknown = doc.contents;
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
  const pos = lines.linePos(offset);
  return { line: pos.line, column: pos.col };
}

function rangeStart(node: unknown): number | undefined {
  const range = (node as Node | null | undefined)?.range;
  return range ? range[0] : undefined;
}
