import type { Digest } from "@bilat/core";
import { type BriefOptions, briefDocument } from "./brief-document.js";
import { printPdf } from "./print-pdf.js";

/**
 * Developments a brief shows per pillar (the most recent): a brief summarises, so its length and
 * cost barely grow with the data. Pass it to `buildDigest` as `maxDevelopments`.
 */
export const BRIEF_MAX_DEVELOPMENTS = 6;

/**
 * The PDF briefing note of a period summary. It only lays out the digest (which core has already
 * selected, ordered and formatted for one language); the same digest gives the same bytes.
 */
export async function renderBrief(digest: Digest, options: BriefOptions = {}): Promise<Buffer> {
  return printPdf(await briefDocument(digest, options));
}
