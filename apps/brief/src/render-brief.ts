import type { Digest } from "@bilat/core";
import { type BriefOptions, briefDocument } from "./brief-document.js";
import { printPdf } from "./print-pdf.js";

export { BRIEF_MAX_DEVELOPMENTS } from "./render-brief-limits.js";

/**
 * The PDF briefing note of a period summary. It only lays out the digest (which core has already
 * selected, ordered and formatted for one language); the same digest gives the same bytes.
 */
export async function renderBrief(digest: Digest, options: BriefOptions = {}): Promise<Buffer> {
  return printPdf(await briefDocument(digest, options));
}
