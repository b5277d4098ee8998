import search from "approx-string-match";

/**
 * A quotation as it is compared with its archive: Unicode NFC, and every run of white space
 * (line breaks, no-break spaces included) as one space. Nothing else is forgiven: case,
 * punctuation and apostrophes are the source's own.
 */
export function normaliseQuotation(text: string): string {
  const nfc = text.normalize("NFC");
  // Most excerpts are already spaced so (YAML folds their lines): found by one test, they are
  // not rebuilt by a replacement that would give the same text.
  return LOOSE_SPACE.test(nfc) ? nfc.replace(/\s+/gu, " ").trim() : nfc;
}

/** White space the replacement changes: any but a space, two in a row, or at either end. */
const LOOSE_SPACE = /[^\S ]| \s|^\s|\s$/u;

/** The passage of a text nearest to a quotation, and how many characters differ. */
export interface ClosestPassage {
  passage: string;
  errors: number;
}

/**
 * The passage of `text` that needs the fewest one-character edits to become `quotation` (Myers'
 * bit-parallel approximate matching), or undefined when none comes within half the quotation.
 * Both are already normalised. Only run when a quotation is not found verbatim.
 */
export function closestPassage(text: string, quotation: string): ClosestPassage | undefined {
  const maxErrors = Math.floor(quotation.length / 2);
  const matches = search(text, quotation, maxErrors);
  let best: (typeof matches)[number] | undefined;
  for (const m of matches) {
    // Fewest errors; among equals, the passage closest in length to the quotation.
    if (
      best === undefined ||
      m.errors < best.errors ||
      (m.errors === best.errors &&
        Math.abs(m.end - m.start - quotation.length) <
          Math.abs(best.end - best.start - quotation.length))
    )
      best = m;
  }
  return best === undefined
    ? undefined
    : { passage: text.slice(best.start, best.end), errors: best.errors };
}
