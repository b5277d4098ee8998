/**
 * Characters Roboto lacks, replaced by the nearest one it has, so that text copied from the press
 * never prints as an empty box: French typography's narrow no-break space (U+202F) and thin
 * spaces become a no-break space, which keeps « guillemets » with their word.
 */
const SUBSTITUTES: Record<string, string> = {
  "\u202f": "\u00a0",
  "\u2009": "\u00a0",
  "\u200a": "\u00a0",
  "\u2007": "\u00a0",
};

const PATTERN = new RegExp(`[${Object.keys(SUBSTITUTES).join("")}]`, "g");

/** Longer runs without a break opportunity would run off the page (pdfmake never splits them). */
const LONG_RUN = /[^\s\u00a0\u200b/-]{40,}/g;
const CHUNK = /[\s\S]{20}(?=[\s\S])/g;

/**
 * The text with every character the embedded font lacks replaced, and a zero-width space (a break
 * opportunity Roboto carries) every 20 characters of a run too long to fit a line.
 */
export function printable(text: string): string {
  return text
    .replace(PATTERN, (c) => SUBSTITUTES[c] ?? c)
    .replace(LONG_RUN, (run) => run.replace(CHUNK, "$&\u200b"));
}

/** Keys of a pdfmake node that hold text or nested content (never SVG markup, links or ids). */
const CONTENT_KEYS = new Set(["text", "stack", "columns", "ul", "ol", "table", "body"]);

/** A pdfmake content tree with every string made printable; other values are kept as they are. */
export function printableContent<T>(node: T): T {
  if (typeof node === "string") return printable(node) as T;
  if (Array.isArray(node)) return node.map((n) => printableContent(n)) as T;
  if (node === null || typeof node !== "object") return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    out[key] = CONTENT_KEYS.has(key) ? printableContent(value) : value;
  }
  return out as T;
}

/** A running head or foot (a function of the page) whose output is made printable. */
export function printableDynamic<A extends unknown[], R>(make: (...args: A) => R) {
  return (...args: A): R => printableContent(make(...args));
}
