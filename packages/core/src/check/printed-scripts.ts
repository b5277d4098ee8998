import type { RecordOrigin } from "../dataset.js";
import type { UnplacedProblem } from "../load/problem.js";
import { recordProblem } from "./check-context.js";
import { eachVisit } from "./walk.js";

/**
 * The scripts the PDF brief's embedded fonts print: Roboto and Noto Sans (Latin, Greek, Cyrillic,
 * Devanagari), Noto Sans Arabic and Noto Emoji; Common and Inherited hold the digits, punctuation
 * and marks they share. The brief's tests check its fonts against this list.
 */
export const PRINTED_SCRIPTS = [
  "Latin",
  "Greek",
  "Cyrillic",
  "Devanagari",
  "Arabic",
  "Common",
  "Inherited",
];

const UNPRINTED = new RegExp(
  `[^${PRINTED_SCRIPTS.map((s) => `\\p{Script=${s}}`).join("")}\\p{Extended_Pictographic}\\p{Emoji_Component}]`,
  "u",
);

/** Scripts named in the warning; any other character is named by its code point. */
const NAMED_SCRIPTS = [
  "Han",
  "Hiragana",
  "Katakana",
  "Hangul",
  "Devanagari",
  "Bengali",
  "Gurmukhi",
  "Gujarati",
  "Tamil",
  "Telugu",
  "Kannada",
  "Malayalam",
  "Sinhala",
  "Thai",
  "Lao",
  "Tibetan",
  "Myanmar",
  "Khmer",
  "Hebrew",
  "Syriac",
  "Thaana",
  "Nko",
  "Tifinagh",
  "Ethiopic",
  "Vai",
  "Adlam",
  "Bamum",
  "Armenian",
  "Georgian",
  "Mongolian",
  "Cherokee",
  "Canadian_Aboriginal",
].map((name) => ({
  name: name.replace(/_/g, " "),
  pattern: new RegExp(`\\p{Script=${name}}`, "u"),
}));

const codePoint = (char: string) =>
  `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;

/**
 * What the Unicode-property test answers for each character of the Basic Multilingual Plane,
 * learnt the first time it is met: 0 not yet asked, 1 printed, 2 not. Quotation marks, dashes,
 * Arabic or Cyrillic letters come back in every text, and one table look-up is far cheaper
 * than the test; surrogates (emoji, rare scripts) are left to the test itself.
 */
const PRINTED_UNIT = new Uint8Array(0x10000);

const BEYOND_LATIN = /[^\u0000-\u024f]/;

function printedUnit(unit: number): boolean {
  let known = PRINTED_UNIT[unit];
  if (known === 0) {
    known = UNPRINTED.test(String.fromCharCode(unit)) ? 2 : 1;
    PRINTED_UNIT[unit] = known;
  }
  return known === 1;
}

/**
 * Whether every character of a text is one the test has already passed, or would: a text
 * without surrogates is a string of BMP characters, each tested alone as the class tests it.
 */
export function plainlyPrinted(text: string): boolean {
  // Most text is ASCII or Latin, which every font prints: a native scan finds where it ends.
  const start = text.search(BEYOND_LATIN);
  if (start < 0) return true;
  for (let i = start; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x250) continue;
    if (unit >= 0xd800 && unit <= 0xdfff) return false;
    if (!printedUnit(unit)) return false;
  }
  return true;
}

/** The first character of a text that no embedded font prints, with its script's name. */
export function unprintedCharacter(text: string): { char: string; script: string } | undefined {
  if (plainlyPrinted(text)) return undefined;
  return unprintedBySearch(text);
}

/** `unprintedCharacter` by the Unicode-property search alone: the reference for the fast path. */
export function unprintedBySearch(text: string): { char: string; script: string } | undefined {
  const char = UNPRINTED.exec(text)?.[0];
  if (char === undefined) return undefined;
  return { char, script: NAMED_SCRIPTS.find((s) => s.pattern.test(char))?.name ?? codePoint(char) };
}

/**
 * Every text is in a script the brief's fonts print. A text in another (Devanagari, Chinese,
 * Hebrew...) is a warning: the brief prints its characters as code points, e.g. [U+0915].
 * It reads one record alone, so the loader runs it with the record's schema, and the parse
 * cache keeps its problems with the file's.
 */
export function printedScriptProblems(record: unknown, origin: RecordOrigin): UnplacedProblem[] {
  const problems: UnplacedProblem[] = [];
  // The path of a node is read only at a problem: building it at every node cost the workers.
  eachVisit(record, (visit) => {
    const { node } = visit;
    // Keys rather than entries: no pair is built for each of the many values that are no text.
    for (const key of Object.keys(node)) {
      const value: unknown = (node as Record<string, unknown>)[key];
      if (typeof value !== "string") continue;
      const found = unprintedCharacter(value);
      if (found === undefined) continue;
      const at = Array.isArray(node) ? Number(key) : key;
      problems.push(
        recordProblem(origin, [...visit.path, at], {
          code: "unprinted-script",
          severity: "warning",
          script: found.script,
          char: found.char,
          codePoint: codePoint(found.char),
          printed: PRINTED_SCRIPTS.filter((s) => s !== "Common" && s !== "Inherited"),
        }),
      );
    }
  });
  return problems;
}
