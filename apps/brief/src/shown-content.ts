import type { Digest, DigestCitation, DigestDiscrepancy, DigestSource } from "@bilat/core";

/**
 * Discrepancies a brief lists before it refers the reader to the full report: enough for any
 * hand-made dataset, a bound for a very large one (a brief summarises; its length must not grow
 * with the data).
 */
export const MAX_DISCREPANCIES = 20;

/** The discrepancies the brief lists, and how many it leaves to the report. */
export function shownDiscrepancies(digest: Digest): { shown: DigestDiscrepancy[]; hidden: number } {
  const shown = digest.discrepancies.slice(0, MAX_DISCREPANCIES);
  return { shown, hidden: digest.discrepancies.length - shown.length };
}

/**
 * The sources the brief itself cites (judgments, key figures, the developments shown and the
 * discrepancies listed), for its endnotes. The digest numbers these first, so their numbers run
 * from 1 without gaps; sources cited only by records the brief leaves out are not listed.
 */
export function citedSources(digest: Digest): DigestSource[] {
  const citations: DigestCitation[] = [
    ...digest.judgments.flatMap((j) => j.citations),
    ...digest.keyFigures.flatMap((f) => f.citations),
    ...digest.pillars.flatMap((p) => p.developments.flatMap((e) => e.citations)),
    ...shownDiscrepancies(digest).shown.flatMap((d) => d.claims.flatMap((c) => c.citations)),
  ];
  const notes = new Set(citations.map((c) => c.note));
  return digest.sources.filter((s) => notes.has(s.note));
}
