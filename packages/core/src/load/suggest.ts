import { distance } from "fastest-levenshtein";

/** The known word closest to a typo, when it is close enough to be what was meant. */
export function suggest(word: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  const lower = word.toLowerCase();
  for (const candidate of known) {
    const d = distance(lower, candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  // Never more edits than the word has letters: `G` is not a typo of `A`.
  const tolerance = Math.min(Math.max(2, Math.floor(word.length / 3)), word.length - 1);
  return best !== undefined && bestDistance <= tolerance ? best : undefined;
}

/** " Did you mean `x`?" or nothing. */
export function didYouMean(word: string, known: readonly string[]): string {
  const match = suggest(word, known);
  return match === undefined ? "" : ` Did you mean \`${match}\`?`;
}
