import { deserialize, serialize } from "node:v8";
import { isLocalizedText } from "../check/translations.js";
import { languageCodes } from "../i18n/registry.js";
import type { FileOutcome } from "./load-file.js";
import { wordsBytes, wordsOf } from "./words-bytes.js";

/** What stands for the words of a text in an outline: any text but an empty one. */
export const WORDS = "~";

/**
 * Turns a file's outcome, in place, into the outline that the checks across records read, and
 * returns the words taken out, in order: those of every localised text of its valid records and
 * of every citation's excerpt, each replaced by `WORDS` (an empty text stays empty). Those checks
 * ask whether a text is there, never what it says, and compare excerpts by their quotations,
 * which are kept whole here. On a large dataset the words are most of the memory a load takes;
 * a load that wants the problems alone needs no more than the outline.
 */
export function outlineOutcome(outcome: FileOutcome): string[] {
  const words: string[] = [];
  for (const [i, { citation }] of outcome.citations.entries())
    outcome.quotations[i] ??= citation.excerpt;
  eachText(outcome, (text) => {
    words.push(text);
    return WORDS;
  });
  return words;
}

/** Puts back into an outline the words `outlineOutcome` took out of it: the whole outcome again. */
export function restoreOutcome(outcome: FileOutcome, words: readonly string[]): void {
  let next = 0;
  eachText(outcome, () => words[next++] as string);
  if (next !== words.length) throw new Error("an outline's words do not fit it");
  // A quotation is kept only where it differs from its excerpt, as `loadFile` gives it.
  for (const [i, { citation }] of outcome.citations.entries())
    if (outcome.quotations[i] === citation.excerpt) outcome.quotations[i] = null;
}

/**
 * An outcome serialised as its outline, then its words: the bytes the parse cache keeps and a
 * parsing worker sends, of which a load wanting the problems alone reads the outline only.
 * `outline` is how many bytes the outline takes. The outcome is left an outline, unless `keep`.
 */
export function outlinedBytes(
  outcome: FileOutcome,
  keep = false,
): { body: Buffer; outline: number } {
  const words = outlineOutcome(outcome);
  const outline = serialize(outcome);
  const body = Buffer.concat([outline, wordsBytes(words)]);
  if (keep) restoreOutcome(outcome, words);
  return { body, outline: outline.length };
}

/** The outcome `outlinedBytes` serialised: whole, or its outline only. */
export function outcomeOf(body: Uint8Array, outline: number, whole: boolean): FileOutcome {
  const outcome = deserialize(body.subarray(0, outline)) as FileOutcome;
  if (whole) restoreOutcome(outcome, wordsOf(Buffer.from(body.buffer, body.byteOffset + outline)));
  return outcome;
}

/**
 * Calls `replace` on every non-empty text an outline leaves out, always in the same order, and
 * puts what it returns in the text's place: each citation's excerpt, then each valid record's
 * localised texts in document order.
 */
function eachText(outcome: FileOutcome, replace: (text: string) => string): void {
  const codes = languageCodes();
  const visit = (node: unknown): void => {
    if (node === null || typeof node !== "object") return;
    if (Array.isArray(node)) {
      for (const child of node) visit(child);
      return;
    }
    const fields = node as Record<string, unknown>;
    const text = isLocalizedText(node, codes);
    for (const key of Object.keys(fields)) {
      const value = fields[key];
      if (!text || typeof value !== "string") visit(value);
      else if (value !== "") fields[key] = replace(value);
    }
  };
  for (const { citation } of outcome.citations)
    if (citation.excerpt !== "") citation.excerpt = replace(citation.excerpt);
  for (const { record } of outcome.records) visit(record);
}
