import type { Digest } from "@bilat/core";
import type { Attachment } from "./pdf/print-pdf.js";

/** Name of the JSON file a brief carries. */
export const EVIDENCE_FILE = "evidence.json";

/**
 * The facts the brief shows, as data: its key judgments, key figures, developments and
 * discrepancies with their record ids and citations (excerpts and grades), and the sources of
 * its endnotes. Attached to the PDF (PDF/A-3, AFRelationship Data) so that a reader, or the
 * next edition, recovers the structured facts from the file alone. Always attached: a brief is
 * bounded (a few developments per pillar), so the file stays small.
 */
export function evidenceAttachment(digest: Digest): Attachment {
  const { meta } = digest;
  const evidence = {
    dataset: meta.datasetId,
    lang: digest.lang,
    pair: meta.dyad.map((d) => d.code),
    period: { from: meta.period.from, to: meta.period.to },
    cutoff: meta.cutoff.iso,
    tlp: meta.tlp,
    judgments: digest.judgments,
    keyFigures: digest.keyFigures,
    developments: digest.pillars.map((p) => ({ pillar: p.pillar, events: p.developments })),
    discrepancies: digest.discrepancies,
    sources: digest.sources,
  };
  return {
    name: EVIDENCE_FILE,
    mimeType: "application/json",
    description: `${digest.labels.document.briefTitle}: ${meta.title} (JSON)`,
    data: Buffer.from(`${JSON.stringify(evidence, null, 2)}\n`, "utf8"),
    relationship: "Data",
  };
}
