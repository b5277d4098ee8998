import { isLocalizedText } from "../check/translations.js";
import { languageCodes } from "../i18n/registry.js";
import type { FileOutcome } from "./load-file.js";

/** What stands for the words of a text in an outline: any text but an empty one. */
export const WORDS = "~";

const outlined = (text: unknown) => (typeof text === "string" && text !== "" ? WORDS : text);

/**
 * Turns a file's outcome, in place, into the outline that the checks across records read: the
 * words of every localised text of its valid records, and of every citation's excerpt, become
 * `WORDS` (an empty text stays empty). Those checks ask whether a text is there, never what it
 * says, and compare excerpts by their quotations, which are kept whole here. On a large dataset
 * the words are most of the memory a load takes; a load that wants the problems alone needs
 * no more than the outline.
 */
export function outlineOutcome(outcome: FileOutcome): void {
  const codes = languageCodes();
  for (const [i, { citation }] of outcome.citations.entries()) {
    outcome.quotations[i] ??= citation.excerpt;
    citation.excerpt = outlined(citation.excerpt) as string;
  }
  for (const { record } of outcome.records) outlineTexts(record, codes);
}

function outlineTexts(node: unknown, codes: readonly string[]): void {
  if (node === null || typeof node !== "object") return;
  if (Array.isArray(node)) {
    for (const child of node) outlineTexts(child, codes);
    return;
  }
  const fields = node as Record<string, unknown>;
  const text = isLocalizedText(node, codes);
  for (const key of Object.keys(fields)) {
    const value = fields[key];
    if (text && typeof value === "string") fields[key] = outlined(value);
    else outlineTexts(value, codes);
  }
}
