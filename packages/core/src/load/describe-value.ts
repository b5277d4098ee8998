/** Names a YAML value the way an analyst would: text, a number, a list… */
export function describeValue(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "an empty value";
  if (typeof value === "string") return `the text "${truncate(value)}"`;
  if (typeof value === "number") return `the number ${value}`;
  if (typeof value === "boolean") return `\`${value}\``;
  if (Array.isArray(value)) return "a list";
  return "a group of fields";
}

/** A word with its indefinite article: "an event", "a source". */
export function withArticle(word: string): string {
  return `${/^[aeiou]/i.test(word) ? "an" : "a"} ${word}`;
}

/** Kinds joined for a reader: "event, agreement, indicator or source". */
export function listOr(words: readonly string[]): string {
  return words.length < 2
    ? (words[0] ?? "")
    : `${words.slice(0, -1).join(", ")} or ${words.at(-1)}`;
}

/** Names an expected zod type in plain words. */
export function describeExpected(type: string): string {
  switch (type) {
    case "string":
      return "text";
    case "number":
      return "a number";
    case "int":
      return "a whole number";
    case "boolean":
      return "true or false";
    case "array":
    case "tuple":
      return "a list";
    case "object":
      return "a group of fields (`key: value` lines)";
    default:
      return type;
  }
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
