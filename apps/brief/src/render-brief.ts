import type { Digest } from "@bilat/core";
import { type BriefOptions, briefDocument } from "./brief-document.js";
import { evidenceAttachment } from "./evidence.js";
import { printPdf } from "./pdf/print-pdf.js";

/**
 * The PDF briefing note of a period summary built with `BRIEF_PROFILE`: tagged (PDF/UA-1),
 * archivable (PDF/A-3a) and carrying its evidence as JSON. It only lays out the digest (which
 * core has already selected, ordered, numbered and formatted for one language); the same digest
 * gives the same bytes.
 */
export async function renderBrief(digest: Digest, options: BriefOptions = {}): Promise<Buffer> {
  const doc = await briefDocument(digest, options);
  const info = doc.info ?? {};
  const created = info.creationDate ?? new Date(`${digest.meta.generated.iso}T00:00:00Z`);
  return printPdf(doc, {
    xmp: {
      title: info.title ?? "",
      author: info.author ?? "",
      subject: info.subject ?? "",
      keywords: info.keywords ?? "",
      creator: info.creator ?? "",
      producer: info.producer ?? "",
      created,
      modified: info.modDate ?? created,
      lang: digest.lang,
    },
    attachments: [evidenceAttachment(digest)],
  });
}
