import { type FontRun, fontRuns, withoutBidiControls } from "@bilat/figures";
import type { StructureTag } from "../structure/tags.js";

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
 * The text composed (NFC), every character the embedded font lacks replaced, bidi controls left out, and a
 * zero-width space (a break opportunity Roboto carries) every 20 characters of a run too long to
 * fit a line.
 */
export function printable(text: string): string {
  // Composed characters (é rather than e + ◌́): the fonts have them, rarely the loose marks.
  // Bidi controls are left out: pdfmake applies no bidi algorithm, so they could only print as
  // boxes, and an override in the data must never reorder what the reader sees.
  return withoutBidiControls(
    text.normalize("NFC").replace(PATTERN, (c) => SUBSTITUTES[c] ?? c),
  ).replace(LONG_RUN, (run) => run.replace(CHUNK, "$&\u200b"));
}

type Inline = string | { text: unknown; font?: string; tag?: unknown; [key: string]: unknown };

/** Letters of the left-to-right scripts the fonts print (Latin, Greek, Cyrillic), which end a right-to-left phrase. */
const LEFT_TO_RIGHT = /[A-Za-z\u00c0-\u02af\u0370-\u03ff\u0400-\u052f\u1e00-\u1eff]/;

/**
 * The runs of each right-to-left phrase, by index of its first and last run: from a run in a
 * right-to-left font to the last such run before a left-to-right letter, with the runs between
 * them and the number it ends with (`endsRightToLeft`, cut off what follows it by `fontRuns`).
 */
function rightToLeftPhrases(runs: readonly FontRun[]): [number, number][] {
  const phrases: [number, number][] = [];
  for (let first = 0; first < runs.length; first++) {
    if (!runs[first]?.font?.rtl) continue;
    let last = first;
    for (let next = first + 1; next < runs.length; next++) {
      const run = runs[next] as FontRun;
      if (!run.font?.rtl && LEFT_TO_RIGHT.test(run.text)) break;
      if (run.font?.rtl) last = next;
    }
    if (runs[last + 1]?.endsRightToLeft) last += 1;
    phrases.push([first, last]);
    first = last;
  }
  return phrases;
}

/**
 * One inline per font run, each keeping the inline's own properties (pdfmake passes no style
 * from a nested text to its parts). A right-to-left phrase is one Span whose ActualText is the
 * phrase in reading order, since its words and glyphs are drawn in visual order.
 */
function splitInline(inline: Inline): Inline[] {
  const text = typeof inline === "string" ? inline : inline.text;
  if (typeof text !== "string") return [inline];
  const runs: FontRun[] = fontRuns(printable(text));
  const props: Exclude<Inline, string> | Record<string, never> =
    typeof inline === "string" ? {} : inline;
  if (runs.length === 1 && runs[0]?.font === undefined)
    return [typeof inline === "string" ? (runs[0]?.text ?? "") : { ...props, text: runs[0]?.text }];
  const parts: Inline[] = runs.map((run) => {
    if (run.font === undefined) return { ...props, text: run.text };
    const part: Inline = { ...props, text: run.text, font: run.font.family };
    // A copy each time: fontkit writes its defaults into the object it is given.
    if (run.font.features) part.fontFeatures = { ...run.font.features };
    return part;
  });
  const parent = props.tag as StructureTag | undefined;
  for (const [first, last] of rightToLeftPhrases(runs)) {
    const actual = runs
      .slice(first, last + 1)
      .map((r) => r.text)
      .join("");
    // One tag object: every part of the phrase, on any line, belongs to one element.
    const tag = { type: "Span", actual, ...(parent ? { parent } : {}) };
    for (let i = first; i <= last; i++) (parts[i] as Exclude<Inline, string>).tag = tag;
  }
  return parts;
}

/** A text value made printable: one string when Roboto prints it all, else inlines by font. */
function printableText(value: unknown): unknown {
  if (typeof value === "string") {
    const parts = splitInline(value);
    return parts.length === 1 && typeof parts[0] === "string" ? parts[0] : parts;
  }
  if (Array.isArray(value))
    return value.flatMap((v) =>
      typeof v === "object" && v !== null && Array.isArray((v as Inline & object).text)
        ? [printableContent(v)]
        : splitInline(v as Inline),
    );
  return value;
}

/** Keys of a pdfmake node that hold nested content (never SVG markup, links or ids). */
const CONTENT_KEYS = new Set(["stack", "columns", "ul", "ol", "table", "body"]);

/** A pdfmake content tree with every text made printable; other values are kept as they are. */
export function printableContent<T>(node: T): T {
  if (typeof node === "string") {
    // A string in a stack or a list is a paragraph: its runs stay one text.
    const text = printableText(node);
    return (typeof text === "string" ? text : { text }) as T;
  }
  if (Array.isArray(node)) return node.map((n) => printableContent(n)) as T;
  if (node === null || typeof node !== "object") return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === "text") out[key] = printableText(value);
    else out[key] = CONTENT_KEYS.has(key) ? printableContent(value) : value;
  }
  return out as T;
}

/** A running head or foot (a function of the page) whose output is made printable. */
export function printableDynamic<A extends unknown[], R>(make: (...args: A) => R) {
  return (...args: A): R => printableContent(make(...args));
}
