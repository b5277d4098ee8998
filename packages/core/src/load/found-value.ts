/** What a YAML value was, as data: the language module names it ("the text "b"", « le texte "b" »). */
export type FoundValue =
  | { type: "nothing" }
  | { type: "empty" }
  | { type: "text"; text: string }
  | { type: "number"; value: number }
  | { type: "boolean"; value: boolean }
  | { type: "list" }
  | { type: "fields" };

/** The value found, reduced to what a message shows (long text is shortened). */
export function foundValue(value: unknown): FoundValue {
  if (value === undefined) return { type: "nothing" };
  if (value === null) return { type: "empty" };
  if (typeof value === "string") return { type: "text", text: truncate(value) };
  if (typeof value === "number") return { type: "number", value };
  if (typeof value === "boolean") return { type: "boolean", value };
  if (Array.isArray(value)) return { type: "list" };
  return { type: "fields" };
}

function truncate(text: string): string {
  const oneLine = text.replace(/\s+/g, " ");
  return oneLine.length > 40 ? `${oneLine.slice(0, 37)}…` : oneLine;
}

/** The value found at a path inside a parsed YAML value. */
export function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let node: unknown = root;
  for (const part of path) {
    if (node === null || typeof node !== "object") return undefined;
    node = Object.hasOwn(node, part) ? (node as Record<PropertyKey, unknown>)[part] : undefined;
  }
  return node;
}
