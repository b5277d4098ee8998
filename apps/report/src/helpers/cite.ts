import type { DigestCitation } from "@bilat/core";

/**
 * Footnote references with their Admiralty grade, e.g. `[^1] (B2) [^3] (C3)`. A source cited
 * twice with the same grade is referred to once.
 */
export function cite(citations: readonly DigestCitation[]): string {
  const seen = new Set<string>();
  const refs: string[] = [];
  for (const { note, grade } of citations) {
    const ref = `[^${note}] (${grade})`;
    if (seen.has(ref)) continue;
    seen.add(ref);
    refs.push(ref);
  }
  return refs.join(" ");
}
